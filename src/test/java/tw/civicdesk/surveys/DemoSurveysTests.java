// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The demo's surveys, loaded into an agency staffed like a demo agency: the three surveys open, a
 * kiosk, a year of answers over every channel in which overall satisfaction rises while 洽公環境 lags,
 * a back-dated year inside the plan's year, a post-case answer tied to the decided case, the staff
 * answers of four accounts with their participation — and a second load adds nothing.
 */
@IntegrationTest
class DemoSurveysTests {

  @Autowired ApplicationContext context;
  @Autowired Surveys surveys;
  @Autowired Kiosks kiosks;
  @Autowired JdbcClient jdbc;
  @Autowired Organisation organisation;
  @Autowired Catalogue catalogue;
  @Autowired CaseWork cases;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  @Test
  void theDemoAddsThreeOpenSurveysAYearOfRisingAnswersAndTheStaffsOnlyOnce() {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup agency = orgs.agency("SDEM", null);
    long civil = orgs.unit(agency, "CIVIL").id();
    String accounts = agency.code().value().toLowerCase(Locale.ROOT);
    Map.of(
            "quality", Role.QUALITY_OFFICER,
            "officer", Role.CASE_OFFICER,
            "head", Role.UNIT_HEAD,
            "admin", Role.AGENCY_ADMIN,
            "director", Role.AGENCY_HEAD,
            "clerk", Role.COUNTER_CLERK)
        .forEach((tag, role) -> orgs.member(agency, agency.unit().id(), tag, role));
    CaseNumber decided = decidedCase(agency);
    DemoSurveys.Seed seed =
        new DemoSurveys.Seed(
            agency.code(),
            agency.code().value(),
            accounts,
            2010,
            1200,
            Map.of(
                SurveyChannel.KIOSK, 40,
                SurveyChannel.QR, 20,
                SurveyChannel.ONLINE, 15,
                SurveyChannel.PAPER, 15,
                SurveyChannel.PHONE, 10),
            true,
            2010 * 31L);
    DemoSurveys demo =
        new DemoSurveys(
            surveys,
            kiosks,
            new DemoSurveyStore(jdbc),
            new DemoSurveySources(organisation, catalogue, cases),
            tx,
            clock);

    int first = tx.execute(status -> demo.loadAgency(seed));
    int again = tx.execute(status -> demo.loadAgency(seed));

    String prefix = agency.code().value();
    assertThat(surveys.of(agency.as(Role.QUALITY_OFFICER), agency.code()))
        .extracting(s -> s.code().value() + " " + s.status())
        .containsExactlyInAnyOrder(
            prefix + "-COUNTER OPEN", prefix + "-POST-CASE OPEN", prefix + "-STAFF OPEN");
    assertThat(again).as("a second load adds nothing").isZero();
    long postCase = count("select count(*) from survey_response where case_number = ?", decided);
    assertThat(first).isEqualTo(1200 + 300 + postCase + 4);

    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
    String counter = prefix + "-COUNTER";
    assertThat(
            jdbc.sql(
                    "select distinct r.channel from survey_response r join survey s on s.id ="
                        + " r.survey_id where s.code = ? and r.answered_on >= ?")
                .params(counter, today.minusDays(365))
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("KIOSK", "QR", "ONLINE", "PAPER", "PHONE");
    assertThat(
            count(
                "select count(*) from survey_response r join survey_kiosk k on k.id = r.kiosk_id"
                    + " where k.unit_id = ? and r.channel = 'KIOSK'",
                civil))
        .isPositive();
    assertThat(kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks())
        .singleElement()
        .satisfies(k -> assertThat(k.state()).isEqualTo(Kiosk.State.ACTIVE));
    assertThat(
            count(
                "select count(*) from survey_response r join survey s on s.id = r.survey_id"
                    + " where s.code = ? and r.answered_on between ? and ?",
                counter,
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2010, 12, 31)))
        .as("back-dated inside the plan's year")
        .isEqualTo(300);
    assertThat(
            count(
                "select count(*) from survey_response r join survey s on s.id = r.survey_id"
                    + " where s.code = ? and r.answered_on >= ? and r.answered_on < ?",
                counter,
                today.minusDays(365),
                today))
        .isEqualTo(1200);

    double early = satisfied(counter, "overall", today.minusDays(365), today.minusDays(270));
    double late = satisfied(counter, "overall", today.minusDays(90), today);
    double environment = satisfied(counter, "env-clean", today.minusDays(365), today.minusDays(90));
    double overall = satisfied(counter, "overall", today.minusDays(365), today.minusDays(90));
    assertThat(late).as("satisfaction rises").isGreaterThan(early + 0.06);
    assertThat(environment).as("洽公環境 lags").isLessThan(overall - 0.06);
    assertThat(
            count(
                "select count(*) from survey_answer a join survey_response r on r.id ="
                    + " a.response_id join survey s on s.id = r.survey_id where s.code = ? and"
                    + " a.not_applicable",
                counter))
        .isPositive();
    assertThat(
            count(
                "select count(*) from survey_answer a join survey_response r on r.id ="
                    + " a.response_id join survey s on s.id = r.survey_id where s.code = ? and"
                    + " a.text is not null",
                counter))
        .isPositive();

    String staff = prefix + "-STAFF";
    assertThat(
            jdbc.sql(
                    "select r.unit_id, r.service_code, r.channel from survey_response r"
                        + " join survey s on s.id = r.survey_id where s.code = ?")
                .param(staff)
                .query()
                .listOfRows())
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.get("unit_id")).isNull();
              assertThat(r.get("channel")).isEqualTo("STAFF");
            });
    List<Long> answered =
        jdbc.sql(
                "select p.staff_id from survey_staff_participation p join survey s on s.id ="
                    + " p.survey_id where s.code = ?")
            .param(staff)
            .query(Long.class)
            .list();
    assertThat(answered).hasSize(4);
    assertThat(surveys.staffSurveys(organisation.accountForSignIn(accounts + ".quality").get()))
        .singleElement()
        .satisfies(s -> assertThat(s.answered()).as("the quality officer may try it").isFalse());
  }

  private CaseNumber decidedCase(TestOrganisation.Setup agency) {
    CaseFixtures fixtures = CaseFixtures.of(context, agency, new ServiceCode("SURVEY-DEMO"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    CaseNumber n =
        fixtures
            .fileOnline(CaseFixtures.byEmail("demo@example.invalid", Locale.TAIWAN), today)
            .number();
    var stepped = fixtures.inProgress(n);
    cases.decide(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Decide(n, stepped.version(), Decision.APPROVED, "符合資格", null));
    return n;
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql)
        .params(
            java.util.Arrays.stream(params)
                .map(p -> p instanceof CaseNumber c ? c.value() : p)
                .toList())
        .query(Long.class)
        .single();
  }

  /** The share of points 4 and 5 among the answers other than "not applicable". */
  private double satisfied(String code, String question, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select avg(case when a.points >= 4 then 1.0 else 0.0 end)
              from survey_answer a join survey_response r on r.id = a.response_id
              join survey s on s.id = r.survey_id
             where s.code = ? and a.question_id = ? and not a.not_applicable
               and r.answered_on >= ? and r.answered_on < ?
            """)
        .params(code, question, from, to)
        .query(Double.class)
        .single();
  }
}
