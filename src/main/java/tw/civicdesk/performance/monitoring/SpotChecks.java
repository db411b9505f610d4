// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Spot checks (平時查核) of a plan's execution and their follow-up until closed. The agency's quality
 * officer records a check with its findings and, when follow-up is required, at least one action
 * with its responsible unit and due date; a unit head or case officer of that unit (or the quality
 * officer) records each action's note when it is done; the check closes when the last action is
 * done, and at once when none was required. Whoever may read the plan reads its checks; nothing is
 * changed from a supervising agency.
 */
@Service
public class SpotChecks {

  /** Most follow-up actions a check is recorded with. */
  public static final int MAX_ACTIONS = 20;

  static final int MAX_CHECKER = 100;
  static final int MAX_ACTION_TEXT = 1000;

  private final Plans plans;
  private final SpotCheckStore store;
  private final ProgressReports reports;
  private final Clock clock;

  SpotChecks(Plans plans, SpotCheckStore store, ProgressReports reports, Clock clock) {
    this.plans = plans;
    this.store = store;
    this.reports = reports;
    this.clock = clock;
  }

  /** A follow-up action as typed; a row left wholly blank is ignored. */
  public record ActionInput(
      @Nullable String text, @Nullable String unitCode, @Nullable String dueOn) {

    boolean blank() {
      return isBlank(text) && isBlank(unitCode) && isBlank(dueOn);
    }
  }

  /** A check as typed on the form. */
  public record NewCheck(
      @Nullable String checkedOn,
      @Nullable String checker,
      @Nullable String findings,
      @Nullable String practiceId,
      @Nullable String unitCode,
      boolean followUpRequired,
      List<ActionInput> actions) {

    public NewCheck {
      actions = List.copyOf(actions);
    }
  }

  /** The checks of plan {@code planId}, newest first. */
  @Transactional(readOnly = true)
  public List<SpotCheck> checks(StaffPrincipal viewer, long planId) {
    return store.ofPlan(plans.get(viewer, planId).id());
  }

  /** Check {@code checkId} of plan {@code planId}, if {@code viewer} may read the plan. */
  @Transactional(readOnly = true)
  public SpotCheck check(StaffPrincipal viewer, long planId, long checkId) {
    Plan plan = plans.get(viewer, planId);
    return store
        .find(checkId)
        .filter(c -> c.planId() == plan.id())
        .orElseThrow(() -> new NotFoundException("monitoring.error.check-not-found"));
  }

  /** Whether {@code actor} records checks on {@code plan}: its agency's quality officer. */
  public boolean canRecord(StaffPrincipal actor, Plan plan) {
    return actor.has(Role.QUALITY_OFFICER) && actor.agencyCode().value().equals(plan.agencyCode());
  }

  /** Whether {@code actor} may record that follow-up {@code f} is done. */
  public boolean canFollowUp(StaffPrincipal actor, Plan plan, SpotCheck.FollowUp f) {
    return !f.done()
        && (canRecord(actor, plan)
            || ReportingRules.onBehalf(
                    actor, plan.agencyCode(), reports.ownUnit(actor).orElse(null), f.unitCode())
                .filter(behalf -> !behalf)
                .isPresent());
  }

  /**
   * Records a spot check.
   *
   * @throws ForbiddenException unless the actor is the quality officer of the plan's agency
   * @throws ConflictException while the plan is a draft
   * @throws InvalidFields for every field that is wrong, all at once
   */
  @Transactional
  public SpotCheck record(StaffPrincipal actor, long planId, NewCheck input) {
    Plan plan = plans.get(actor, planId);
    requireRecordable(actor, plan);
    Set<String> units =
        reports.units(plan.agencyCode()).stream().map(Unit::code).collect(Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate checkedOn = checkedOn(input, problems);
    String checker = text("checker", input.checker(), MAX_CHECKER, problems);
    String findings = text("findings", input.findings(), ReportingRules.MAX_TEXT, problems);
    String practice = practice(plan, input, problems);
    String unit = unit(input, units, problems);
    List<SpotCheck.FollowUp> followUps = followUps(input, units, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    Instant now = clock.instant();
    boolean open = input.followUpRequired();
    long id =
        store.insert(
            new SpotCheck(
                0,
                plan.id(),
                practice,
                unit,
                Objects.requireNonNull(checkedOn),
                checker,
                findings,
                open,
                open ? SpotCheck.State.OPEN : SpotCheck.State.CLOSED,
                actor.getUsername(),
                now,
                open ? null : now,
                0,
                followUps));
    return store.find(id).orElseThrow();
  }

  /** Only a quality officer of the plan's agency records checks, once the plan is out of draft. */
  private void requireRecordable(StaffPrincipal actor, Plan plan) {
    if (!canRecord(actor, plan)) {
      throw new ForbiddenException("monitoring.error.forbidden");
    }
    if (!ReportingRules.reviewOpen(plan.status())) {
      throw new ConflictException("monitoring.error.check-draft");
    }
  }

  /** The day of the check, which must be a date and not in the future. */
  private @Nullable LocalDate checkedOn(NewCheck input, List<FieldProblem> problems) {
    LocalDate checkedOn = date("checkedOn", input.checkedOn(), problems);
    if (checkedOn != null && checkedOn.isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("checkedOn", "monitoring.error.future", List.of()));
    }
    return checkedOn;
  }

  /** The practice checked, if one is named: it must be the plan's. */
  private static @Nullable String practice(Plan plan, NewCheck input, List<FieldProblem> problems) {
    String practice = isBlank(input.practiceId()) ? null : input.practiceId();
    if (practice != null && plan.content().practice(practice).isEmpty()) {
      problems.add(new FieldProblem("practiceId", "monitoring.error.practice", List.of()));
    }
    return practice;
  }

  /** The unit checked, if one is named: it must be one of the agency's {@code units}. */
  private static @Nullable String unit(
      NewCheck input, Set<String> units, List<FieldProblem> problems) {
    String unit = isBlank(input.unitCode()) ? null : input.unitCode();
    if (unit != null && !units.contains(unit)) {
      problems.add(new FieldProblem("unitCode", "monitoring.error.unit", List.of()));
    }
    return unit;
  }

  private List<SpotCheck.FollowUp> followUps(
      NewCheck input, Set<String> units, List<FieldProblem> problems) {
    List<SpotCheck.FollowUp> followUps = new ArrayList<>();
    for (int i = 0; i < input.actions().size(); i++) {
      ActionInput a = input.actions().get(i);
      if (a.blank()) {
        continue;
      }
      String prefix = "actions[" + i + "].";
      String text = text(prefix + "text", a.text(), MAX_ACTION_TEXT, problems);
      if (isBlank(a.unitCode()) || !units.contains(a.unitCode())) {
        problems.add(new FieldProblem(prefix + "unitCode", "monitoring.error.unit", List.of()));
      }
      LocalDate due = date(prefix + "dueOn", a.dueOn(), problems);
      if (problems.isEmpty()) {
        followUps.add(
            new SpotCheck.FollowUp(
                followUps.size() + 1,
                text,
                String.valueOf(a.unitCode()),
                Objects.requireNonNull(due),
                false,
                null,
                null,
                null));
      }
    }
    if (input.followUpRequired() && input.actions().stream().allMatch(ActionInput::blank)) {
      problems.add(new FieldProblem("actions", "monitoring.error.actions-required", List.of()));
    } else if (!input.followUpRequired()
        && !input.actions().stream().allMatch(ActionInput::blank)) {
      problems.add(new FieldProblem("actions", "monitoring.error.actions-unwanted", List.of()));
    } else if (input.actions().size() > MAX_ACTIONS) {
      problems.add(
          new FieldProblem("actions", "monitoring.error.too-many-actions", List.of(MAX_ACTIONS)));
    }
    return followUps;
  }

  /**
   * Records that follow-up {@code seq} of a check is done, with its note; closes the check when it
   * was the last open one.
   *
   * @throws ForbiddenException unless the actor is staff of the action's unit or the quality
   *     officer of the plan's agency
   * @throws ConflictException when the action is done already or someone changed the check
   * @throws InvalidFields when the note is missing or too long
   */
  @Transactional
  public SpotCheck followUpDone(
      StaffPrincipal actor,
      long planId,
      long checkId,
      int seq,
      int version,
      @Nullable String note) {
    Plan plan = plans.get(actor, planId);
    SpotCheck check = check(actor, planId, checkId);
    SpotCheck.FollowUp followUp =
        check.followUps().stream()
            .filter(f -> f.seq() == seq)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("monitoring.error.check-not-found"));
    if (!followUp.done() && !canFollowUp(actor, plan, followUp)) {
      throw new ForbiddenException("monitoring.error.forbidden");
    }
    if (followUp.done()) {
      throw new ConflictException("monitoring.error.follow-up-done");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String text = text("note", note, ReportingRules.MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    Instant now = clock.instant();
    boolean last = check.followUps().stream().filter(f -> !f.done()).count() == 1;
    if (!store.touch(check.id(), version, last, now)
        || !store.done(check.id(), seq, text, actor.getUsername(), now)) {
      throw new ConflictException("monitoring.error.concurrent-change");
    }
    return store.find(check.id()).orElseThrow();
  }

  private static @Nullable LocalDate date(
      String field, @Nullable String raw, List<FieldProblem> problems) {
    if (isBlank(raw)) {
      problems.add(new FieldProblem(field, "monitoring.error.date", List.of()));
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "monitoring.error.date", List.of()));
      return null;
    }
  }

  private static String text(
      String field, @Nullable String raw, int max, List<FieldProblem> problems) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem(field, "monitoring.error.required", List.of()));
    } else if (text.length() > max) {
      problems.add(new FieldProblem(field, "monitoring.error.too-long", List.of(max)));
    }
    return text;
  }

  static boolean isBlank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
