// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.catalogue.Channel;
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
 * A typhoon closure declared for one agency moves the stored due dates of that agency's cases
 * filed under {@code STOPS_CLOCK}, in the closure's transaction, visibly in each case's history
 * and public timeline; the reminder sweep then counts from the new date. Withdrawing the closure
 * moves them back. Six working days from Monday 2026-08-03 end on 08-11; with Tuesday 08-04
 * closed, on 08-12.
 */
@IntegrationTest
class ClosureReschedulingTests {

  static final LocalDate RECEIVED = LocalDate.parse("2026-08-03");
  static final LocalDate TYPHOON = LocalDate.parse("2026-08-04");
  static final LocalDate DUE = LocalDate.parse("2026-08-11");
  static final LocalDate MOVED = LocalDate.parse("2026-08-12");

  @Autowired ApplicationContext context;
  @Autowired CaseEngine work;
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

  Case file(TestOrganisation.Setup agency, LocalDate received) {
    Case c = work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER, agency.code(),
        agency.unit().id(), null, TimeLimit.workingDays(6), received, null, null, Map.of(),
        CaseLinks.NONE), Actor.staff(Party.COUNTER_CLERK, "clerk"));
    return work.act(c.number(), c.version(), agency.code(), (k, x) -> k.assign(
        Actor.staff(Party.UNIT_HEAD, agency.username(Role.UNIT_HEAD)),
        agency.username(Role.CASE_OFFICER), x.now()));
  }

  LocalDate storedDue(Case c) {
    return jdbc.sql("select due_date from casework_case where number = ?")
        .param(c.number().value()).query(LocalDate.class).single();
  }

  void choose(TestOrganisation.Setup agency, ClosurePolicy policy) {
    Agency a = organisation.agency(agency.code()).orElseThrow();
    administration.updateAgency(agency.as(Role.AGENCY_ADMIN), new AgencyDraft(a.code(),
        a.parentCode(), a.name(), a.type(), a.address(), a.phone(), a.openingHours(), policy),
        a.version());
  }

  List<StaffNoticeKind> told(TestOrganisation.Setup agency, Case c) {
    return notices.inbox(agency.username(Role.CASE_OFFICER), 100).stream()
        .filter(n -> c.number().value().equals(n.caseNumber()))
        .map(StaffNotices.Posted::kind).filter(k -> k != StaffNoticeKind.CASE_ASSIGNED)
        .toList();
  }

  @Test
  void aTyphoonDayMovesOnlyTheStoppingCasesOfItsAgencyAndWithdrawingItMovesThemBack() {
    Case stopping = file(hit, RECEIVED);
    Case afterwards = file(hit, TYPHOON.plusDays(1));
    choose(hit, ClosurePolicy.NONE);
    Case strict = file(hit, RECEIVED);
    Case other = file(elsewhere, RECEIVED);
    assertThat(List.of(storedDue(stopping), storedDue(strict), storedDue(other)))
        .containsOnly(DUE);
    LocalDate afterwardsDue = storedDue(afterwards);

    AgencyClosure typhoon = calendar.addClosure(hit.code(), TYPHOON, ClosureKind.FULL_DAY,
        "颱風停止上班", "admin");

    assertThat(storedDue(stopping)).isEqualTo(MOVED);
    assertThat(storedDue(strict)).as("filed under NONE").isEqualTo(DUE);
    assertThat(storedDue(other)).as("another agency").isEqualTo(DUE);
    assertThat(storedDue(afterwards)).as("received after the closure").isEqualTo(afterwardsDue);
    List<HistoryEntry> history = work.get(stopping.number(), hit.code()).history();
    HistoryEntry moved = history.get(history.size() - 1);
    assertThat(moved.action()).isEqualTo(CaseAction.RESCHEDULE);
    assertThat(moved.actor().party()).isEqualTo(Party.SYSTEM);
    assertThat(moved.publicNote()).isEqualTo("2026-08-12");
    assertThat(work.get(strict.number(), hit.code()).history())
        .noneMatch(h -> h.action() == CaseAction.RESCHEDULE);
    PublicTimeline timeline = lookup.lookUp(hit.as(Role.CASE_OFFICER),
        stopping.number().value()).timeline();
    assertThat(timeline.dueDate()).isEqualTo(MOVED);
    assertThat(timeline.timeline().get(timeline.timeline().size() - 1)).satisfies(e -> {
      assertThat(e.step()).isEqualTo(TrackingStep.RESCHEDULED);
      assertThat(e.note()).isEqualTo("2026-08-12");
    });

    sweep.run(MOVED);
    assertThat(told(hit, stopping)).as("due on the new date, not late")
        .containsExactly(StaffNoticeKind.DUE_TODAY);
    assertThat(told(hit, strict)).containsExactly(StaffNoticeKind.OVERDUE);
    assertThat(told(elsewhere, other)).containsExactly(StaffNoticeKind.OVERDUE);

    calendar.removeClosure(hit.code(), typhoon.id());

    assertThat(storedDue(stopping)).isEqualTo(DUE);
    assertThat(storedDue(strict)).isEqualTo(DUE);
    assertThat(work.get(stopping.number(), hit.code()).history())
        .filteredOn(h -> h.action() == CaseAction.RESCHEDULE)
        .extracting(HistoryEntry::publicNote).containsExactly("2026-08-12", "2026-08-11");
  }

  @Test
  void aHalfDayClosureMovesNothing() {
    Case c = file(hit, RECEIVED);
    calendar.addClosure(hit.code(), TYPHOON, ClosureKind.HALF_DAY, "颱風下午停止上班", "admin");
    assertThat(storedDue(c)).isEqualTo(DUE);
    assertThat(work.get(c.number(), hit.code()).history())
        .noneMatch(h -> h.action() == CaseAction.RESCHEDULE);
  }

  @Test
  void aNewAgencyFollowsTheApplicationDefaultWhichStopsTheClock() {
    assertThat(organisation.agency(hit.code()).orElseThrow().closurePolicy()).isNull();
    assertThat(organisation.closurePolicy(hit.code())).isEqualTo(ClosurePolicy.STOPS_CLOCK);
    assertThat(file(hit, RECEIVED).clock().closurePolicy()).isEqualTo(ClosurePolicy.STOPS_CLOCK);
  }
}
