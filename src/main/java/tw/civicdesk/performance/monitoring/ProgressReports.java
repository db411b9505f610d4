// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;

/**
 * Progress reports on a plan's practices (管制考核): units submit, the agency's quality officer accepts
 * or returns them, and reopens an accepted one when it must change; the rules are {@link
 * ReportingRules}. Every submission and review is kept ({@link ProgressEntry}); a refused request
 * stores nothing.
 *
 * <p>Who: whoever may read the plan ({@link Plans#get}) reads its reports — a quality officer of a
 * supervising agency too — and anyone else is told "not found"; only staff of the plan's own agency
 * write (see {@link ReportingRules#onBehalf}); only its quality officer reviews.
 */
@Service
public class ProgressReports {

  private final Plans plans;
  private final ProgressStore store;
  private final Organisation organisation;
  private final MonitoringSettings settings;
  private final Clock clock;

  ProgressReports(
      Plans plans,
      ProgressStore store,
      Organisation organisation,
      MonitoringSettings settings,
      Clock clock) {
    this.plans = plans;
    this.store = store;
    this.organisation = organisation;
    this.settings = settings;
    this.clock = clock;
  }

  /** An uploaded evidence file as the client sent it. */
  public record Upload(@Nullable String name, byte[] content) {}

  /**
   * What a unit submits on one practice for one period.
   *
   * @param figures raw values by indicator id, as typed; blank ones are left out
   * @param links evidence links as typed; blank ones are left out
   * @param version the version of the report being replaced, {@code null} for a first report
   */
  public record Submission(
      String practiceId,
      String unitCode,
      String period,
      @Nullable ProgressStatus status,
      @Nullable String narrative,
      Map<String, String> figures,
      List<String> links,
      List<Upload> files,
      @Nullable Integer version) {

    public Submission {
      figures = Map.copyOf(figures);
      links = List.copyOf(links);
      files = List.copyOf(files);
    }
  }

  /** What the quality officer decides on a report. */
  public enum Decision {
    /** Accept a submitted report: it becomes final. */
    ACCEPT,
    /** Return a submitted report with a comment. */
    RETURN,
    /** Reopen an accepted report with a reason, so that the unit can change it. */
    REOPEN
  }

  /** How a plan's year is divided for reporting. */
  public ReportingPeriod.Length length() {
    return settings.reportingPeriod();
  }

  /** The periods of {@code plan}'s year that have begun, in order. */
  public List<ReportingPeriod> begunPeriods(Plan plan) {
    return ReportingRules.begun(plan.year(), settings.reportingPeriod(), LocalDate.now(clock));
  }

  /** The periods of {@code plan}'s year whose last day has passed, in order. */
  public List<ReportingPeriod> endedPeriods(Plan plan) {
    return ReportingRules.ended(plan.year(), settings.reportingPeriod(), LocalDate.now(clock));
  }

  /** The code of {@code staff}'s own unit, if they belong to one. */
  public Optional<String> ownUnit(StaffPrincipal staff) {
    Long unitId = staff.unitId();
    return unitId == null
        ? Optional.empty()
        : organisation.units(staff.agencyCode()).stream()
            .filter(u -> u.id() == unitId)
            .map(Unit::code)
            .findFirst();
  }

  /** The units of {@code agency}, in creation order. */
  public List<Unit> units(String agency) {
    return organisation.units(new AgencyCode(agency));
  }

  /** Whether {@code actor} may report for unit {@code unitCode} on {@code plan}. */
  public boolean canReport(StaffPrincipal actor, Plan plan, String unitCode) {
    return ReportingRules.reportingOpen(plan.status())
        && ReportingRules.onBehalf(actor, plan.agencyCode(), ownUnit(actor).orElse(null), unitCode)
            .isPresent();
  }

  /** Whether a report by {@code actor} for {@code unitCode} is recorded as on its behalf. */
  public boolean onBehalf(StaffPrincipal actor, Plan plan, String unitCode) {
    return ReportingRules.onBehalf(actor, plan.agencyCode(), ownUnit(actor).orElse(null), unitCode)
        .orElse(false);
  }

  /** Whether {@code actor} reviews the reports on {@code plan}: its agency's quality officer. */
  public boolean canReview(StaffPrincipal actor, Plan plan) {
    return actor.has(Role.QUALITY_OFFICER) && actor.agencyCode().value().equals(plan.agencyCode());
  }

  /** Every current report on plan {@code planId}, by period, practice and unit. */
  @Transactional(readOnly = true)
  public List<ProgressReport> reports(StaffPrincipal viewer, long planId) {
    return store.ofPlan(plans.get(viewer, planId).id());
  }

  /** The submitted reports waiting for the quality officer, oldest first. */
  @Transactional(readOnly = true)
  public List<ProgressReport> queue(StaffPrincipal viewer, long planId) {
    return store.inState(plans.get(viewer, planId).id(), ReviewState.SUBMITTED);
  }

  /** Report {@code reportId} of plan {@code planId}, if {@code viewer} may read it. */
  @Transactional(readOnly = true)
  public ProgressReport report(StaffPrincipal viewer, long planId, long reportId) {
    return report(plans.get(viewer, planId), reportId);
  }

  /** Every submission and review of a report, in order. */
  @Transactional(readOnly = true)
  public List<ProgressEntry> history(StaffPrincipal viewer, long planId, long reportId) {
    return store.entries(report(viewer, planId, reportId).id());
  }

  /** The evidence files of a report, in upload order. */
  @Transactional(readOnly = true)
  public List<EvidenceFile> files(StaffPrincipal viewer, long planId, long reportId) {
    return store.files(report(viewer, planId, reportId).id());
  }

  /** An evidence file with its content. */
  public record Download(EvidenceFile file, byte[] content) {}

  /** Evidence file {@code fileId} of a report, with its content. */
  @Transactional(readOnly = true)
  public Download file(StaffPrincipal viewer, long planId, long reportId, long fileId) {
    ProgressReport report = report(viewer, planId, reportId);
    EvidenceFile file =
        store.files(report.id()).stream()
            .filter(f -> f.id() == fileId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("monitoring.error.file-not-found"));
    return new Download(file, store.content(report.id(), fileId).orElseThrow());
  }

  /**
   * Submits (or submits again) a unit's report on a practice for a period.
   *
   * @throws NotFoundException when the plan is out of reach or has no such practice
   * @throws ForbiddenException when the actor may not report for the unit, or the practice is not
   *     the unit's
   * @throws ConflictException when reporting is closed, the report is accepted (final) or someone
   *     changed it meanwhile
   * @throws InvalidFields for every field that is wrong, all at once
   */
  @Transactional
  public ProgressReport submit(StaffPrincipal actor, long planId, Submission s) {
    Plan plan = plans.get(actor, planId);
    boolean onBehalf =
        ReportingRules.onBehalf(actor, plan.agencyCode(), ownUnit(actor).orElse(null), s.unitCode())
            .orElseThrow(() -> new ForbiddenException("monitoring.error.forbidden"));
    if (!ReportingRules.reportingOpen(plan.status())) {
      throw new ConflictException("monitoring.error.reporting-closed");
    }
    Practice practice = assignedPractice(plan, s);
    Optional<ProgressReport> existing =
        store.current(plan.id(), practice.id(), s.unitCode(), s.period());
    if (existing.isPresent() && existing.get().reviewState() == ReviewState.ACCEPTED) {
      throw new ConflictException("monitoring.error.accepted-final");
    }
    List<FieldProblem> problems = new ArrayList<>();
    ProgressStore.Written written = checked(plan, practice, s, actor, onBehalf, problems);
    List<InspectedUpload> files =
        inspect(s.files(), existing.map(r -> store.files(r.id()).size()).orElse(0), problems);
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    long id = write(plan, practice, s, existing, written);
    files.forEach(
        f ->
            store.addFile(
                id,
                f.inspected().fileName(),
                f.inspected().contentType(),
                f.inspected().size(),
                f.inspected().sha256(),
                f.content(),
                actor.getUsername(),
                written.at()));
    return store.find(id).orElseThrow();
  }

  /** The practice reported on, which must be the submitting unit's, of the plan's agency. */
  private Practice assignedPractice(Plan plan, Submission s) {
    Practice practice =
        plan.content()
            .practice(s.practiceId())
            .orElseThrow(() -> new NotFoundException("monitoring.error.practice"));
    if (!practice.assignedTo(s.unitCode())
        || units(plan.agencyCode()).stream().noneMatch(u -> u.code().equals(s.unitCode()))) {
      throw new ForbiddenException("monitoring.error.not-assigned");
    }
    return practice;
  }

  private ProgressStore.Written checked(
      Plan plan,
      Practice practice,
      Submission s,
      StaffPrincipal actor,
      boolean onBehalf,
      List<FieldProblem> problems) {
    Optional<ReportingPeriod> period =
        ReportingRules.period(plan.year(), settings.reportingPeriod(), s.period());
    LocalDate today = LocalDate.now(clock);
    if (period.isEmpty()) {
      problems.add(new FieldProblem("period", "monitoring.error.period", List.of()));
    } else if (period.get().first().isAfter(today)) {
      problems.add(
          new FieldProblem(
              "period",
              "monitoring.error.period-not-begun",
              List.of(period.get().first().toString())));
    }
    if (s.status() == null) {
      problems.add(new FieldProblem("status", "monitoring.error.status", List.of()));
    }
    ReportingRules.narrative(s.narrative(), problems);
    var figures = ReportingRules.figures(practice, s.figures(), problems);
    List<String> links = ReportingRules.links(s.links(), problems);
    return new ProgressStore.Written(
        s.status() == null ? ProgressStatus.NOT_STARTED : s.status(),
        s.narrative() == null ? "" : s.narrative().strip(),
        figures,
        links,
        actor.getUsername(),
        clock.instant(),
        onBehalf);
  }

  private long write(
      Plan plan,
      Practice practice,
      Submission s,
      Optional<ProgressReport> existing,
      ProgressStore.Written written) {
    if (existing.isEmpty()) {
      long id;
      try {
        id = store.insert(plan.id(), practice.id(), s.unitCode(), s.period(), written);
      } catch (DuplicateKeyException e) {
        throw new ConflictException("monitoring.error.concurrent-change");
      }
      store.append(id, ProgressEntry.Action.SUBMIT, written.actor(), written.at(), written, null);
      return id;
    }
    ProgressReport report = existing.get();
    Integer version = s.version();
    if (version == null || !store.resubmit(report.id(), version, written)) {
      throw new ConflictException("monitoring.error.concurrent-change");
    }
    store.append(
        report.id(), ProgressEntry.Action.RESUBMIT, written.actor(), written.at(), written, null);
    return report.id();
  }

  private record InspectedUpload(InspectedContent inspected, byte[] content) {}

  private List<InspectedUpload> inspect(
      List<Upload> uploads, int stored, List<FieldProblem> problems) {
    if (stored + uploads.size() > settings.evidence().maxFiles()) {
      problems.add(
          new FieldProblem(
              "files", "monitoring.error.too-many-files", List.of(settings.evidence().maxFiles())));
      return List.of();
    }
    List<InspectedUpload> inspected = new ArrayList<>();
    for (Upload upload : uploads) {
      try {
        inspected.add(
            new InspectedUpload(
                ContentInspection.inspect(
                    upload.name(),
                    upload.content(),
                    settings.evidence().maxSize(),
                    (refusal, mb) ->
                        new InvalidFields(
                            List.of(
                                new FieldProblem(
                                    "files",
                                    "monitoring.error.file." + refusal.name(),
                                    List.of(String.valueOf(upload.name()), mb))))),
                upload.content()));
      } catch (InvalidFields e) {
        problems.addAll(e.problems());
      }
    }
    return inspected;
  }

  /**
   * Records the quality officer's decision on a report: accept or return a submitted one, or reopen
   * an accepted one; a return and a reopening need a comment.
   *
   * @throws ForbiddenException unless the actor is the quality officer of the plan's agency
   * @throws ConflictException when the report is not in a state for the decision, or someone
   *     changed it meanwhile
   * @throws InvalidFields when a comment is needed and missing, or too long
   */
  @Transactional
  public ProgressReport review(
      StaffPrincipal actor,
      long planId,
      long reportId,
      int version,
      Decision decision,
      @Nullable String comment) {
    Plan plan = plans.get(actor, planId);
    if (!canReview(actor, plan)) {
      throw new ForbiddenException("monitoring.error.forbidden");
    }
    ProgressReport report = report(plan, reportId);
    ReviewState from = decision == Decision.REOPEN ? ReviewState.ACCEPTED : ReviewState.SUBMITTED;
    if (!ReportingRules.reviewOpen(plan.status()) || report.reviewState() != from) {
      throw new ConflictException("monitoring.error.review-state");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (decision != Decision.ACCEPT && text == null) {
      throw field("comment", "monitoring.error.comment");
    }
    if (text != null && text.length() > ReportingRules.MAX_TEXT) {
      throw field("comment", "monitoring.error.too-long", ReportingRules.MAX_TEXT);
    }
    ReviewState to = decision == Decision.ACCEPT ? ReviewState.ACCEPTED : ReviewState.RETURNED;
    Instant now = clock.instant();
    if (!store.review(report.id(), version, to, actor.getUsername(), now, text)) {
      throw new ConflictException("monitoring.error.concurrent-change");
    }
    store.append(
        report.id(),
        ProgressEntry.Action.valueOf(decision.name()),
        actor.getUsername(),
        now,
        null,
        text);
    return store.find(report.id()).orElseThrow();
  }

  static DomainException field(String field, String key, Object... args) {
    return new InvalidFields(List.of(new FieldProblem(field, key, List.of(args))));
  }

  private ProgressReport report(Plan plan, long reportId) {
    return store
        .find(reportId)
        .filter(r -> r.planId() == plan.id())
        .orElseThrow(() -> new NotFoundException("monitoring.error.report-not-found"));
  }
}
