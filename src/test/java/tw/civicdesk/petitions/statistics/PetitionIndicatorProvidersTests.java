// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.PetitionRatings;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;

/**
 * The plans' petition indicators read the rollup: the on-time reply rate against a count by hand,
 * nothing for a span without replies, and the satisfaction from the ratings' counts (nothing until
 * a reader of ratings exists).
 */
@IntegrationTest
class PetitionIndicatorProvidersTests {

  @Autowired ApplicationContext context;
  @Autowired Indicators indicators;
  @Autowired Petitions petitions;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired PetitionRatings ratings;
  @Autowired PetitionStatistics statistics;
  @Autowired Clock clock;

  Optional<BigDecimal> value(String code, AgencyCode agency, LocalDate from, LocalDate to) {
    IndicatorProvider provider = indicators.provider(code).orElseThrow();
    return provider.value(agency.value(), from, to);
  }

  CaseNumber answered(TestOrganisation.Setup agency, int daysAgo) {
    CaseNumber number =
        petitions
            .file(
                new FilePetition(
                    CaseKind.PETITION,
                    Channel.ONLINE,
                    agency.code(),
                    "welfare",
                    Place.none(),
                    "主旨",
                    "內容",
                    new Applicant(
                        "王小明",
                        null,
                        "w" + daysAgo + "@example.invalid",
                        null,
                        null,
                        Locale.TAIWAN,
                        Applicant.NotifyBy.EMAIL),
                    Locale.TAIWAN,
                    LocalDate.now(clock).minusDays(daysAgo),
                    null,
                    Map.of(),
                    null))
            .number();
    int v =
        work.assign(
                agency.as(Role.UNIT_HEAD),
                new CaseCommand.Assign(number, 0, agency.username(Role.CASE_OFFICER)))
            .version();
    v = work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(number, v)).version();
    work.decide(
        agency.as(Role.CASE_OFFICER),
        new CaseCommand.Decide(number, v, Decision.ANSWERED, "已協助申請。", null));
    return number;
  }

  @Test
  void theOnTimeReplyRateIsRepliesOnTimeOverRepliesInTheMonthsOfTheSpan() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PIND", null);
    PetitionFixtures.open(context, agency);
    LocalDate today = LocalDate.now(clock);
    LocalDate from = YearMonth.from(today).atDay(1);
    assertThat(value("petitions.on-time-rate", agency.code(), from, today)).isEmpty();

    answered(agency, 0);
    answered(agency, 3);
    answered(agency, 45);

    assertThat(value("petitions.on-time-rate", agency.code(), from, today))
        .contains(new BigDecimal("66.7"));
    assertThat(
            value("petitions.on-time-rate", agency.code(), from.minusMonths(3), from.minusDays(1)))
        .isEmpty();
    assertThat(value("petitions.satisfaction", agency.code(), from, today)).isEmpty();
    assertThat(indicators.provider("petitions.satisfaction").orElseThrow().name().zh())
        .isEqualTo("陳情處理滿意度");
  }

  @Test
  void theSatisfactionIsRatingsOfFourOrFiveOverRatingsWithTheirSample() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PSAT", null);
    PetitionFixtures.open(context, agency);
    LocalDate today = LocalDate.now(clock);
    LocalDate from = YearMonth.from(today).atDay(1);
    int[] scores = {5, 4, 4, 3, 1};
    for (int i = 0; i < scores.length; i++) {
      ratings.record(
          agency.as(Role.CASE_OFFICER),
          answered(agency, i),
          scores[i],
          "電話訪問",
          Channel.PHONE,
          false);
    }

    assertThat(value("petitions.satisfaction", agency.code(), from, today))
        .contains(new BigDecimal("60.0"));
    PetitionStatistics.Satisfaction s =
        statistics.satisfaction(
            new StatisticsQuery(
                agency.code(),
                YearMonth.from(today),
                YearMonth.from(today),
                null,
                Dimension.TOTAL));
    assertThat(s.sample()).isEqualTo(5);
    assertThat(s.averageScore()).isEqualByComparingTo("3.40");
    assertThat(
            statistics
                .satisfaction(
                    new StatisticsQuery(
                        agency.code(),
                        YearMonth.from(today),
                        YearMonth.from(today),
                        CaseKind.COMPLAINT,
                        Dimension.TOTAL))
                .sample())
        .isZero();
  }
}
