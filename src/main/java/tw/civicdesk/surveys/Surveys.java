// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The surveys module's door: reading surveys, recording an answer from each channel, and building a
 * survey. Kiosks answer through {@code Kiosks}; the analysis is in {@code statistics}.
 *
 * <p>Rules every answer keeps: the survey is open and its purpose takes the channel; the answers
 * pass {@link Answers#check} against the current version (else {@link InvalidFields}, nothing
 * stored); the answer keeps the version it answered and the Taiwan date, never a name, contact,
 * account or time. A post-case answer needs a decided or closed case and is refused as a conflict
 * ({@code surveys.case-answered}) when the case has one; a staff answer is refused the same way
 * ({@code surveys.staff-answered}) when the account has answered that survey, and is stored with
 * nothing that names the account.
 *
 * <p>Reach: a survey outside a staff member's agency is "not found"; building (create, revise,
 * open, close) is for the agency's quality officer or administrator; entering paper and phone
 * answers for any staff member of the agency.
 */
@Service
public class Surveys {

  /** The case states after which a post-case survey may be answered. */
  static final Set<CaseStatus> ANSWERABLE_CASES = EnumSet.of(CaseStatus.DECIDED, CaseStatus.CLOSED);

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final SurveyStore store;
  private final CaseWork cases;
  private final Organisation organisation;
  private final Catalogue catalogue;
  private final Clock clock;

  Surveys(
      SurveyStore store,
      CaseWork cases,
      Organisation organisation,
      Catalogue catalogue,
      Clock clock) {
    this.store = store;
    this.cases = cases;
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  /** The open surveys citizens may answer at {@code agency} (every purpose but STAFF), by code. */
  @Transactional(readOnly = true)
  public List<SurveyView> openFor(AgencyCode agency) {
    return store.of(agency).stream()
        .filter(r -> r.status() == SurveyStatus.OPEN && r.purpose() != SurveyPurpose.STAFF)
        .map(this::view)
        .toList();
  }

  /** The survey with {@code code} in any state, for a caller that checks its reach. */
  @Transactional(readOnly = true)
  public Optional<SurveyView> find(SurveyCode code) {
    return store.find(code).map(this::view);
  }

  /** The open citizen survey with {@code code}; {@link SurveyNotFound} for any other. */
  @Transactional(readOnly = true)
  public SurveyView openSurvey(SurveyCode code) {
    return store
        .find(code)
        .filter(r -> r.status() == SurveyStatus.OPEN && r.purpose() != SurveyPurpose.STAFF)
        .map(this::view)
        .orElseThrow(SurveyNotFound::new);
  }

  /** The open post-case survey of {@code agency}, whose link the decision notice carries. */
  @Transactional(readOnly = true)
  public Optional<SurveyCode> postCaseSurvey(AgencyCode agency) {
    return store.openOf(agency, SurveyPurpose.POST_CASE).map(SurveyStore.Row::code);
  }

  /** The surveys of {@code agency} for a staff member who may see it; else "not found". */
  @Transactional(readOnly = true)
  public List<SurveyView> of(StaffPrincipal viewer, AgencyCode agency) {
    if (!AccessPolicy.canView(viewer, agency)) {
      throw new SurveyNotFound();
    }
    return store.of(agency).stream().map(this::view).toList();
  }

  /** The survey with {@code code} for a staff member of its agency; else "not found". */
  @Transactional(readOnly = true)
  public SurveyView forStaff(StaffPrincipal viewer, SurveyCode code) {
    return view(reachable(viewer, code));
  }

  /** Every version's questionnaire of a survey the viewer reaches, by version. */
  @Transactional(readOnly = true)
  public Map<Integer, Questionnaire> versions(StaffPrincipal viewer, SurveyCode code) {
    return store.versions(reachable(viewer, code).id());
  }

  /** The open staff surveys of the viewer's agency, with whether the viewer has answered each. */
  @Transactional(readOnly = true)
  public List<StaffSurvey> staffSurveys(StaffPrincipal viewer) {
    return store.of(viewer.agencyCode()).stream()
        .filter(r -> r.status() == SurveyStatus.OPEN && r.purpose() == SurveyPurpose.STAFF)
        .map(r -> new StaffSurvey(view(r), store.participated(r.id(), viewer.id())))
        .toList();
  }

  /** An open staff survey, and whether the staff member reading it has answered it. */
  public record StaffSurvey(SurveyView survey, boolean answered) {}

  // ---------------------------------------------------------------- answering

  /** A citizen's answer through the online link or a QR poster. */
  @Transactional
  public Recorded answer(SurveyCommands.Answer command) {
    if (!SurveyChannel.ANONYMOUS.contains(command.channel())) {
      throw channelRefused();
    }
    SurveyStore.Row survey = open(command.code());
    if (survey.purpose() == SurveyPurpose.STAFF || survey.purpose() == SurveyPurpose.POST_CASE) {
      throw new SurveyNotFound();
    }
    return record(
        survey,
        command.channel(),
        command.answers(),
        origin(survey.agency(), command.unitId(), command.serviceCode()));
  }

  /**
   * The answer of the holder of a decided case's receipt to the agency's post-case survey (the
   * caller has passed case work's one throttled receipt check). Tied to the case, its service and
   * its unit for the statistics; never shown with the applicant.
   */
  @Transactional
  public Recorded answerAfterCase(CaseWork.HeldReceipt receipt, Map<String, ?> answers) {
    CaseViews.Summary summary = cases.summary(receipt.number()).orElseThrow(SurveyNotFound::new);
    SurveyStore.Row survey =
        store
            .openOf(summary.agency(), SurveyPurpose.POST_CASE)
            .flatMap(r -> store.lock(r.code()))
            .orElseThrow(SurveyNotFound::new);
    if (!ANSWERABLE_CASES.contains(summary.status())) {
      throw new ConflictException("surveys.case-not-decided");
    }
    if (store.caseAnswered(summary.number().value())) {
      throw new ConflictException("surveys.case-answered");
    }
    return record(
        survey,
        SurveyChannel.CASE,
        answers,
        new SurveyStore.Origin(
            summary.unitId(),
            summary.service() == null ? null : summary.service().code().value(),
            summary.number().value(),
            null,
            null));
  }

  /** Whether the case of {@code receipt} may still answer its agency's post-case survey. */
  @Transactional(readOnly = true)
  public Optional<SurveyView> postCaseSurveyFor(CaseWork.HeldReceipt receipt) {
    return cases
        .summary(receipt.number())
        .filter(s -> ANSWERABLE_CASES.contains(s.status()))
        .filter(s -> !store.caseAnswered(s.number().value()))
        .flatMap(s -> store.openOf(s.agency(), SurveyPurpose.POST_CASE))
        .map(this::view);
  }

  /** Staff entering an answer from a paper form or an outbound call, recorded as that channel. */
  @Transactional
  public Recorded enter(StaffPrincipal staff, SurveyCommands.Enter command) {
    if (!SurveyChannel.ENTERED.contains(command.channel())) {
      throw channelRefused();
    }
    SurveyStore.Row survey = reachable(staff, command.code());
    if (survey.purpose() == SurveyPurpose.STAFF) {
      throw new SurveyNotFound();
    }
    if (survey.status() != SurveyStatus.OPEN) {
      throw new ConflictException("surveys.not-open");
    }
    return record(
        survey,
        command.channel(),
        command.answers(),
        origin(survey.agency(), command.unitId(), command.serviceCode()));
  }

  /**
   * A staff member's answer to their agency's internal survey: once per account (the second is a
   * conflict), and stored with no account id, unit or time beside it — only that the account has
   * answered is kept, apart.
   */
  @Transactional
  public Recorded answerAsStaff(StaffPrincipal staff, SurveyCode code, Map<String, ?> answers) {
    SurveyStore.Row survey =
        store
            .lock(code)
            .filter(r -> r.agency().equals(staff.agencyCode()))
            .filter(r -> r.purpose() == SurveyPurpose.STAFF && r.status() == SurveyStatus.OPEN)
            .orElseThrow(SurveyNotFound::new);
    Map<String, AnswerValue> checked =
        Answers.check(store.questionnaire(survey.id(), survey.version()), answers);
    if (!store.participate(survey.id(), staff.id())) {
      throw new ConflictException("surveys.staff-answered");
    }
    store.insertResponse(survey, SurveyChannel.STAFF, today(), SurveyStore.Origin.NONE, checked);
    return new Recorded(survey.code(), survey.version(), SurveyChannel.STAFF);
  }

  // ---------------------------------------------------------------- building

  /** A new draft survey of {@code command.agency()}. */
  @Transactional
  public SurveyView create(StaffPrincipal by, SurveyCommands.Create command) {
    requireBuilder(by, command.agency());
    command.questionnaire().checked();
    if (command.tooFewBelow() < 1) {
      throw new InvalidFields(
          List.of(new FieldProblem("tooFewBelow", "surveys.too-few-below", List.of())));
    }
    if (store.find(command.code()).isPresent()) {
      throw new InvalidFields(
          List.of(new FieldProblem("code", "surveys.code-taken", List.of(command.code().value()))));
    }
    store.insert(
        command.code(),
        command.agency(),
        command.purpose(),
        command.tooFewBelow(),
        command.questionnaire(),
        by.getUsername(),
        clock.instant());
    return view(store.find(command.code()).orElseThrow());
  }

  /**
   * Changes the questionnaire: in place while its current version has no answers, else as the next
   * version (old answers keep theirs). A question keeps its id across versions, and an id keeps its
   * kind ({@code surveys.questionnaire.kind-kept}): the analysis joins answers by it.
   */
  @Transactional
  public SurveyView revise(StaffPrincipal by, SurveyCode code, Questionnaire questionnaire) {
    SurveyStore.Row survey = building(by, code);
    questionnaire.checked();
    keepsKinds(store.versions(survey.id()), questionnaire);
    if (store.hasAnswers(survey.id(), survey.version())) {
      store.insertVersion(survey.id(), survey.version() + 1, questionnaire, clock.instant());
      store.setVersion(survey.id(), survey.version() + 1, clock.instant());
    } else {
      store.replaceVersion(survey.id(), survey.version(), questionnaire);
      store.setVersion(survey.id(), survey.version(), clock.instant());
    }
    return view(store.find(code).orElseThrow());
  }

  /**
   * Refuses a questionnaire that gives a question id of an earlier version another kind: the
   * analysis joins the answers of every version by question id, so an id keeps its kind for good.
   */
  private static void keepsKinds(Map<Integer, Questionnaire> versions, Questionnaire next) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < next.questions().size(); i++) {
      Question q = next.questions().get(i);
      boolean changed =
          versions.values().stream()
              .flatMap(v -> v.question(q.id()).stream())
              .anyMatch(old -> old.kind() != q.kind());
      if (changed) {
        problems.add(
            new FieldProblem(
                "questions[" + i + "].kind", "surveys.questionnaire.kind-kept", List.of()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  /** Sets how many answers the analysis needs before it shows a rate. */
  @Transactional
  public SurveyView setTooFewBelow(StaffPrincipal by, SurveyCode code, int tooFewBelow) {
    SurveyStore.Row survey = building(by, code);
    if (tooFewBelow < 1) {
      throw new InvalidFields(
          List.of(new FieldProblem("tooFewBelow", "surveys.too-few-below", List.of())));
    }
    store.setTooFewBelow(survey.id(), tooFewBelow, clock.instant());
    return view(store.find(code).orElseThrow());
  }

  /** Opens a draft or closed survey for answers. */
  @Transactional
  public SurveyView open(StaffPrincipal by, SurveyCode code) {
    return setStatus(by, code, SurveyStatus.OPEN);
  }

  /** Closes an open survey; it keeps its answers. */
  @Transactional
  public SurveyView close(StaffPrincipal by, SurveyCode code) {
    return setStatus(by, code, SurveyStatus.CLOSED);
  }

  /** Whether {@code staff} may build surveys of {@code agency}. */
  public static boolean mayBuild(StaffPrincipal staff, AgencyCode agency) {
    return AccessPolicy.canView(staff, agency)
        && (staff.has(Role.QUALITY_OFFICER)
            || staff.has(Role.AGENCY_ADMIN)
            || staff.has(Role.SYSTEM_ADMIN));
  }

  // ---------------------------------------------------------------- internals

  private SurveyView setStatus(StaffPrincipal by, SurveyCode code, SurveyStatus status) {
    SurveyStore.Row survey = building(by, code);
    if (status == SurveyStatus.OPEN && survey.purpose() == SurveyPurpose.POST_CASE) {
      store
          .openOf(survey.agency(), SurveyPurpose.POST_CASE)
          .filter(other -> other.id() != survey.id())
          .ifPresent(
              other -> {
                throw new ConflictException("surveys.post-case-open", other.code().value());
              });
    }
    store.setStatus(survey.id(), status, clock.instant());
    return view(store.find(code).orElseThrow());
  }

  private SurveyStore.Row building(StaffPrincipal by, SurveyCode code) {
    SurveyStore.Row survey =
        store
            .lock(code)
            .filter(r -> AccessPolicy.canView(by, r.agency()))
            .orElseThrow(SurveyNotFound::new);
    requireBuilder(by, survey.agency());
    return survey;
  }

  private static void requireBuilder(StaffPrincipal by, AgencyCode agency) {
    if (!mayBuild(by, agency)) {
      throw new SurveyNotFound();
    }
  }

  private SurveyStore.Row reachable(StaffPrincipal viewer, SurveyCode code) {
    return store
        .find(code)
        .filter(r -> AccessPolicy.canView(viewer, r.agency()))
        .orElseThrow(SurveyNotFound::new);
  }

  private SurveyStore.Row open(SurveyCode code) {
    SurveyStore.Row survey = store.find(code).orElseThrow(SurveyNotFound::new);
    if (survey.status() == SurveyStatus.DRAFT) {
      throw new SurveyNotFound();
    }
    if (survey.status() != SurveyStatus.OPEN) {
      throw new ConflictException("surveys.not-open");
    }
    return survey;
  }

  /** Records checked answers; package-private so that the kiosks record through it too. */
  Recorded record(
      SurveyStore.Row survey,
      SurveyChannel channel,
      Map<String, ?> answers,
      SurveyStore.Origin origin) {
    Map<String, AnswerValue> checked =
        Answers.check(store.questionnaire(survey.id(), survey.version()), answers);
    store.insertResponse(survey, channel, today(), origin, checked);
    return new Recorded(survey.code(), survey.version(), channel);
  }

  /** The origin a poster or staff names, keeping only a unit and a service of the agency. */
  SurveyStore.Origin origin(
      AgencyCode agency, @Nullable Long unitId, @Nullable String serviceCode) {
    Long unit =
        unitId != null && organisation.units(agency).stream().anyMatch(u -> u.id() == unitId)
            ? unitId
            : null;
    String service =
        serviceCode != null
                && ServiceCode.isValid(serviceCode)
                && catalogue
                    .published(ServiceCode.of(serviceCode))
                    .filter(s -> s.agency().equals(agency))
                    .isPresent()
            ? serviceCode
            : null;
    return new SurveyStore.Origin(unit, service, null, null, null);
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(TAIPEI));
  }

  private SurveyView view(SurveyStore.Row r) {
    return new SurveyView(
        r.code(),
        r.agency(),
        r.purpose(),
        r.status(),
        r.version(),
        store.questionnaire(r.id(), r.version()),
        r.tooFewBelow(),
        store.answers(r.id()));
  }

  private static InvalidFields channelRefused() {
    return new InvalidFields(List.of(new FieldProblem("channel", "surveys.channel", List.of())));
  }

  /** No such survey, or not one the caller may reach or answer. */
  public static final class SurveyNotFound extends NotFoundException {
    public SurveyNotFound() {
      super("surveys.not-found");
    }
  }
}
