// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.Concurrently;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The sweep posts each reminder once to the right people, however often it runs, also when two
 * sweeps run at once (as on two nodes).
 */
@IntegrationTest
class ReminderSweepTests {

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired ReminderSweep sweep;
  @Autowired StaffNotices notices;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SWEEP", null);
  }

  /**
   * A case received on {@code received} at the counter with six working days, assigned by the unit
   * head to {@code officer} unless {@code null}.
   */
  CaseNumber file(String received, @Nullable String officer) {
    CaseNumber number =
        CaseFixtures.of(context, agency, new ServiceCode("SWEEP-SERVICE"))
            .fileAtCounter(null, LocalDate.parse(received), TimeLimit.workingDays(6))
            .number();
    if (officer != null) {
      work.assign(agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(number, 0, officer));
    }
    return number;
  }

  /** The reminders {@code role} got about {@code c} (not the notice that it was assigned). */
  List<StaffNoticeKind> told(Role role, CaseNumber c) {
    return notices.inbox(agency.username(role), 100).stream()
        .filter(n -> c.value().equals(n.caseNumber()))
        .map(StaffNotices.Posted::kind)
        .filter(k -> k != StaffNoticeKind.CASE_ASSIGNED)
        .toList();
  }

  @Test
  void aSeverelyLateCaseReachesItsOfficerTheUnitHeadAndTheQualityOfficerOnce() {
    CaseNumber late = file("2026-02-11", agency.username(Role.CASE_OFFICER));
    sweep.run(LocalDate.parse("2026-03-18"));
    sweep.run(LocalDate.parse("2026-03-18"));
    sweep.run(LocalDate.parse("2026-03-19"));

    assertThat(told(Role.CASE_OFFICER, late)).containsExactly(StaffNoticeKind.OVERDUE);
    assertThat(told(Role.UNIT_HEAD, late)).containsExactly(StaffNoticeKind.OVERDUE_ESCALATED);
    assertThat(told(Role.QUALITY_OFFICER, late)).containsExactly(StaffNoticeKind.SEVERELY_OVERDUE);
    assertThat(notices.inbox(agency.username(Role.CASE_OFFICER), 100))
        .filteredOn(n -> n.kind() == StaffNoticeKind.OVERDUE)
        .singleElement()
        .satisfies(n -> assertThat(n.args()).containsExactly(late.value(), "2026-02-26"));
  }

  @Test
  void aCaseNobodyWasGivenReachesTheUnitHeadAfterTheLunarNewYearWeek() {
    CaseNumber waiting = file("2026-02-13", null);
    sweep.run(LocalDate.parse("2026-02-23"));
    assertThat(told(Role.UNIT_HEAD, waiting)).isEmpty();
    sweep.run(LocalDate.parse("2026-02-24"));
    assertThat(told(Role.UNIT_HEAD, waiting)).containsExactly(StaffNoticeKind.UNASSIGNED);
  }

  @Test
  void twoSweepsAtOnceTellEveryoneOnce() throws Exception {
    CaseNumber late = file("2026-02-11", agency.username(Role.CASE_OFFICER));
    Concurrently.atOnce(2, () -> sweep.run(LocalDate.parse("2026-03-02")));
    assertThat(
            jdbc.sql(
                    "select count(*) from notification_staff_notice where case_number = ?"
                        + " and kind <> 'CASE_ASSIGNED'")
                .param(late.value())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(told(Role.CASE_OFFICER, late)).containsExactly(StaffNoticeKind.OVERDUE);
    assertThat(told(Role.UNIT_HEAD, late)).containsExactly(StaffNoticeKind.OVERDUE_ESCALATED);
  }

  @Test
  void thePartsOfADaySweepEveryRunningCaseOnceBetweenThem() {
    List<CaseNumber> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cases.add(file("2026-02-11", agency.username(Role.CASE_OFFICER)));
    }
    java.util.Map<String, Integer> partOf = new java.util.HashMap<>();
    for (int part = 0; part < 4; part++) {
      String after = "";
      for (List<CaseViews.RunningCase> page = work.runningClocks(after, 5, part, 4);
          !page.isEmpty();
          page = work.runningClocks(after, 5, part, 4)) {
        for (CaseViews.RunningCase c : page) {
          assertThat(partOf.put(c.number().value(), part)).as("in one part only").isNull();
        }
        after = page.get(page.size() - 1).number().value();
      }
    }
    assertThat(partOf).containsKeys(cases.stream().map(CaseNumber::value).toArray(String[]::new));
    assertThat(partOf.size()).isEqualTo(work.runningClocks("", 100_000, 0, 1).size());

    int posted = 0;
    for (int part = 3; part >= 0; part--) {
      posted += sweep.run(LocalDate.parse("2026-03-18"), part, 4);
    }

    assertThat(posted).isGreaterThanOrEqualTo(3 * cases.size());
    assertThat(sweep.run(LocalDate.parse("2026-03-18")))
        .as("the whole sweep adds nothing")
        .isZero();
    assertThat(cases)
        .allSatisfy(
            c -> assertThat(told(Role.CASE_OFFICER, c)).containsExactly(StaffNoticeKind.OVERDUE));
  }
}
