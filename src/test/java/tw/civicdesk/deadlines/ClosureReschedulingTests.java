// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.AgencyClosure;
import tw.civicdesk.calendar.CalendarAdministration;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.ClosurePolicy;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.tracking.PublicTimeline;
import tw.civicdesk.tracking.StaffLookup;
import tw.civicdesk.tracking.TrackingStep;

/**
 * A typhoon closure declared for one agency moves the stored due dates of that agency's cases filed
 * under {@code STOPS_CLOCK}, in the closure's transaction, visibly in each case's history and
 * public timeline; the reminder sweep then counts from the new date. Withdrawing the closure moves
 * them back. Six working days from Monday 2026-08-03 end on 08-11; with Tuesday 08-04 closed, on
 * 08-12.
 */
@IntegrationTest
class ClosureReschedulingTests {

  static final LocalDate RECEIVED = LocalDate.parse("2026-08-03");
  static final LocalDate TYPHOON = LocalDate.parse("2026-08-04");
  static final LocalDate DUE = LocalDate.parse("2026-08-11");
  static final LocalDate MOVED = LocalDate.parse("2026-08-12");

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired CalendarAdministration calendar;
  @Autowired OrganisationAdministration administration;
  @Autowired Organisation organisation;
  @Autowired ReminderSweep sweep;
  @Autowired StaffNotices notices;
  @Autowired StaffLookup lookup;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup hit;
  TestOrganisation.Setup elsewhere;

  @BeforeEach
  void twoAgencies() {
    hit = TestOrganisation.from(context).agency("TYPHOON", null);
    elsewhere = TestOrganisation.from(context).agency("SUNNY", null);
  }

  /** A counter case received on {@code received} with six working days, assigned. */
  CaseNumber file(TestOrganisation.Setup agency, LocalDate received) {
    CaseFixtures cases =
        CaseFixtures.of(context, agency, new ServiceCode(agency.code().value() + "-SERVICE"));
    return cases
        .assigned(cases.fileAtCounter(null, received, TimeLimit.workingDays(6)).number())
        .number();
  }

  LocalDate storedDue(CaseNumber c) {
    return jdbc.sql("select due_date from casework_case where number = ?")
        .param(c.value())
        .query(LocalDate.class)
        .single();
  }

  void choose(TestOrganisation.Setup agency, ClosurePolicy policy) {
    Agency a = organisation.agency(agency.code()).orElseThrow();
    administration.updateAgency(
        agency.as(Role.AGENCY_ADMIN),
        new AgencyDraft(
            a.code(),
            a.parentCode(),
            a.name(),
            a.type(),
            a.address(),
            a.phone(),
            a.openingHours(),
            policy),
        a.version());
  }

  List<StaffNoticeKind> told(TestOrganisation.Setup agency, CaseNumber c) {
    return notices.inbox(agency.username(Role.CASE_OFFICER), 100).stream()
        .filter(n -> c.value().equals(n.caseNumber()))
        .map(StaffNotices.Posted::kind)
        .filter(k -> k != StaffNoticeKind.CASE_ASSIGNED)
        .toList();
  }

  @Test
  void aTyphoonDayMovesOnlyTheStoppingCasesOfItsAgencyAndWithdrawingItMovesThemBack() {
    CaseNumber stopping = file(hit, RECEIVED);
    CaseNumber afterwards = file(hit, TYPHOON.plusDays(1));
    choose(hit, ClosurePolicy.NONE);
    CaseNumber strict = file(hit, RECEIVED);
    CaseNumber other = file(elsewhere, RECEIVED);
    assertThat(List.of(storedDue(stopping), storedDue(strict), storedDue(other))).containsOnly(DUE);
    LocalDate afterwardsDue = storedDue(afterwards);

    AgencyClosure typhoon =
        calendar.addClosure(hit.code(), TYPHOON, ClosureKind.FULL_DAY, "颱風停止上班", "admin");

    assertThat(storedDue(stopping)).isEqualTo(MOVED);
    assertThat(storedDue(strict)).as("filed under NONE").isEqualTo(DUE);
    assertThat(storedDue(other)).as("another agency").isEqualTo(DUE);
    assertThat(storedDue(afterwards)).as("received after the closure").isEqualTo(afterwardsDue);
    List<HistoryEntry> history = work.history(stopping);
    HistoryEntry moved = history.get(history.size() - 1);
    assertThat(moved.action()).isEqualTo(CaseAction.RESCHEDULE);
    assertThat(moved.actor().party()).isEqualTo(Party.SYSTEM);
    assertThat(moved.publicNote()).isEqualTo("2026-08-12");
    assertThat(work.history(strict)).noneMatch(h -> h.action() == CaseAction.RESCHEDULE);
    PublicTimeline timeline = lookup.lookUp(hit.as(Role.CASE_OFFICER), stopping.value()).timeline();
    assertThat(timeline.dueDate()).isEqualTo(MOVED);
    assertThat(timeline.timeline().get(timeline.timeline().size() - 1))
        .satisfies(
            e -> {
              assertThat(e.step()).isEqualTo(TrackingStep.RESCHEDULED);
              assertThat(e.note()).isEqualTo("2026-08-12");
            });

    sweep.run(MOVED);
    assertThat(told(hit, stopping))
        .as("due on the new date, not late")
        .containsExactly(StaffNoticeKind.DUE_TODAY);
    assertThat(told(hit, strict)).containsExactly(StaffNoticeKind.OVERDUE);
    assertThat(told(elsewhere, other)).containsExactly(StaffNoticeKind.OVERDUE);

    calendar.removeClosure(hit.code(), typhoon.id());

    assertThat(storedDue(stopping)).isEqualTo(DUE);
    assertThat(storedDue(strict)).isEqualTo(DUE);
    assertThat(work.history(stopping))
        .filteredOn(h -> h.action() == CaseAction.RESCHEDULE)
        .extracting(HistoryEntry::publicNote)
        .containsExactly("2026-08-12", "2026-08-11");
  }

  @Test
  void aHalfDayClosureMovesNothing() {
    CaseNumber c = file(hit, RECEIVED);
    calendar.addClosure(hit.code(), TYPHOON, ClosureKind.HALF_DAY, "颱風下午停止上班", "admin");
    assertThat(storedDue(c)).isEqualTo(DUE);
    assertThat(work.history(c)).noneMatch(h -> h.action() == CaseAction.RESCHEDULE);
  }

  @Test
  void aNewAgencyFollowsTheApplicationDefaultWhichStopsTheClock() {
    assertThat(organisation.agency(hit.code()).orElseThrow().closurePolicy()).isNull();
    assertThat(organisation.closurePolicy(hit.code())).isEqualTo(ClosurePolicy.STOPS_CLOCK);
    CaseNumber filed = file(hit, RECEIVED);
    assertThat(
            jdbc.sql("select closure_policy from casework_case where number = ?")
                .param(filed.value())
                .query(String.class)
                .single())
        .as("kept with the case")
        .isEqualTo(ClosurePolicy.STOPS_CLOCK.name());
  }
}
