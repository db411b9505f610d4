// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.statistics.Dimension;
import tw.civicdesk.petitions.statistics.PetitionStatistics;
import tw.civicdesk.petitions.statistics.StatisticsQuery;
import tw.civicdesk.petitions.statistics.StatisticsRow;

/**
 * The demo's petitions and reports, loaded into an agency that takes every kind: facility reports
 * in 礁溪's streets over half a year with likely duplicates a few metres apart, some answered, many
 * late, petitions with a repeat closed without processing, letters — and a second load files
 * nothing.
 */
@IntegrationTest
class DemoPetitionCasesTests {

  @Autowired ApplicationContext context;
  @Autowired Petitions petitions;
  @Autowired PetitionRules rules;
  @Autowired CaseWork cases;
  @Autowired Organisation organisation;
  @Autowired PetitionStatistics statistics;
  @Autowired PetitionReplies replies;
  @Autowired PetitionRatings ratings;
  @Autowired ReportFollowers followers;
  @Autowired Clock clock;

  @Test
  void anAgencyThatTakesNoFacilityReportsGetsItsPetitionsAndLettersOnlyOnce() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PDEL", null);
    PetitionFixtures.open(context, agency);
    DemoPetitionCases demo =
        new DemoPetitionCases(
            petitions,
            rules,
            new DemoSteps(petitions, cases, replies, ratings, organisation, followers),
            organisation,
            clock);

    assertThat(demo.loadAgency(agency.code(), null, List.of(), 0, false)).isEqualTo(8 + 5);
    assertThat(demo.loadAgency(agency.code(), null, List.of(), 0, false)).isZero();
    assertThat(petitions.find(PetitionQuery.of(agency.code(), 200))).hasSize(13);
  }

  @Test
  void theDemoFilesReportsPetitionsAndLettersWithDuplicatesLateOnesAndAClosureOnlyOnce() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PDEM", null);
    PetitionFixtures.open(context, agency);
    DemoPetitionCases demo =
        new DemoPetitionCases(
            petitions,
            rules,
            new DemoSteps(petitions, cases, replies, ratings, organisation, followers),
            organisation,
            clock);
    List<String> villages = DemoPetitionRules.PLACES.get("YILAN-JIAOXI").get("礁溪鄉");

    int filed =
        demo.loadAgency(
            agency.code(), DemoReports.TOWNSHIPS.get("YILAN-JIAOXI"), villages, 60, true);
    assertThat(filed).isEqualTo(60 + 8 + 5);
    assertThat(
            demo.loadAgency(
                agency.code(), DemoReports.TOWNSHIPS.get("YILAN-JIAOXI"), villages, 60, true))
        .isZero();

    List<PetitionView> all = petitions.find(PetitionQuery.of(agency.code(), 200));
    assertThat(all).hasSize(73);
    List<PetitionView> reports =
        all.stream().filter(v -> v.kind() == CaseKind.FACILITY_REPORT).toList();
    assertThat(reports)
        .allSatisfy(
            r -> {
              assertThat(r.place().district()).isEqualTo("礁溪鄉");
              assertThat(villages).contains(r.place().village());
              assertThat(r.place().lat()).isBetween(24.80, 24.85);
              assertThat(r.place().lon()).isBetween(121.75, 121.79);
            });
    assertThat(closePairs(reports)).isGreaterThanOrEqualTo(60 / DemoReports.DUPLICATE_EVERY);
    LocalDate today = LocalDate.now(clock);
    assertThat(reports)
        .anyMatch(r -> Boolean.TRUE.equals(r.repliedOnTime()) || r.repliedAt() != null);
    assertThat(reports)
        .anyMatch(r -> r.repliedAt() == null && r.dueDate() != null && r.dueDate().isBefore(today));
    assertThat(all).anyMatch(r -> Boolean.FALSE.equals(r.repliedOnTime()));
    assertThat(all)
        .filteredOn(r -> r.decision() == Decision.NOT_PROCESSED)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(CaseKind.PETITION);
              assertThat(replies.stored(r.number()).orElseThrow().ground())
                  .isEqualTo(ClosureGround.REPEAT);
            });
    assertThat(all)
        .map(r -> ratings.find(r.number()))
        .filteredOn(java.util.Optional::isPresent)
        .map(java.util.Optional::get)
        .extracting(PetitionRatings.Rating::score)
        .containsExactlyInAnyOrder(4, 2, 5, 5, 3);
    assertThat(all)
        .map(r -> ratings.find(r.number()))
        .filteredOn(o -> o.isPresent() && o.get().awaitingDecision())
        .hasSize(1);
    assertThat(all).anyMatch(r -> r.status() == CaseStatus.IN_PROGRESS);
    assertThat(
            followers
                .counts(reports.stream().map(r -> r.number().value()).toList())
                .values()
                .stream()
                .mapToInt(Integer::intValue)
                .sum())
        .isGreaterThanOrEqualTo(5);

    StatisticsRow total =
        statistics.total(
            new StatisticsQuery(
                agency.code(),
                YearMonth.from(today.minusDays(DemoReports.DAYS_BACK)),
                YearMonth.from(today),
                null,
                Dimension.TOTAL));
    assertThat(total.received()).isEqualTo(73);
    assertThat(total.repeats()).isGreaterThanOrEqualTo(2);
    assertThat(total.notProcessed()).isEqualTo(1);
    assertThat(
            statistics
                .satisfaction(
                    new StatisticsQuery(
                        agency.code(),
                        YearMonth.from(today),
                        YearMonth.from(today),
                        null,
                        Dimension.TOTAL))
                .satisfiedPercent())
        .isEqualByComparingTo("60.0");
    assertThat(
            statistics.rows(
                new StatisticsQuery(
                    agency.code(),
                    YearMonth.from(today.minusDays(DemoReports.DAYS_BACK)),
                    YearMonth.from(today),
                    CaseKind.FACILITY_REPORT,
                    Dimension.MONTH)))
        .hasSizeGreaterThanOrEqualTo(6);
  }

  /** Pairs of reports of one category less than 30 m apart. */
  static long closePairs(List<PetitionView> reports) {
    long pairs = 0;
    for (int i = 0; i < reports.size(); i++) {
      for (int j = i + 1; j < reports.size(); j++) {
        PetitionView a = reports.get(i);
        PetitionView b = reports.get(j);
        if (a.category().equals(b.category()) && metres(a.place(), b.place()) < 30) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  static double metres(Place a, Place b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians(a.lat()));
    return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
  }
}
