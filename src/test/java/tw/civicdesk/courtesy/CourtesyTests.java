// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.courtesy.Sheet.Content;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.courtesy.Sheet.Part;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Recording tests with the sheet in force: a test keeps its sheet version after an edit, every test
 * is audited, another agency's tests are "not found", the panel alone records, and names are shown
 * only where the agency allows.
 */
@IntegrationTest
class CourtesyTests {

  static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 3, 10, 15);

  @Autowired ApplicationContext context;
  @Autowired Courtesy courtesy;
  @Autowired CourtesyResults results;
  @Autowired FollowUps followUps;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency(String prefix) {
    return TestOrganisation.from(context).agency(prefix, null);
  }

  /** The standard content with SB_TONE worth 5 and UNIT_MESSAGE worth 6 (still 100). */
  static Content edited(Content c) {
    List<Part> parts = new ArrayList<>();
    for (Part p : c.parts()) {
      List<Item> items = new ArrayList<>();
      for (Item i : p.items()) {
        BigDecimal points =
            switch (i.code()) {
              case "SB_TONE" -> BigDecimal.valueOf(5);
              case "UNIT_MESSAGE" -> BigDecimal.valueOf(6);
              default -> i.points();
            };
        items.add(new Item(i.code(), i.zh(), i.en(), i.kind(), points, i.scale(), i.steps()));
      }
      parts.add(new Part(p.code(), p.zh(), p.en(), items));
    }
    return new Content(parts, c.bands());
  }

  @Test
  void aNewAgencyTestsWithTheStandardSheetOnDayOne() {
    TestOrganisation.Setup a = agency("CTS");
    Sheet sheet = courtesy.currentSheet(a.code());
    assertThat(sheet.code()).isEqualTo(Sheet.STANDARD);
    assertThat(sheet.agency()).isNull();
    assertThat(sheet.content().max()).isEqualByComparingTo("100");
  }

  @Test
  void aTestKeepsItsSheetVersionAfterTheSheetIsEdited() {
    TestOrganisation.Setup a = agency("CTV");
    StaffPrincipal officer = a.as(Role.QUALITY_OFFICER);
    // Switchboard 4 rings, unit 4 rings, every mark 4 of 5 (SB_TONE 6 → 4.8, UNIT_MESSAGE 5 → 4).
    CourtesyTest before =
        courtesy.record(
            officer,
            a.code(),
            CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 4)));
    Sheet v1 = courtesy.sheet(a.code(), before.sheetId());
    Sheet v2 = courtesy.editSheet(officer, a.code(), edited(v1.content()));
    assertThat(v2.version()).isEqualTo(v1.version() + 1);
    assertThat(v2.agency()).isEqualTo(a.code());
    assertThat(courtesy.currentSheet(a.code()).id()).isEqualTo(v2.id());
    CourtesyTest after =
        courtesy.record(
            officer,
            a.code(),
            CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 4)));
    // 40 speed + 60 × 0.8 = 88.0 with either sheet; the items' points differ.
    assertThat(after.sheetId()).isEqualTo(v2.id());
    assertThat(after.points().get("SB_TONE")).isEqualByComparingTo("4");
    CourtesyTest kept = courtesy.test(officer, before.id());
    assertThat(kept.sheetId()).isEqualTo(v1.id());
    assertThat(kept.points().get("SB_TONE")).isEqualByComparingTo("4.8");
    assertThat(kept.total()).isEqualByComparingTo("88.0");
    assertThat(courtesy.sheet(a.code(), v1.id()).content().items().get(3).points())
        .isEqualByComparingTo("6");
    assertThat(courtesy.versions(officer, a.code()))
        .extracting(Sheet::id)
        .containsSubsequence(v2.id(), v1.id());
  }

  @Test
  void aSheetThatDoesNotAddUpTo100IsRefused() {
    TestOrganisation.Setup a = agency("CTR");
    Content c = courtesy.currentSheet(a.code()).content();
    Content bad = new Content(List.of(c.parts().get(0)), c.bands());
    assertThatThrownBy(() -> courtesy.editSheet(a.as(Role.AGENCY_ADMIN), a.code(), bad))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("total"));
    assertThatThrownBy(() -> courtesy.editSheet(a.as(Role.CASE_OFFICER), a.code(), c))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyRecordedTestLeavesOneAuditRow() {
    TestOrganisation.Setup a = agency("CTA");
    for (int i = 0; i < 3; i++) {
      courtesy.record(
          a.as(Role.QUALITY_OFFICER),
          a.code(),
          CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 5)));
    }
    Long rows =
        jdbc.sql(
                "select count(*) from audit_log where agency_code = ? and action ="
                    + " 'COURTESY_TEST_RECORDED'")
            .param(a.code().value())
            .query(Long.class)
            .single();
    assertThat(rows).isEqualTo(3L);
  }

  @Test
  void onlyTheQualityOfficersAndThePanelRecordAndSeeTheSchedule() {
    TestOrganisation.Setup a = agency("CTP");
    StaffPrincipal clerk = a.as(Role.COUNTER_CLERK);
    assertThatThrownBy(() -> courtesy.schedule(clerk, a.code(), 2026))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                courtesy.record(
                    clerk,
                    a.code(),
                    CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 5))))
        .isInstanceOf(NotFoundException.class);
    courtesy.setPanel(a.as(Role.QUALITY_OFFICER), a.code(), clerk.getUsername(), true);
    assertThat(courtesy.schedule(clerk, a.code(), 2026)).isEmpty();
    courtesy.planSlot(
        clerk, a.code(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), a.unit().id(), "");
    assertThat(courtesy.schedule(a.as(Role.QUALITY_OFFICER), a.code(), 2026)).hasSize(1);
    assertThatThrownBy(() -> courtesy.schedule(a.as(Role.UNIT_HEAD), a.code(), 2026))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anotherAgencysTestsScheduleAndFollowUpsAreNotFound() {
    TestOrganisation.Setup a = agency("CTO");
    TestOrganisation.Setup b = agency("CTO");
    CourtesyTest low =
        courtesy.record(
            a.as(Role.QUALITY_OFFICER),
            a.code(),
            CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(9, 2)));
    FollowUp f = followUps.list(a.as(Role.QUALITY_OFFICER), a.code()).get(0);
    StaffPrincipal other = b.as(Role.QUALITY_OFFICER);
    assertThatThrownBy(() -> courtesy.test(other, low.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> followUps.get(other, f.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> courtesy.schedule(other, a.code(), 2026))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> followUps.list(other, a.code())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> results.results(other, a.code(), MARCH.toLocalDate(), MARCH.toLocalDate()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                courtesy.record(
                    other,
                    a.code(),
                    CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 5))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void namesAreHiddenUnlessTheAgencyAllowsThem() {
    TestOrganisation.Setup a = agency("CTN");
    Courtesy.RecordTest t = CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 5));
    courtesy.record(
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        new Courtesy.RecordTest(
            t.sheetId(), t.unitId(), null, "201", MARCH, t.inputs(), "林小姐", "禮貌"));
    LocalDate day = MARCH.toLocalDate();
    CourtesyResults.Row hidden =
        results.results(a.as(Role.CASE_OFFICER), a.code(), day, day).tests().get(0);
    assertThat(hidden.answeredBy()).isNull();
    assertThat(hidden.tester()).isNull();
    courtesy.saveRules(
        a.as(Role.AGENCY_ADMIN), a.code(), new CourtesyRules(BigDecimal.valueOf(80), true));
    CourtesyResults.Row shown =
        results.results(a.as(Role.CASE_OFFICER), a.code(), day, day).tests().get(0);
    assertThat(shown.answeredBy()).isEqualTo("林小姐");
    assertThat(shown.tester()).isEqualTo(a.username(Role.QUALITY_OFFICER));
  }

  @Test
  void staffOutsideTheTestedUnitSeeNoneOfItsResults() {
    TestOrganisation.Setup a = agency("CTU");
    courtesy.record(
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(4, 5)));
    long otherUnit = TestOrganisation.from(context).unit(a, "U2").id();
    StaffPrincipal elsewhere =
        TestOrganisation.from(context).member(a, otherUnit, "elsewhere", Role.CASE_OFFICER);
    LocalDate day = MARCH.toLocalDate();
    assertThat(results.results(elsewhere, a.code(), day, day).tests()).isEmpty();
    assertThat(results.results(a.as(Role.CASE_OFFICER), a.code(), day, day).tests()).hasSize(1);
  }
}
