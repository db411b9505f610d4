// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.identity.MaskPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;

/**
 * The engine behind {@link tw.civicdesk.casework.CaseWork}: files a case and takes one step on it
 * at a time. Every step loads the case, checks that it is still at the version the caller saw, lets
 * the {@link Case} apply its rules, and stores the result only if nobody stored another change
 * meanwhile — two officers acting at once never both win. Filing and stepping ({@code file}, {@code
 * act} with a {@link Step}) are for case work's own parts only; everyone else goes through the
 * facade's named use cases.
 */
@Service
@Transactional
public class CaseEngine {

  /** The most cases {@link #casesFiledBy} answers. */
  public static final int MAX_CASES_BY_EMAIL = 100;

  private final Cases cases;
  private final Applicants applicants;
  private final AuditLog audit;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final Organisation organisation;

  CaseEngine(
      Cases cases,
      Applicants applicants,
      AuditLog audit,
      WorkingCalendar calendar,
      Clock clock,
      ApplicationEventPublisher events,
      Organisation organisation) {
    this.events = events;
    this.organisation = organisation;
    this.cases = cases;
    this.applicants = applicants;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * Everything a new case is filed with.
   *
   * @param service the catalogue version for applications, {@code null} for other kinds
   * @param receivedOn the day the agency received it — today for the counter and online, the day a
   *     letter arrived or a call was taken when staff record it later; never in the future
   * @param postmarkedOn a letter's postmark date, else {@code null}
   * @param applicant who filed it, {@code null} when nobody is to be told (e.g. a child case)
   * @param fields the service's form values by field name, already checked
   */
  public record Filing(
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      TimeLimit limit,
      LocalDate receivedOn,
      @Nullable LocalDate postmarkedOn,
      @Nullable Applicant applicant,
      Map<String, String> fields,
      CaseLinks links) {
    public Filing {
      fields = Map.copyOf(fields);
    }
  }

  /** What a step may use: today in Taiwan, the current instant and the calendar. */
  record StepContext(LocalDate today, Instant now, CalendarSnapshot calendar) {}

  /** One step on a case, e.g. {@code (c, ctx) -> c.start(actor, ctx.now())}. */
  @FunctionalInterface
  interface Step {
    void apply(Case c, StepContext context);
  }

  /**
   * Files a case received today; it gets the next number of the agency for today.
   *
   * @param service the catalogue version for applications, {@code null} for other kinds
   */
  Case file(
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      TimeLimit limit,
      Actor by) {
    return file(
        new Filing(
            kind,
            channel,
            agency,
            unitId,
            service,
            limit,
            LocalDate.now(clock),
            null,
            null,
            Map.of(),
            CaseLinks.NONE),
        by);
  }

  /**
   * Files a new matter handed in by an applicant or a clerk, under its kind's rules ({@link
   * CaseKind#needsService()}: an application names its catalogue service, other kinds none); see
   * {@link #file(Filing, Actor)}. Cases case work opens itself (a transfer's, a child of joint
   * handling) are filed with {@link #file(Filing, Actor)}.
   *
   * @throws CaseRuleViolated on field {@code serviceCode} when the kind's rule is broken
   */
  public Case fileNew(Filing filing, Actor by) {
    if (filing.kind().needsService() != (filing.service() != null)) {
      throw new CaseRuleViolated(CaseRuleViolated.KIND_SERVICE, "serviceCode");
    }
    return file(filing, by);
  }

  /**
   * Files a case; it gets the next number of its agency for today (the filing day, which for a
   * letter recorded late differs from the day it was received). The clock starts from {@link
   * Filing#receivedOn()} under the agency's closure policy in force now ({@link
   * Organisation#closurePolicy}), which the case keeps. The applicant is stored apart, with the
   * moment of consent.
   */
  Case file(Filing filing, Actor by) {
    StepContext context = context();
    if (filing.receivedOn().isAfter(context.today())) {
      throw new CaseRuleViolated(CaseRuleViolated.RECEIVED_IN_FUTURE, "receivedOn");
    }
    Case c =
        Case.file(
            cases.nextNumber(filing.agency(), context.today()),
            filing.kind(),
            filing.channel(),
            filing.agency(),
            filing.unitId(),
            filing.service(),
            filing.receivedOn(),
            filing.limit(),
            organisation.closurePolicy(filing.agency()),
            filing.links(),
            by,
            context.now());
    LocalDate due = c.dueDate(context.calendar());
    cases.insert(c, due, context.now(), filing.fields(), filing.postmarkedOn());
    if (filing.applicant() != null) {
      applicants.insert(c.number(), filing.applicant(), context.now());
      PersonalDataAudit.recorded(c, filing.applicant(), by).ifPresent(audit::record);
    }
    events.publishEvent(filed(c, due, filing.applicant()));
    // No reload: this runs while the agency's case-number row is locked (until commit).
    return c.asInserted();
  }

  /** The event announcing new case {@code c}, with where to send its applicant notices. */
  private static CaseEvents.CaseFiled filed(
      Case c, @Nullable LocalDate due, @Nullable Applicant applicant) {
    return new CaseEvents.CaseFiled(
        c.number(),
        c.agency(),
        c.unitId(),
        c.kind(),
        c.service(),
        due,
        c.links(),
        applicant == null ? null : CaseViews.NoticeContact.of(applicant),
        c.channel(),
        c.clock().received());
  }

  /**
   * The applicant of a case {@code reader} reaches ({@link CaseReach}); every call leaves an audit
   * row (personal data read) in this transaction, before anything is shown.
   *
   * @throws CaseNotFound when there is no such case or it is out of the reader's reach
   */
  public Optional<Applicant> applicant(CaseNumber number, StaffPrincipal reader) {
    requireReach(number, reader);
    audit.record(PersonalDataAudit.applicantRead(number, reader));
    return applicants.find(number);
  }

  /**
   * The applicant and the form values of a case {@code reader} reaches ({@link CaseReach}),
   * unmasked, for the console's "show personal data". Before anything is returned, one audit row is
   * written in this transaction: {@link AuditEvent#PERSONAL_DATA_READ} with the detail {@code
   * read=applicant,field:<name>…;purpose=case-handling;roles=…}, naming the applicant (when the
   * case has one) and each of {@code personalFields} that holds a value.
   *
   * @param personalFields the names of the case's form fields that hold personal data (address,
   *     national ID)
   * @throws CaseNotFound when there is no such case or it is out of the reader's reach
   */
  public PersonalData personalData(
      CaseNumber number, StaffPrincipal reader, java.util.Collection<String> personalFields) {
    requireReach(number, reader);
    Optional<Applicant> applicant = applicants.find(number);
    Map<String, String> fields = cases.details(number).fields();
    audit.record(
        PersonalDataAudit.personalDataRead(
            number, reader, applicant.isPresent(), fields, personalFields));
    return new PersonalData(applicant.orElse(null), fields);
  }

  /**
   * What {@link #personalData} shows.
   *
   * @param applicant {@code null} when the case has none
   * @param fields the form values by field name, unmasked
   */
  public record PersonalData(@Nullable Applicant applicant, Map<String, String> fields) {
    public PersonalData {
      fields = Map.copyOf(fields);
    }
  }

  /**
   * The applicant's name masked for the public ({@link MaskPolicy#DEFAULT}, 王小明 → 王○明), for the
   * holder of a receipt on the tracking page. Deliberately not audited, unlike {@link #applicant}:
   * nothing but the masked name leaves this method, and the caller must already have checked the
   * case number against its verification code. Never use it for staff reads.
   *
   * @return the masked name; empty when there is no such case or it has no applicant
   */
  @Transactional(readOnly = true)
  Optional<String> maskedApplicantName(CaseNumber number) {
    return applicants.name(number).map(MaskPolicy.DEFAULT::name);
  }

  /** The form values and postmark date of a case of {@code agency}; within the module only. */
  @Transactional(readOnly = true)
  CaseDetails details(CaseNumber number, AgencyCode agency) {
    get(number, agency);
    return cases.details(number);
  }

  /**
   * The form values and postmark date of a case {@code viewer} reaches.
   *
   * @throws CaseNotFound when there is no such case or it is out of the viewer's reach
   */
  @Transactional(readOnly = true)
  public CaseDetails details(CaseNumber number, StaffPrincipal viewer) {
    requireReach(number, viewer);
    return cases.details(number);
  }

  /**
   * The child cases (會辦) of a case of {@code viewer}'s agency, oldest first; for the system and the
   * audited look-up by number — staff screens use {@link #children(CaseNumber, StaffPrincipal)}.
   */
  @Transactional(readOnly = true)
  public List<CaseViews.Child> children(CaseNumber number, AgencyCode viewer) {
    get(number, viewer);
    return cases.children(number);
  }

  /** The child cases (會辦) of a case {@code viewer} reaches, oldest first. */
  @Transactional(readOnly = true)
  public List<CaseViews.Child> children(CaseNumber number, StaffPrincipal viewer) {
    requireReach(number, viewer);
    return cases.children(number);
  }

  /** The child cases of a case the caller already loaded within its agency; no second load. */
  @Transactional(readOnly = true)
  List<CaseViews.Child> childrenOf(Case c) {
    return cases.children(c.number());
  }

  /** The due date of {@code c} by today's calendar, {@code null} while a supplement is awaited. */
  @Transactional(readOnly = true)
  public @Nullable LocalDate dueDate(Case c) {
    return c.dueDate(calendar.snapshot());
  }

  /** Today in Taiwan, by the application's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The case with {@code number}, if it belongs to {@code agency}: for the system (notices, receipt
   * holders) and the audited look-up by number, never for a staff screen, which uses {@link
   * #get(CaseNumber, StaffPrincipal)}.
   */
  @Transactional(readOnly = true)
  public Case get(CaseNumber number, AgencyCode agency) {
    return cases.find(number).filter(c -> c.agency().equals(agency)).orElseThrow(CaseNotFound::new);
  }

  /**
   * The case with {@code number}, if {@code viewer} reaches it: their own agency's, and within it
   * by need-to-know ({@link CaseReach}, ADR 0025).
   *
   * @throws CaseNotFound when there is no such case or it is out of the viewer's reach
   */
  @Transactional(readOnly = true)
  public Case get(CaseNumber number, StaffPrincipal viewer) {
    requireReach(number, viewer);
    return cases.find(number).orElseThrow(CaseNotFound::new);
  }

  /**
   * Checks that {@code viewer} reaches case {@code number} ({@link CaseReach}).
   *
   * @throws CaseNotFound when there is no such case or it is out of reach, alike (404)
   */
  @Transactional(readOnly = true)
  public void requireReach(CaseNumber number, StaffPrincipal viewer) {
    if (cases.scope(number).filter(scope -> CaseReach.reaches(viewer, scope)).isEmpty()) {
      throw new CaseNotFound();
    }
  }

  /**
   * Takes one step on a case {@code actor} reaches ({@link CaseReach}), seen at {@code version}.
   *
   * @throws CaseNotFound when there is no such case or it is out of the actor's reach
   * @throws CaseChanged when someone stored a change after the caller loaded the case (409); the
   *     caller keeps what they typed and reloads
   */
  Case act(CaseNumber number, int version, StaffPrincipal actor, Step step) {
    requireReach(number, actor);
    return act(number, version, actor.agencyCode(), step);
  }

  /**
   * Takes one step on a case of {@code actorAgency}, for the system and receipt holders; staff act
   * through {@link #act(CaseNumber, int, StaffPrincipal, Step)}, which checks their reach.
   *
   * @throws CaseNotFound when there is no such case in that agency
   * @throws CaseChanged when someone stored a change after the caller loaded the case (409)
   */
  Case act(CaseNumber number, int version, AgencyCode actorAgency, Step step) {
    Case c = get(number, actorAgency);
    if (c.version() != version) {
      throw new CaseChanged();
    }
    StepContext context = context();
    int stored = c.history().size();
    LocalDate dueBefore = c.dueDate(context.calendar());
    step.apply(c, context);
    store(c, stored, dueBefore, c.dueDate(context.calendar()), context);
    return cases.find(number).orElseThrow();
  }

  /**
   * Brings the stored due date of case {@code number} in line with {@code calendar} after an office
   * closure of its agency was added or withdrawn: when the case's clock (with its recorded closure
   * policy) now gives another date than {@code storedDue}, the system records a {@link
   * CaseAction#RESCHEDULE} step whose public note is the new date and stores it. For the caller's
   * transaction, which must hold the case's row lock.
   *
   * @param closure what moved it, for the internal note
   * @return whether the due date moved
   */
  boolean reschedule(
      CaseNumber number, LocalDate storedDue, CalendarSnapshot calendar, String closure) {
    Case c = cases.find(number).orElseThrow(CaseNotFound::new);
    LocalDate due = c.dueDate(calendar);
    if (due == null || due.equals(storedDue)) {
      return false;
    }
    int stored = c.history().size();
    // Not context(): the cached calendar must not be reloaded inside the closure's transaction.
    Instant now = now();
    c.reschedule(Actor.system(), due, closure, now);
    store(c, stored, storedDue, due, new StepContext(LocalDate.now(clock), now, calendar));
    return true;
  }

  /**
   * Stores a changed case and announces each new history entry from index {@code stored}.
   *
   * @param dueBefore the due date in force before the first new entry
   * @param due the due date after the step
   */
  private void store(
      Case c,
      int stored,
      @Nullable LocalDate dueBefore,
      @Nullable LocalDate due,
      StepContext context) {
    if (!cases.update(c, due, context.now())) {
      throw new CaseChanged();
    }
    CaseViews.NoticeContact contact = noticeContact(c.number()).orElse(null);
    for (HistoryEntry entry : c.history().subList(stored, c.history().size())) {
      events.publishEvent(
          new CaseEvents.CaseStepTaken(
              c.number(),
              c.agency(),
              c.unitId(),
              c.kind(),
              c.service(),
              entry,
              c.officer(),
              c.decision(),
              due,
              c.links(),
              c.channel(),
              c.clock().received(),
              context.today(),
              dueBefore,
              contact));
      dueBefore = due;
    }
  }

  /**
   * Where and how the applicant of a case wants notices (渠道), carried by the events to the
   * notification module, which addresses a message with it and shows it to nobody; so, unlike
   * {@link #applicant}, this system read is not audited.
   *
   * @return empty when the case has no applicant
   */
  @Transactional(readOnly = true)
  public Optional<CaseViews.NoticeContact> noticeContact(CaseNumber number) {
    return applicants.find(number).map(CaseViews.NoticeContact::of);
  }

  /**
   * The cases filed with the e-mail address {@code email} (any case, surrounding spaces ignored),
   * newest first, at most {@value #MAX_CASES_BY_EMAIL} — for the public "my cases" link.
   * Deliberately not audited, unlike {@link #applicant}: it answers case numbers, never personal
   * data, and the caller must have had the owner of the mailbox prove it (a link sent to the
   * address). Never use it for a staff screen.
   */
  @Transactional(readOnly = true)
  public List<CaseNumber> casesFiledBy(String email) {
    return applicants.filedWith(Applicant.normalisedEmail(email), MAX_CASES_BY_EMAIL);
  }

  private StepContext context() {
    return new StepContext(LocalDate.now(clock), now(), calendar.snapshot());
  }

  private Instant now() {
    // PostgreSQL keeps microseconds; a case in memory must say what the database will say.
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** Someone else changed the case first. */
  public static class CaseChanged extends ConflictException {
    CaseChanged() {
      super("casework.case.changed");
    }
  }
}
