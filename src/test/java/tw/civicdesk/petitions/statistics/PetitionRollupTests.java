// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.PetitionQuery;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;

/**
 * The petition rollup, kept step by step in each step's transaction, says exactly what a recount
 * from the read model says, grouped every way, after filings, on-time and late replies, a closure
 * without processing, a repeat, a transfer and a case reopened after an unhappy rating; and a
 * rebuild from the read model gives the same.
 */
@IntegrationTest
class PetitionRollupTests {

  @Autowired ApplicationContext context;
  @Autowired Petitions petitions;
  @Autowired CaseWork work;
  @Autowired PetitionStatistics statistics;
  @Autowired RollupRebuild rebuild;
  @Autowired StatisticsSettings settings;
  @Autowired tw.civicdesk.petitions.PetitionRatings ratings;
  @Autowired tw.civicdesk.petitions.PetitionReopening reopening;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  TestOrganisation.Setup competent;
  LocalDate today;
  final Map<String, Recount.Filed> filed = new HashMap<>();

  @BeforeEach
  void twoAgenciesWithEveryKindOpen() {
    agency = TestOrganisation.from(context).agency("PSTA", null);
    competent = TestOrganisation.from(context).agency("PSTB", null);
    PetitionFixtures.open(context, agency);
    PetitionFixtures.open(context, competent);
    today = LocalDate.now(clock);
  }

  static Applicant petitioner(String email) {
    return new Applicant("王小明", null, email, null, null, Locale.TAIWAN, Applicant.NotifyBy.EMAIL);
  }

  CaseNumber file(
      CaseKind kind,
      Channel channel,
      String category,
      Place place,
      @Nullable String email,
      int daysAgo) {
    LocalDate received = today.minusDays(daysAgo);
    CaseNumber number =
        petitions
            .file(
                new FilePetition(
                    kind,
                    channel,
                    agency.code(),
                    category,
                    place,
                    "主旨",
                    "內容",
                    email == null ? null : petitioner(email),
                    Locale.TAIWAN,
                    received,
                    null,
                    Map.of(),
                    channel == Channel.ONLINE ? null : agency.username(Role.COUNTER_CLERK)))
            .number();
    filed.put(number.value(), new Recount.Filed(received, email));
    return number;
  }

  int started(CaseNumber number) {
    int v =
        work.assign(
                agency.as(Role.UNIT_HEAD),
                new CaseCommand.Assign(number, 0, agency.username(Role.CASE_OFFICER)))
            .version();
    return work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(number, v)).version();
  }

  int decide(CaseNumber number, Decision outcome) {
    return work.decide(
            agency.as(Role.CASE_OFFICER),
            new CaseCommand.Decide(number, started(number), outcome, "已派員處理完畢。", null))
        .version();
  }

  @Test
  void theRollupMatchesARecountFromTheReadModelAndARebuildGivesTheSame() {
    Place village = new Place("德陽路 3 號前", "礁溪鄉", "德陽村", 24.83, 121.77, false);
    decide(
        file(CaseKind.PETITION, Channel.ONLINE, "roads", Place.none(), "a@example.invalid", 12),
        Decision.ANSWERED);
    CaseNumber late =
        file(CaseKind.PETITION, Channel.ONLINE, "noise", Place.none(), "a@example.invalid", 40);
    decide(late, Decision.ANSWERED);
    file(CaseKind.FACILITY_REPORT, Channel.ONLINE, "pothole", village, null, 10);
    decide(
        file(CaseKind.PETITION, Channel.ONLINE, "roads", Place.none(), "A@Example.invalid", 5),
        Decision.NOT_PROCESSED);
    CaseNumber moved =
        file(CaseKind.MAILBOX, Channel.ONLINE, "suggestion", Place.none(), "b@example.invalid", 3);
    work.transfer(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Transfer(moved, 0, competent.code(), competent.unit().id(), "非本所權責"));
    CaseNumber closed =
        file(CaseKind.COMPLAINT, Channel.PHONE, "attitude", Place.none(), "c@example.invalid", 20);
    work.close(
        agency.as(Role.CASE_OFFICER),
        new CaseCommand.Close(closed, decide(closed, Decision.ANSWERED)));
    decide(
        file(CaseKind.FACILITY_REPORT, Channel.PHONE, "drain", village, null, 1),
        Decision.ANSWERED);
    file(CaseKind.FACILITY_REPORT, Channel.ONLINE, "drain", road(), "d@example.invalid", 70);

    ratings.record(agency.as(Role.CASE_OFFICER), late, 1, "沒有改善", Channel.PHONE, true);
    CaseNumber reopened = reopening.decide(agency.as(Role.UNIT_HEAD), late, true, "再派員查看");
    filed.put(reopened.value(), new Recount.Filed(today, "a@example.invalid", true));

    var views = petitions.find(PetitionQuery.of(agency.code(), 100));
    for (Dimension by : Dimension.values()) {
      assertThat(statistics.rows(query(agency.code(), by)))
          .as("by " + by)
          .isEqualTo(Recount.rows(views, filed, settings.repeatWindowDays(), by));
    }
    StatisticsRow total = statistics.total(query(agency.code(), Dimension.TOTAL));
    assertThat(total.received()).isEqualTo(9);
    assertThat(total.named()).isEqualTo(7);
    assertThat(total.repeats()).isEqualTo(1);
    assertThat(total.replied()).isEqualTo(5);
    assertThat(total.notProcessed()).isEqualTo(1);
    assertThat(total.transferred()).isEqualTo(1);
    assertThat(total.p90Days()).isEqualTo(40);

    StatisticsRow there = statistics.total(query(competent.code(), Dimension.TOTAL));
    assertThat(there.received()).isEqualTo(1);
    assertThat(statistics.rows(query(competent.code(), Dimension.CATEGORY)))
        .extracting(StatisticsRow::group)
        .containsExactly("suggestion");

    Map<Dimension, List<StatisticsRow>> kept = new HashMap<>();
    for (Dimension by : Dimension.values()) {
      kept.put(by, statistics.rows(query(agency.code(), by)));
    }
    assertThat(rebuild.rebuild()).isPositive();
    for (Dimension by : Dimension.values()) {
      assertThat(statistics.rows(query(agency.code(), by)))
          .as("rebuilt by " + by)
          .isEqualTo(kept.get(by));
    }
    assertThat(statistics.total(query(competent.code(), Dimension.TOTAL))).isEqualTo(there);
  }

  @Test
  void aKindAsksForItsOwnCasesOnlyAndAnAgencyWithNothingHasNoRows() {
    file(CaseKind.PETITION, Channel.ONLINE, "roads", Place.none(), "e@example.invalid", 0);
    file(CaseKind.FACILITY_REPORT, Channel.ONLINE, "litter", road(), null, 0);

    StatisticsQuery petitionsOnly =
        new StatisticsQuery(
            agency.code(),
            YearMonth.from(today),
            YearMonth.from(today),
            CaseKind.PETITION,
            Dimension.KIND);
    assertThat(statistics.rows(petitionsOnly))
        .extracting(StatisticsRow::group, StatisticsRow::received)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PETITION", 1L));
    assertThat(statistics.rows(query(competent.code(), Dimension.MONTH))).isEmpty();
    assertThat(statistics.total(query(competent.code(), Dimension.TOTAL)).onTimePercent()).isNull();
  }

  static Place road() {
    return new Place("礁溪路五段", null, null, null, null, false);
  }

  StatisticsQuery query(AgencyCode code, Dimension by) {
    return new StatisticsQuery(
        code, YearMonth.from(today.minusDays(80)), YearMonth.from(today), null, by);
  }
}
