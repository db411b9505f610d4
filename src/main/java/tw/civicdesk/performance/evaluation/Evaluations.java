// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkNode;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The evaluation (績效評估) of plans: opening one, reviewers' scores per framework item, finalising it,
 * and its {@link Scorecard} with last year's result beside it.
 *
 * <p>Who scores: a quality officer of the plan's own agency scores as {@link ScoreKind#SELF}; a
 * quality officer of an agency above it (the county reviewing its offices) as {@link
 * ScoreKind#REVIEW}. Either may open the evaluation. A reviewer finalises it — the agency's own
 * quality officer only where no agency is above it — and a final evaluation never changes. Staff
 * who may read the plan ({@link Plans#canRead}) read its evaluation; for anyone else the plan and
 * its evaluation are "not found".
 */
@NamedInterface("api")
@Service
public class Evaluations {

  /** The longest comment a reviewer may give an item. */
  public static final int COMMENT_MAX = 2000;

  private final Plans plans;
  private final EvaluationStore store;
  private final Frameworks frameworks;
  private final Organisation organisation;
  private final Clock clock;

  Evaluations(
      Plans plans,
      EvaluationStore store,
      Frameworks frameworks,
      Organisation organisation,
      Clock clock) {
    this.plans = plans;
    this.store = store;
    this.frameworks = frameworks;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** What a reviewer enters for one item: a score ({@code null} to withdraw theirs), a comment. */
  public record Entry(@Nullable BigDecimal score, @Nullable String comment) {}

  /** The evaluation of plan {@code planId}, if one was opened; "not found" beyond the viewer. */
  @Transactional(readOnly = true)
  public Optional<Evaluation> find(StaffPrincipal viewer, long planId) {
    return store.ofPlan(plans.get(viewer, planId).id());
  }

  /** The kind of score {@code actor} gives on {@code plan}, or empty when they give none. */
  public Optional<ScoreKind> kindFor(StaffPrincipal actor, Plan plan) {
    if (!actor.has(Role.QUALITY_OFFICER)) {
      return Optional.empty();
    }
    AgencyCode agency = new AgencyCode(plan.agencyCode());
    if (actor.agencyCode().equals(agency)) {
      return Optional.of(ScoreKind.SELF);
    }
    return organisation.descendantsOf(actor.agencyCode()).contains(agency)
        ? Optional.of(ScoreKind.REVIEW)
        : Optional.empty();
  }

  /** Whether {@code actor} may finalise the evaluation of {@code plan}. */
  public boolean mayFinalise(StaffPrincipal actor, Plan plan) {
    Optional<ScoreKind> kind = kindFor(actor, plan);
    if (kind.isEmpty()) {
      return false;
    }
    return kind.get() == ScoreKind.REVIEW
        || organisation
            .agency(new AgencyCode(plan.agencyCode()))
            .map(a -> a.parentCode() == null)
            .orElse(true);
  }

  /**
   * Opens the evaluation of plan {@code planId} against its framework or, for a plan with its own
   * headings, against {@code frameworkCode}; the evaluation already open when there is one.
   */
  @Transactional
  public Evaluation open(StaffPrincipal actor, long planId, @Nullable String frameworkCode) {
    Plan plan = plans.get(actor, planId);
    requireScorer(actor, plan);
    Optional<Evaluation> existing = store.ofPlan(planId);
    if (existing.isPresent()) {
      return existing.get();
    }
    if (plan.status() == PlanStatus.DRAFT) {
      throw new ConflictException("evaluation.error.draft");
    }
    String code = plan.frameworkCode() != null ? plan.frameworkCode() : frameworkCode;
    if (code == null || code.isBlank() || frameworks.find(code).isEmpty()) {
      throw new InvalidFields(
          List.of(new FieldProblem("framework", "evaluation.error.framework", List.of())));
    }
    store.insert(planId, code, actor.getUsername(), clock.instant());
    return store.ofPlan(planId).orElseThrow();
  }

  /**
   * Records {@code actor}'s scores of the items named in {@code entries} (by path), of the kind
   * their agency gives. Every entry is checked first — an unknown item, a score outside 0 to the
   * item's maximum or with more than two decimals, a comment that is too long or has no score — and
   * nothing is written unless all pass; the problems are named per field ({@code scores[01.02]},
   * {@code comments[01.02]}).
   */
  @Transactional
  public Scorecard score(StaffPrincipal actor, long planId, Map<String, Entry> entries) {
    Plan plan = plans.get(actor, planId);
    ScoreKind kind = requireScorer(actor, plan);
    Evaluation evaluation =
        store
            .lockOfPlan(planId)
            .orElseThrow(() -> new ConflictException("evaluation.error.not-open"));
    if (evaluation.status() == EvaluationStatus.FINAL) {
      throw new ConflictException("evaluation.error.final");
    }
    Framework framework = frameworks.find(evaluation.frameworkCode()).orElseThrow();
    check(framework, entries);
    Instant now = clock.instant();
    entries.forEach(
        (path, entry) -> {
          if (entry.score() == null) {
            store.remove(evaluation.id(), path, kind, actor.getUsername());
          } else {
            store.put(
                evaluation.id(),
                new Score(
                    path,
                    kind,
                    actor.getUsername(),
                    entry.score(),
                    blankToNull(entry.comment()),
                    now));
          }
        });
    store.touch(evaluation.id());
    return scorecardOf(plan).orElseThrow();
  }

  private static void check(Framework framework, Map<String, Entry> entries) {
    ScoreTotals totals = new ScoreTotals(framework);
    Map<String, FrameworkNode> items = new java.util.HashMap<>();
    ScoreTotals.items(framework).forEach(i -> items.put(i.path(), i));
    List<FieldProblem> problems = new ArrayList<>();
    entries.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> checkEntry(e.getKey(), e.getValue(), items.get(e.getKey()), totals, problems));
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  /**
   * Adds the problems of one entry to {@code problems}: an item the framework lacks, a score
   * outside 0 to the item's maximum or with more than two decimals, a comment without a score or
   * too long.
   */
  private static void checkEntry(
      String path,
      Entry entry,
      @Nullable FrameworkNode item,
      ScoreTotals totals,
      List<FieldProblem> problems) {
    BigDecimal score = entry.score();
    String comment = blankToNull(entry.comment());
    if (item == null) {
      problems.add(new FieldProblem("scores[" + path + "]", "evaluation.error.item", List.of()));
      return;
    }
    BigDecimal max = totals.max(item);
    if (score != null
        && (score.signum() < 0
            || score.compareTo(max) > 0
            || Math.max(score.stripTrailingZeros().scale(), 0) > 2)) {
      problems.add(
          new FieldProblem("scores[" + path + "]", "evaluation.error.score", List.of(max)));
    }
    if (comment != null && (score == null || comment.length() > COMMENT_MAX)) {
      problems.add(
          new FieldProblem(
              "comments[" + path + "]",
              score == null
                  ? "evaluation.error.comment-without-score"
                  : "evaluation.error.comment-too-long",
              List.of(COMMENT_MAX)));
    }
  }

  /** Finalises the evaluation of plan {@code planId}: its scores no longer change. */
  @Transactional
  public Evaluation finalise(StaffPrincipal actor, long planId, int version) {
    Plan plan = plans.get(actor, planId);
    requireScorer(actor, plan);
    if (!mayFinalise(actor, plan)) {
      throw new ForbiddenException("evaluation.error.forbidden");
    }
    Evaluation evaluation =
        store.ofPlan(planId).orElseThrow(() -> new ConflictException("evaluation.error.not-open"));
    if (evaluation.status() == EvaluationStatus.FINAL) {
      throw new ConflictException("evaluation.error.final");
    }
    if (!store.finalise(evaluation.id(), version, actor.getUsername(), clock.instant())) {
      throw new ConflictException("evaluation.error.concurrent-change");
    }
    return store.ofPlan(planId).orElseThrow();
  }

  /** The scorecard of plan {@code planId} if its evaluation was opened; "not found" beyond. */
  @Transactional(readOnly = true)
  public Optional<Scorecard> scorecard(StaffPrincipal viewer, long planId) {
    return scorecardOf(plans.get(viewer, planId));
  }

  /**
   * The scorecard of {@code plan} if its evaluation was opened, for callers that have checked the
   * reader themselves (the year's report, the overview).
   */
  @Transactional(readOnly = true)
  public Optional<Scorecard> scorecardOf(Plan plan) {
    return store.ofPlan(plan.id()).map(e -> scorecard(plan, e));
  }

  private Scorecard scorecard(Plan plan, Evaluation evaluation) {
    Framework framework = frameworks.find(evaluation.frameworkCode()).orElseThrow();
    ScoreTotals totals = new ScoreTotals(framework);
    List<Score> scores = store.scores(evaluation.id());
    Map<String, BigDecimal> self = totals.results(ScoreTotals.itemMeans(scores, ScoreKind.SELF));
    Map<String, BigDecimal> review =
        totals.results(ScoreTotals.itemMeans(scores, ScoreKind.REVIEW));
    Optional<Plan> before = plans.byYear(plan.agencyCode(), plan.year() - 1, PlanKind.PLAN);
    Map<String, BigDecimal> last =
        before
            .flatMap(p -> store.ofPlan(p.id()))
            .filter(
                e ->
                    e.status() == EvaluationStatus.FINAL
                        && e.frameworkCode().equals(evaluation.frameworkCode()))
            .map(e -> finalResults(totals, store.scores(e.id())))
            .orElse(null);
    List<Scorecard.Line> lines = new ArrayList<>();
    for (FrameworkNode dimension : framework.dimensions()) {
      lines.add(line(totals, dimension, false, 0, self, review, last));
      ScoreTotals.items(
              new Framework(
                  framework.code(), framework.name(), framework.source(), null, List.of(dimension)))
          .forEach(i -> lines.add(line(totals, i, true, 1, self, review, last)));
    }
    return new Scorecard(
        evaluation,
        framework,
        totals.pointsBased(),
        totals.scale(),
        last == null ? null : plan.year() - 1,
        lines,
        new Scorecard.Result(self.get(""), review.get(""), last == null ? null : last.get("")),
        scores);
  }

  /**
   * The overall result of the final evaluation of {@code agency}'s plan of {@code year} — the
   * review's, or the self-assessment's where there was no review — if there is one.
   */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> finalTotal(String agency, int year) {
    return plans
        .byYear(agency, year, PlanKind.PLAN)
        .flatMap(p -> store.ofPlan(p.id()))
        .filter(e -> e.status() == EvaluationStatus.FINAL)
        .flatMap(
            e ->
                frameworks
                    .find(e.frameworkCode())
                    .map(f -> finalResults(new ScoreTotals(f), store.scores(e.id())).get("")));
  }

  /** Last year's result: the review, or the self-assessment where there was no review. */
  private static Map<String, BigDecimal> finalResults(ScoreTotals totals, List<Score> scores) {
    boolean reviewed = scores.stream().anyMatch(s -> s.kind() == ScoreKind.REVIEW);
    return totals.results(
        ScoreTotals.itemMeans(scores, reviewed ? ScoreKind.REVIEW : ScoreKind.SELF));
  }

  private static Scorecard.Line line(
      ScoreTotals totals,
      FrameworkNode node,
      boolean item,
      int depth,
      Map<String, BigDecimal> self,
      Map<String, BigDecimal> review,
      @Nullable Map<String, BigDecimal> last) {
    return new Scorecard.Line(
        node,
        item,
        depth,
        totals.max(node),
        new Scorecard.Result(
            self.get(node.path()),
            review.get(node.path()),
            last == null ? null : last.get(node.path())));
  }

  private ScoreKind requireScorer(StaffPrincipal actor, Plan plan) {
    return kindFor(actor, plan)
        .orElseThrow(() -> new ForbiddenException("evaluation.error.forbidden"));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
