// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.DatabaseOwner;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * A year of 10,000 counter-survey responses (nine Likert answers each, 90,000 answers) is counted
 * in full: the figures come out as the generator's arithmetic says. The time the query takes is
 * printed for the record, not asserted.
 */
@IntegrationTest
class SurveyResultsVolumeTests {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired SurveyResults results;
  @Autowired org.flywaydb.core.Flyway flyway;

  @Test
  void aYearOfTenThousandResponsesIsCountedInFull() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("VOL", null);
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    long id =
        jdbc.sql("select id from survey where code = ?")
            .param(survey.code().value())
            .query(Long.class)
            .single();
    // response g (0..9999): day 2026-01-01 + g % 365, channel by g % 4, unit on even g
    jdbc.sql(
            """
            insert into survey_response (survey_id, version, agency_code, channel, answered_on,
                                         unit_id)
            select ?, 1, ?, (array['KIOSK', 'QR', 'ONLINE', 'PAPER'])[1 + g % 4],
                   date '2026-01-01' + (g % 365), case when g % 2 = 0 then ? end
              from generate_series(0, 9999) g
            """)
        .params(id, agency.code().value(), agency.unit().id())
        .update();
    // question k (0..8) of response r gets 1 + (r.id + k) % 5 points
    jdbc.sql(
            """
            insert into survey_answer (response_id, question_id, points)
            select r.id, q.question, 1 + ((r.id + q.k) % 5)
              from survey_response r
             cross join (values ('env-clean', 0), ('env-facilities', 1), ('courtesy', 2),
                                ('courtesy-phone', 3), ('professional', 4), ('accurate', 5),
                                ('procedure', 6), ('online', 7), ('overall', 8)) q(question, k)
             where r.survey_id = ?
            """)
        .param(id)
        .update();

    // as autovacuum would after such a load: the planner knows the tables' sizes
    DatabaseOwner.of(flyway).jdbc().sql("analyze survey_response, survey_answer").update();
    results.results(agency.as(Role.QUALITY_OFFICER), survey.code(), ResultsFilter.ALL);
    long start = System.nanoTime();
    Results r = results.results(agency.as(Role.QUALITY_OFFICER), survey.code(), ResultsFilter.ALL);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Survey results over 10,000 responses took " + millis + " ms");

    // 10,000 consecutive ids: every point 2,000 times; satisfied 4 and 5 = 4,000 -> p = 0.4;
    // mean 3; 1.96 * sqrt(0.25/10000) = 0.0098; 1.96 * sqrt(0.4 * 0.6 / 10000) = 0.009602
    assertThat(r.n()).isEqualTo(10_000);
    Satisfaction overall = r.overall().figures();
    assertThat(overall.n()).isEqualTo(10_000);
    assertThat(overall.satisfactionRate()).isEqualTo(new BigDecimal("0.4000"));
    assertThat(overall.mean()).isEqualTo(new BigDecimal("3.0000"));
    assertThat(overall.marginOfError()).isEqualTo(new BigDecimal("0.0098"));
    assertThat(overall.marginOfErrorObserved()).isEqualTo(new BigDecimal("0.0096"));
    assertThat(r.questions()).allSatisfy(q -> assertThat(q.figures().n()).isEqualTo(10_000));
    assertThat(r.questions().get(0).figures().distribution().values()).containsOnly(2_000L);
    // ENVIRONMENT = env-clean (k 0) and env-facilities (k 1): scores (p + p') / 2 with p' = p % 5 +
    // 1
    // p = 1..5 -> 1.5, 2.5, 3.5, 4.5, 3.0: satisfied only at p = 4 -> 2,000 of 10,000 = 0.2
    assertThat(r.dimensions().get(0).figures().satisfactionRate())
        .isEqualTo(new BigDecimal("0.2000"));
    assertThat(r.trend(TrendPeriod.MONTH)).hasSize(12);
    assertThat(r.trend(TrendPeriod.QUARTER)).extracting(Results.TrendPoint::n).hasSize(4);
  }
}
