// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * Petitions and reports file on the one case engine under their kind's rules at the agency: the due
 * date follows the kind or the category, the routing places the case, the §173 rules on names hold,
 * and the read model follows every step with the public form of the place.
 */
@IntegrationTest
class PetitionsTests {

  /** A Monday with no holiday in the six working days after it. */
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Autowired ApplicationContext context;
  @Autowired Petitions petitions;
  @Autowired PetitionRules rules;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired java.time.Clock clock;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    agency = TestOrganisation.from(context).agency("PETI", null);
    PetitionFixtures.open(context, agency);
  }

  static Applicant named() {
    return new Applicant(
        "王小明", null, "wang@example.invalid", null, null, Locale.TAIWAN, Applicant.NotifyBy.EMAIL);
  }

  FilePetition petition(
      CaseKind kind, String category, Place place, @Nullable Applicant applicant) {
    return new FilePetition(
        kind,
        Channel.ONLINE,
        agency.code(),
        category,
        place,
        "路燈不亮",
        "中正路口的路燈從上週起每晚都不亮。",
        applicant,
        Locale.TAIWAN,
        MONDAY,
        null,
        Map.of(),
        null);
  }

  @Test
  void aPetitionIsDueThirtyCalendarDaysAfterTheDayItWasReceived() {
    CaseWork.Filed filed =
        petitions.file(petition(CaseKind.PETITION, "roads", Place.none(), named()));

    assertThat(filed.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aLetterToTheHeadIsDueSixWorkingDaysLater() {
    CaseWork.Filed filed =
        petitions.file(petition(CaseKind.MAILBOX, "suggestion", Place.none(), named()));

    assertThat(filed.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void aCategoryWithItsOwnLimitInHoursOverridesTheKindsLimit() {
    Place road = new Place("礁溪路五段 12 號前", "礁溪鄉", null, 24.8271, 121.7705, false);

    CaseWork.Filed pothole =
        petitions.file(petition(CaseKind.FACILITY_REPORT, "pothole", road, null));
    CaseWork.Filed light =
        petitions.file(petition(CaseKind.FACILITY_REPORT, "street-light", road, null));

    assertThat(pothole.dueDate()).isEqualTo(MONDAY.plusDays(1));
    assertThat(light.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void theMostSpecificRoutingRuleChoosesTheUnitElseTheKindsDefault() {
    long village = TestOrganisation.from(context).unit(agency, "VILLAGE").id();
    long district = TestOrganisation.from(context).unit(agency, "DISTRICT").id();
    rules.save(new Route(agency.code(), "drain", new Route.Where("礁溪鄉", ""), district));
    rules.save(new Route(agency.code(), "drain", new Route.Where("礁溪鄉", "德陽村"), village));
    KindRule rule = rules.rule(agency.code(), CaseKind.FACILITY_REPORT).orElseThrow();

    assertThat(rules.route(rule, "drain", "礁溪鄉", "德陽村")).isEqualTo(village);
    assertThat(rules.route(rule, "drain", "礁溪鄉", "玉田村")).isEqualTo(district);
    assertThat(rules.route(rule, "drain", null, null)).isEqualTo(agency.unit().id());
    assertThat(rules.route(rule, "litter", "礁溪鄉", "德陽村")).isEqualTo(agency.unit().id());

    CaseWork.Filed filed =
        petitions.file(
            petition(
                CaseKind.FACILITY_REPORT,
                "drain",
                new Place("德陽路 3 號", "礁溪鄉", "德陽村", null, null, false),
                null));
    assertThat(petitions.view(filed.number()).orElseThrow().unitId()).isEqualTo(village);
  }

  @Test
  void aPetitionWithoutANameIsRefusedButAnAnonymousFacilityReportIsFiled() {
    assertThatThrownBy(
            () -> petitions.file(petition(CaseKind.PETITION, "roads", Place.none(), null)))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::messageKey)
                    .containsExactly("petitions.anonymous.not-allowed"));

    CaseWork.Filed report =
        petitions.file(
            petition(
                CaseKind.FACILITY_REPORT,
                "street-light",
                new Place("礁溪路五段", null, null, null, null, false),
                null));
    assertThat(petitions.view(report.number()).orElseThrow().anonymous()).isTrue();
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsStored() {
    FilePetition wrong =
        new FilePetition(
            CaseKind.FACILITY_REPORT,
            Channel.ONLINE,
            agency.code(),
            "roads",
            new Place(null, null, "德陽村", 95.0, null, false),
            " ",
            null,
            named(),
            Locale.TAIWAN,
            MONDAY,
            null,
            Map.of(),
            null);

    assertThatThrownBy(() -> petitions.file(wrong))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "category",
                        "subject",
                        "description",
                        "place.address",
                        "place.lat",
                        "place.district"));
    assertThat(
            jdbc.sql("select count(*) from casework_case where agency_code = ?")
                .param(agency.code().value())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aKindTheAgencyDoesNotTakeIsRefused() {
    TestOrganisation.Setup closed = TestOrganisation.from(context).agency("SHUT", null);
    FilePetition p =
        new FilePetition(
            CaseKind.PETITION,
            Channel.ONLINE,
            closed.code(),
            "roads",
            Place.none(),
            "主旨",
            "內容",
            named(),
            Locale.TAIWAN,
            MONDAY,
            null,
            Map.of(),
            null);

    assertThatThrownBy(() -> petitions.file(p))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::messageKey)
                    .contains("petitions.kind.not-open"));
  }

  @Test
  void aReportAtAHomeIsShownWithoutTheHouseNumberAndWithRoundedCoordinates() {
    Place home = new Place("礁溪鄉中山路二段100號3樓", "礁溪鄉", "德陽村", 24.827149, 121.770512, true);

    CaseWork.Filed filed = petitions.file(petition(CaseKind.FACILITY_REPORT, "litter", home, null));

    Place shown = petitions.view(filed.number()).orElseThrow().place();
    assertThat(shown.address()).isEqualTo("礁溪鄉中山路二段");
    assertThat(shown.lat()).isEqualTo(24.827);
    assertThat(shown.lon()).isEqualTo(121.771);
    assertThat(
            jdbc.sql("select fields ->> 'place.address' from casework_case where number = ?")
                .param(filed.number().value())
                .query(String.class)
                .single())
        .isEqualTo("礁溪鄉中山路二段100號3樓");
  }

  void answer(CaseWork.Filed filed, Decision outcome) {
    CaseWork.Stepped assigned =
        work.assign(
            agency.as(Role.UNIT_HEAD),
            new CaseCommand.Assign(filed.number(), 0, agency.username(Role.CASE_OFFICER)));
    CaseWork.Stepped started =
        work.start(
            agency.as(Role.CASE_OFFICER),
            new CaseCommand.Start(filed.number(), assigned.version()));
    work.decide(
        agency.as(Role.CASE_OFFICER),
        new CaseCommand.Decide(filed.number(), started.version(), outcome, "重複陳情（要點第 14 點）", null));
  }

  @Test
  void theReadModelFollowsEveryStepAndRecordsWhetherTheReplyWasOnTime() {
    FilePetition today =
        new FilePetition(
            CaseKind.PETITION,
            Channel.ONLINE,
            agency.code(),
            "noise",
            Place.none(),
            "夜間噪音",
            "每晚十一點後仍有施工噪音。",
            named(),
            Locale.TAIWAN,
            LocalDate.now(clock),
            null,
            Map.of(),
            null);
    CaseWork.Filed onTime = petitions.file(today);
    CaseWork.Filed late =
        petitions.file(petition(CaseKind.PETITION, "noise", Place.none(), named()));

    answer(onTime, Decision.NOT_PROCESSED);
    answer(late, Decision.ANSWERED);

    PetitionView view = petitions.view(onTime.number()).orElseThrow();
    assertThat(view.status()).isEqualTo(CaseStatus.DECIDED);
    assertThat(view.decision()).isEqualTo(Decision.NOT_PROCESSED);
    assertThat(view.repliedAt()).isNotNull();
    assertThat(view.repliedOnTime()).isTrue();
    assertThat(petitions.view(late.number()).orElseThrow().repliedOnTime()).isFalse();
  }

  @Test
  void aCaseTransferredToAnotherAgencyTakesItsRowThere() {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("PETO", null);
    CaseWork.Filed filed =
        petitions.file(petition(CaseKind.PETITION, "welfare", Place.none(), named()));

    work.transfer(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Transfer(filed.number(), 0, other.code(), other.unit().id(), "非本所權責"));

    PetitionView moved =
        petitions.find(PetitionQuery.of(other.code(), 10)).stream().findFirst().orElseThrow();
    assertThat(moved.category()).isEqualTo("welfare");
    assertThat(moved.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(petitions.view(filed.number()).orElseThrow().status())
        .isEqualTo(CaseStatus.TRANSFERRED);
  }

  @Test
  void pagesByKeysetReturnEveryRowOnceInFilingOrder() {
    Place road = new Place("礁溪路五段", null, null, null, null, false);
    for (int i = 0; i < 5; i++) {
      petitions.file(petition(CaseKind.FACILITY_REPORT, "litter", road, null));
    }
    PetitionQuery query = PetitionQuery.of(agency.code(), 2);
    java.util.List<PetitionView> seen = new java.util.ArrayList<>();
    java.util.List<PetitionView> page = petitions.find(query);
    while (!page.isEmpty()) {
      seen.addAll(page);
      page = petitions.find(query.after(page.get(page.size() - 1)));
    }

    assertThat(seen).hasSize(5).extracting(PetitionView::number).doesNotHaveDuplicates();
  }

  @Test
  void onlyAKindWithoutAServiceMayBeClosedWithoutProcessing() {
    assertThat(CaseKind.PETITION.allows(Decision.NOT_PROCESSED)).isTrue();
    assertThat(CaseKind.APPLICATION.allows(Decision.NOT_PROCESSED)).isFalse();
    assertThat(CaseKind.FACILITY_REPORT.allows(Decision.APPROVED)).isFalse();
    assertThat(Set.of(Decision.values()))
        .allMatch(d -> CaseKind.APPLICATION.allows(d) || CaseKind.PETITION.allows(d));
  }
}
