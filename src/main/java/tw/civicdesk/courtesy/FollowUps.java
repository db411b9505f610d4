// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.DateOutsideCalendarException;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.courtesy.FollowUp.State;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.notification.StaffNotices.StaffNotice;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Follow-ups of tests under the agency's threshold (ADR 0055): opened with the test, due {@code
 * civicdesk.courtesy.follow-up-days} working days later ({@link WorkingCalendar}); the unit's heads
 * are told at once, reminded {@code remind-days} working days before the due date and once more
 * after it — each reminder once per follow-up, however often the daily task runs ({@code
 * courtesy-follow-up-chase}), as a console notice with an e-mail copy. A unit head reports; a
 * quality officer closes (accepts) or sends the report back. A follow-up is seen by the agency's
 * quality officers and its unit's heads only; to anyone else it is "not found".
 */
@Service
public class FollowUps {

  /** The longest improvement report or review note, in characters. */
  static final int REPORT = 4000;

  private final FollowUpStore store;
  private final CourtesyStore courtesy;
  private final Organisation organisation;
  private final StaffNotices notices;
  private final WorkingCalendar calendar;
  private final Deps deps;

  /** The rest of what follow-ups need (keeping the constructor short). */
  @org.springframework.stereotype.Component
  static class Deps {
    final CourtesySettings settings;
    final AuditLog audit;
    final Clock clock;

    Deps(CourtesySettings settings, AuditLog audit, Clock clock) {
      this.settings = settings;
      this.audit = audit;
      this.clock = clock;
    }
  }

  FollowUps(
      FollowUpStore store,
      CourtesyStore courtesy,
      Organisation organisation,
      StaffNotices notices,
      WorkingCalendar calendar,
      Deps deps) {
    this.store = store;
    this.courtesy = courtesy;
    this.organisation = organisation;
    this.notices = notices;
    this.calendar = calendar;
    this.deps = deps;
  }

  /** The agency's settings: its own, else the application's threshold with names hidden. */
  @Transactional(readOnly = true)
  public CourtesyRules rules(AgencyCode agency) {
    return courtesy.rules(agency).orElse(new CourtesyRules(deps.settings.threshold(), false));
  }

  /** Opens the follow-up of {@code test} when its total is under the agency's threshold. */
  void openIfLow(CourtesyTest test) {
    if (test.total().compareTo(rules(test.agency()).threshold()) >= 0) {
      return;
    }
    LocalDate today = LocalDate.now(deps.clock.withZone(Courtesy.TAIPEI));
    LocalDate due = calendar.addWorkingDays(test.agency(), today, deps.settings.followUpDays());
    long id = store.open(test, due, deps.clock.instant());
    tellHeads(store.find(id).orElseThrow(), StaffNoticeKind.COURTESY_FOLLOW_UP, "opened");
  }

  /** The follow-ups {@code staff} may see: all the agency's, or their unit's as its head. */
  @Transactional(readOnly = true)
  public List<FollowUp> list(StaffPrincipal staff, AgencyCode agency) {
    if (!staff.agencyCode().equals(agency)) {
      throw CourtesyAccess.notFound();
    }
    if (staff.has(Role.QUALITY_OFFICER)) {
      return store.of(agency, null);
    }
    if (staff.has(Role.UNIT_HEAD) && staff.unitId() != null) {
      return store.of(agency, staff.unitId());
    }
    throw CourtesyAccess.notFound();
  }

  /** Follow-up {@code id} if {@code staff} may see it; "not found" otherwise. */
  @Transactional(readOnly = true)
  public FollowUp get(StaffPrincipal staff, long id) {
    return store.find(id).filter(f -> sees(staff, f)).orElseThrow(CourtesyAccess::notFound);
  }

  /** The follow-up of test {@code testId}, if it has one {@code staff} may see. */
  @Transactional(readOnly = true)
  public @Nullable FollowUp ofTest(StaffPrincipal staff, long testId) {
    return store.ofTest(testId).filter(f -> sees(staff, f)).orElse(null);
  }

  /** Whether {@code staff} sees {@code f}: the agency's quality officers and the unit's heads. */
  public static boolean sees(StaffPrincipal staff, FollowUp f) {
    return staff.agencyCode().equals(f.agency())
        && (staff.has(Role.QUALITY_OFFICER)
            || staff.has(Role.UNIT_HEAD) && Long.valueOf(f.unitId()).equals(staff.unitId()));
  }

  /**
   * Whether {@code staff} may submit {@code f}'s report now: a head of its unit, while it waits.
   */
  public static boolean mayReport(StaffPrincipal staff, FollowUp f) {
    return staff.agencyCode().equals(f.agency())
        && staff.has(Role.UNIT_HEAD)
        && Long.valueOf(f.unitId()).equals(staff.unitId())
        && f.state().waitingForUnit();
  }

  /**
   * Whether {@code staff} may close or send back {@code f} now: a quality officer, once reported.
   */
  public static boolean mayReview(StaffPrincipal staff, FollowUp f) {
    return staff.agencyCode().equals(f.agency())
        && staff.has(Role.QUALITY_OFFICER)
        && f.state() == State.SUBMITTED;
  }

  /**
   * The unit's head submits the improvement report.
   *
   * @throws InvalidFields on {@code report} when it is blank or too long
   * @throws ConflictException when it was changed meanwhile or is not waiting for a report
   */
  @Transactional
  public FollowUp submit(StaffPrincipal staff, long id, int version, String report) {
    FollowUp f = get(staff, id);
    if (!mayReport(staff, f)) {
      throw new ConflictException("courtesy.follow-up.not-now");
    }
    requireText("report", report, true);
    if (!store.submit(id, version, report.strip(), staff.getUsername(), deps.clock.instant())) {
      throw new ConflictException("courtesy.follow-up.changed");
    }
    audit(staff, f, "submitted");
    FollowUp now = store.find(id).orElseThrow();
    for (String officer : organisation.usernamesHolding(f.agency(), null, Role.QUALITY_OFFICER)) {
      notices.post(notice(officer, now, StaffNoticeKind.COURTESY_FOLLOW_UP_SUBMITTED, "submitted"));
    }
    return now;
  }

  /**
   * The quality officer closes (accepts) the report or sends it back with a note (required then).
   *
   * @throws ConflictException when it was changed meanwhile or is not submitted
   */
  @Transactional
  public FollowUp review(StaffPrincipal staff, long id, int version, boolean accept, String note) {
    FollowUp f = get(staff, id);
    if (!mayReview(staff, f)) {
      throw new ConflictException("courtesy.follow-up.not-now");
    }
    requireText("reviewNote", note, !accept);
    State to = accept ? State.CLOSED : State.RETURNED;
    if (!store.review(id, version, to, note.strip(), staff.getUsername(), deps.clock.instant())) {
      throw new ConflictException("courtesy.follow-up.changed");
    }
    audit(staff, f, to.name().toLowerCase(java.util.Locale.ROOT));
    FollowUp now = store.find(id).orElseThrow();
    if (!accept) {
      tellHeads(now, StaffNoticeKind.COURTESY_FOLLOW_UP_RETURNED, "returned:" + now.version());
    }
    return now;
  }

  /**
   * The daily chase as of {@code today}: each follow-up waiting for its unit is reminded once in
   * the last {@code remind-days} working days before its due date and once after it.
   *
   * @return how many reminders were claimed now
   */
  @Transactional
  public int chase(LocalDate today) {
    int reminded = 0;
    for (FollowUp f : store.waiting()) {
      boolean late = today.isAfter(f.dueOn());
      boolean soon = !late && workingDaysLeft(f, today) <= deps.settings.remindDays();
      if ((late || soon) && store.claimReminder(f.id(), late, deps.clock.instant())) {
        tellHeads(
            f,
            late
                ? StaffNoticeKind.COURTESY_FOLLOW_UP_OVERDUE
                : StaffNoticeKind.COURTESY_FOLLOW_UP_DUE,
            late ? "overdue" : "due");
        reminded++;
      }
    }
    return reminded;
  }

  /**
   * {@code follow-up-days} working days after {@code today}; outside the calendar the government
   * has published, as many weeks' worth of calendar days (7 for every 5 working days).
   */
  private LocalDate dueDate(AgencyCode agency, LocalDate today) {
    int days = deps.settings.followUpDays();
    try {
      return calendar.addWorkingDays(agency, today, days);
    } catch (DateOutsideCalendarException e) {
      return today.plusDays((days * 7L + 4) / 5);
    }
  }

  /** Working days from {@code today} to the due date; calendar days outside the calendar. */
  private int workingDaysLeft(FollowUp f, LocalDate today) {
    try {
      return calendar.workingDaysBetween(f.agency(), today, f.dueOn());
    } catch (DateOutsideCalendarException e) {
      return (int) java.time.temporal.ChronoUnit.DAYS.between(today, f.dueOn());
    }
  }

  /** Tells the unit's heads (the quality officers where it has none), with an e-mail copy. */
  private void tellHeads(FollowUp f, StaffNoticeKind kind, String occasion) {
    List<String> to = organisation.usernamesHolding(f.agency(), f.unitId(), Role.UNIT_HEAD);
    if (to.isEmpty()) {
      to = organisation.usernamesHolding(f.agency(), null, Role.QUALITY_OFFICER);
    }
    for (String username : to) {
      notices.post(notice(username, f, kind, occasion), true);
    }
  }

  private static StaffNotice notice(
      String username, FollowUp f, StaffNoticeKind kind, String occasion) {
    return new StaffNotice(
        username,
        f.agency(),
        kind,
        null,
        List.of(
            String.valueOf(f.id()),
            f.calledOn().toString(),
            f.total().toPlainString(),
            f.dueOn().toString()),
        "courtesy-follow-up:" + f.id() + ":" + occasion);
  }

  private static void requireText(String field, String text, boolean required) {
    if (required && text.isBlank()) {
      throw new InvalidFields(
          List.of(new FieldProblem(field, "courtesy.follow-up.required", List.of())));
    }
    if (text.length() > REPORT) {
      throw new InvalidFields(
          List.of(new FieldProblem(field, "courtesy.test.too-long", List.of(REPORT))));
    }
  }

  private void audit(StaffPrincipal staff, FollowUp f, String what) {
    deps.audit.record(
        new AuditEvent(
            staff.getUsername(),
            f.agency().value(),
            "COURTESY_FOLLOW_UP_CHANGED",
            "COURTESY_FOLLOW_UP",
            String.valueOf(f.id()),
            what));
  }
}
