// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.CaseTransitions.ActionNotPermitted;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.ClosurePolicy;

/**
 * A case: filed through any channel, received by an agency's unit, assigned to an officer, worked,
 * perhaps paused for a supplement (補正) and extended once, then decided and closed — or transferred
 * to the competent agency, withdrawn by the applicant, or merged into another case.
 *
 * <p>Every method first asks {@link CaseTransitions} whether the step is allowed from the current
 * status for the actor's party, then checks the case's own rules ({@link CaseRules}: all
 * deficiencies named at once; a second supplement round only by a unit head; one extension, with a
 * reason, before the due date, at most the original period; a reason for every decision and the
 * appeal route for a refusal). Only then does it change the case and append one history entry. A
 * refused step throws and changes nothing.
 */
public final class Case {

  private final CaseNumber number;
  private final CaseKind kind;
  private final Channel channel;
  private final AgencyCode agency;
  private long unitId;
  private final @Nullable ServiceRef service;
  private CaseStatus status;
  private @Nullable Decision decision;
  private @Nullable String officer;
  private CaseClock clock;
  private int supplementRounds;
  private @Nullable LocalDate supplyBy;
  private CaseLinks links;
  private final int openChildren;
  private final List<HistoryEntry> history;
  private final int storedHistory;
  private final int version;

  private Case(CaseRecord record, List<HistoryEntry> history) {
    this.number = record.number();
    this.kind = record.kind();
    this.channel = record.channel();
    this.agency = record.agency();
    this.unitId = record.unitId();
    this.service = record.service();
    this.status = record.status();
    this.decision = record.decision();
    this.officer = record.officer();
    this.clock = record.clock();
    this.supplementRounds = record.supplementRounds();
    this.supplyBy = record.supplyBy();
    this.links = record.links();
    this.openChildren = record.openChildren();
    this.version = record.version();
    this.history = new ArrayList<>(history);
    this.storedHistory = record.version() < 0 ? 0 : history.size();
  }

  /**
   * A case received on {@code received}, with its clock started from the service's limit under the
   * agency's closure policy in force now.
   */
  static Case file(
      CaseNumber number,
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      LocalDate received,
      TimeLimit limit,
      ClosurePolicy policy,
      Actor by,
      Instant at) {
    return file(
        number,
        kind,
        channel,
        agency,
        unitId,
        service,
        received,
        limit,
        policy,
        CaseLinks.NONE,
        by,
        at);
  }

  /**
   * A case received on {@code received}, opened with {@code links}: the parent of a child case for
   * joint handling (會辦), or the case a transfer (移文) came from.
   */
  static Case file(
      CaseNumber number,
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      LocalDate received,
      TimeLimit limit,
      ClosurePolicy policy,
      CaseLinks links,
      Actor by,
      Instant at) {
    String note =
        links.parent() != null
            ? links.parent().value()
            : links.transferredFrom() != null ? links.transferredFrom().value() : null;
    HistoryEntry filed =
        new HistoryEntry(1, null, null, CaseStatus.RECEIVED, by, at, null, note, null);
    CaseClock started = CaseClock.start(agency, received, limit, policy);
    return new Case(
        CaseRecord.received(number, kind, channel, agency, unitId, service, started, links),
        List.of(filed));
  }

  /** This new case as it is once inserted: version 0, its history stored. */
  Case asInserted() {
    return new Case(record().inserted(), history);
  }

  /** A case as stored, with its whole history; for the repository. */
  static Case restore(CaseRecord record, List<HistoryEntry> history) {
    return new Case(record, history);
  }

  /** This case's state for storing. */
  CaseRecord record() {
    return new CaseRecord(
        number,
        kind,
        channel,
        agency,
        unitId,
        service,
        status,
        decision,
        officer,
        clock,
        supplementRounds,
        supplyBy,
        links,
        openChildren,
        version);
  }

  /** History entries added since the case was loaded (all of them for a new case). */
  List<HistoryEntry> unstoredHistory() {
    return List.copyOf(history.subList(storedHistory, history.size()));
  }

  /** The stored version this case was loaded at, −1 for a new case (optimistic locking). */
  public int version() {
    return version;
  }

  public CaseKind kind() {
    return kind;
  }

  public Channel channel() {
    return channel;
  }

  /**
   * Gives the case to an officer (分案), or to another one (改分); a case officer takes an unassigned
   * case (認領) only for themselves ({@link CaseRuleViolated} on {@code officer}).
   */
  void assign(Actor actor, String officerUsername, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.ASSIGN, actor);
    Objects.requireNonNull(officerUsername, "officer");
    if (actor.party() == Party.CASE_OFFICER
        && (officer != null || !officerUsername.equals(actor.who()))) {
      throw new CaseRuleViolated(CaseRuleViolated.TAKE_FOR_SELF, "officer");
    }
    this.officer = officerUsername;
    record(t, actor, at, null, "→ " + officerUsername);
  }

  /** The officer starts work. */
  void start(Actor actor, Instant at) {
    record(require(CaseAction.START, actor), actor, at, null, null);
  }

  /** The shortest period to supply documents (補正期間), in calendar days. */
  public static final int SUPPLEMENT_DAYS_MIN = 1;

  /** The longest period to supply documents (補正期間), in calendar days. */
  public static final int SUPPLEMENT_DAYS_MAX = 60;

  /**
   * Asks for every deficiency at once (退件一次告知), to be supplied within {@code days} calendar days,
   * and pauses the clock after {@code today} (§51⑤). The date by which to supply them (補正期限) is
   * {@code today + days}, moved to the agency's next working day by §48④ (see {@link
   * CalendarSnapshot#dueDate} for a calendar-days limit); it is kept on the case and on the
   * request's history entry until the applicant supplies.
   *
   * @throws CaseRuleViolated on field {@code deficiencies} (none named, or a second round by anyone
   *     but a unit head) or {@code days} (outside {@value #SUPPLEMENT_DAYS_MIN}–{@value
   *     #SUPPLEMENT_DAYS_MAX})
   * @throws tw.civicdesk.calendar.DateOutsideCalendarException when the date lies beyond the loaded
   *     calendar
   */
  void requestSupplement(
      Actor actor,
      List<String> deficiencies,
      int days,
      LocalDate today,
      CalendarSnapshot calendar,
      Instant at) {
    CaseTransitions.Transition t = require(CaseAction.REQUEST_SUPPLEMENT, actor);
    List<String> named = CaseRules.supplementRequest(actor, deficiencies, days, supplementRounds);
    LocalDate by = calendar.dueDate(agency, today, TimeLimit.calendarDays(days));
    clock = clock.pause(today);
    supplementRounds++;
    supplyBy = by;
    record(t, actor, at, String.join("\n", named), null, by);
  }

  /** The applicant supplied what was missing; the clock resumes after {@code today}. */
  void supply(Actor actor, LocalDate today, Instant at, @Nullable String note) {
    CaseTransitions.Transition t = require(CaseAction.SUPPLY, actor);
    clock = clock.resume(today);
    supplyBy = null;
    record(t, actor, at, note, null);
  }

  /** Extends the period once, before it runs out, by at most the original period (§51③④). */
  void extend(
      Actor actor,
      TimeLimit by,
      String reason,
      LocalDate today,
      CalendarSnapshot calendar,
      Instant at) {
    CaseTransitions.Transition t = require(CaseAction.EXTEND, actor);
    CaseRules.requireReason(reason, "reason");
    CaseRules.extension(clock, by, today, calendar);
    clock = clock.extend(by);
    record(t, actor, at, reason, null);
  }

  /** Decides; a refusal must tell the applicant how to appeal (訴願). */
  void decide(Actor actor, Decision outcome, String reason, @Nullable String remedy, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.DECIDE, actor);
    CaseRules.decision(kind, reason, openChildren, outcome, remedy);
    decision = outcome;
    record(t, actor, at, remedy == null ? reason : reason + "\n" + remedy, outcome.name());
  }

  /** Closes a decided case. */
  void close(Actor actor, Instant at) {
    record(require(CaseAction.CLOSE, actor), actor, at, null, null);
  }

  /** The applicant withdraws the case. */
  void withdraw(Actor actor, @Nullable String reason, Instant at) {
    record(require(CaseAction.WITHDRAW, actor), actor, at, reason, null);
  }

  /** Merges this case into {@code into}, a case on the same matter (併案). */
  void mergeInto(Actor actor, CaseNumber into, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.MERGE, actor);
    if (into.equals(number)) {
      throw new CaseRuleViolated(CaseRuleViolated.MERGE_SELF, "into");
    }
    links = links.withMergedInto(into);
    record(t, actor, at, into.value(), null);
  }

  /**
   * Hands the case to unit {@code toUnit} of the same agency (改分): it is unassigned, back to
   * received, and the new unit's head assigns it; the clock runs on. The public note names the new
   * unit ({@code unitName}, what the applicant is told), the internal note the reason.
   */
  void reroute(Actor actor, long toUnit, String unitName, String reason, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.REROUTE, actor);
    CaseRules.requireReason(reason, "reason");
    if (toUnit == unitId) {
      throw new CaseRuleViolated(CaseRuleViolated.REROUTE_SAME_UNIT, "unitId");
    }
    unitId = toUnit;
    officer = null;
    record(t, actor, at, unitName, reason.strip());
  }

  /**
   * Sends the case to the competent agency (移文); {@code opened} is the linked case opened there,
   * whose number the applicant is told.
   */
  void transfer(Actor actor, AgencyCode to, CaseNumber opened, String reason, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.TRANSFER, actor);
    CaseRules.requireReason(reason, "reason");
    links = links.withTransferredTo(opened);
    record(t, actor, at, reason + "\n→ " + opened.value(), "→ " + to.value());
  }

  /**
   * Records that an office closure added or withdrawn moved the due date to {@code due}; the clock
   * is unchanged (the calendar changed). The public note is the new due date (ISO), which the
   * applicant's tracking page shows; the internal note says which closure.
   */
  void reschedule(Actor actor, LocalDate due, String closure, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.RESCHEDULE, actor);
    record(t, actor, at, due.toString(), closure);
  }

  /** The longest follow-up or answer text, in characters. */
  public static final int FOLLOW_UP_MAX_LENGTH = 2000;

  /**
   * A quality officer chases the case (稽催) with {@code text}: allowed while its clock runs and only
   * when it is due {@code today} or late — a case not yet due has nothing to chase, and a paused
   * one waits for the applicant. The text is internal: the applicant never sees it.
   *
   * @throws CaseRuleViolated on field {@code text}: blank, longer than {@value
   *     #FOLLOW_UP_MAX_LENGTH} characters, or the case not yet due
   */
  void followUp(Actor actor, String text, LocalDate today, CalendarSnapshot calendar, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.FOLLOW_UP, actor);
    String checked = CaseRules.followUpText(text);
    CaseRules.followUpDue(clock.dueDate(calendar), today);
    record(t, actor, at, null, checked);
  }

  /**
   * The assigned officer or a unit head answers the open follow-ups with {@code text}, or a quality
   * officer records an answer given in writing; one answer answers every follow-up sent since the
   * last answer. Internal, like the follow-up.
   *
   * @throws CaseRuleViolated on field {@code text}: blank, too long, or no open follow-up
   */
  void answerFollowUp(Actor actor, String text, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.ANSWER_FOLLOW_UP, actor);
    String checked = CaseRules.followUpText(text);
    if (!followUpOpen()) {
      throw new CaseRuleViolated(CaseRuleViolated.FOLLOW_UP_NONE_OPEN, "text");
    }
    record(t, actor, at, null, checked);
  }

  /** Whether a follow-up was sent after the last answer (or with none yet). */
  public boolean followUpOpen() {
    return CaseRules.followUpOpen(history);
  }

  /** Checks that a joint-handling request (會辦) may be made now, by {@code actor}. */
  void checkJointHandling(Actor actor) {
    require(CaseAction.REQUEST_JOINT_HANDLING, actor);
  }

  /** Records that child case {@code child} was opened for {@code unitName} (會辦). */
  void requestJointHandling(Actor actor, CaseNumber child, String unitName, Instant at) {
    CaseTransitions.Transition t = require(CaseAction.REQUEST_JOINT_HANDLING, actor);
    record(t, actor, at, null, child.value() + " → " + unitName);
  }

  private CaseTransitions.Transition require(CaseAction action, Actor actor) {
    CaseTransitions.Transition t = CaseTransitions.require(status, action, actor.party());
    boolean assignedOfficer =
        actor.party() != Party.CASE_OFFICER || officer == null || officer.equals(actor.who());
    if (!assignedOfficer) {
      throw new ActionNotPermitted(action);
    }
    return t;
  }

  private void record(
      CaseTransitions.Transition t,
      Actor actor,
      Instant at,
      @Nullable String publicNote,
      @Nullable String internalNote) {
    record(t, actor, at, publicNote, internalNote, null);
  }

  private void record(
      CaseTransitions.Transition t,
      Actor actor,
      Instant at,
      @Nullable String publicNote,
      @Nullable String internalNote,
      @Nullable LocalDate supplyBy) {
    history.add(
        new HistoryEntry(
            history.size() + 1,
            t.action(),
            status,
            t.to(),
            actor,
            at,
            publicNote,
            internalNote,
            supplyBy));
    status = t.to();
  }

  public CaseNumber number() {
    return number;
  }

  public AgencyCode agency() {
    return agency;
  }

  public long unitId() {
    return unitId;
  }

  public @Nullable ServiceRef service() {
    return service;
  }

  public CaseStatus status() {
    return status;
  }

  /** Its links to other cases. */
  public CaseLinks links() {
    return links;
  }

  /** How many child cases (會辦) are still being worked. */
  public int openChildren() {
    return openChildren;
  }

  public @Nullable Decision decision() {
    return decision;
  }

  public @Nullable String officer() {
    return officer;
  }

  public CaseClock clock() {
    return clock;
  }

  /**
   * The date by which the applicant is to supply the documents asked for (補正期限), {@code null}
   * unless a supplement is awaited (or for one requested before this date was kept).
   */
  public @Nullable LocalDate supplyBy() {
    return supplyBy;
  }

  /** The due date, or {@code null} while a supplement is awaited. */
  public @Nullable LocalDate dueDate(CalendarSnapshot calendar) {
    return clock.dueDate(calendar);
  }

  /** The history, oldest first; entries are never changed or removed. */
  public List<HistoryEntry> history() {
    return List.copyOf(history);
  }
}
