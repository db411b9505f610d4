// SPDX-License-Identifier: EUPL-1.2
/**
 * Evaluation (績效評估), a room of performance: each plan's self-assessment (自評) and the supervising
 * agency's review (複評), scored item by item against the plan's framework, with totals that scale
 * the framework's points ({@code ScoreTotals}) and last year's result beside them in a {@link
 * tw.civicdesk.performance.evaluation.Scorecard}; and the overview (績效總覽, {@code
 * /console/performance/overview}) that puts a supervising agency's agencies side by side for a
 * year: plan and status, progress of the latest period, self-assessment, review and last year's
 * total. Pages under {@code /console/plans/{id}/evaluation} and the overview are in {@code web}.
 *
 * <p>Guarantees: the agency's own quality officer scores as self, a quality officer of an agency
 * above it as reviewer; a final evaluation never changes; whoever may read the plan reads its
 * evaluation, and for anyone else both are "not found"; the overview shows aggregates only, to
 * quality officers of an agency with agencies below it.
 *
 * <p>Published to the other rooms (named interface {@code api}): {@link
 * tw.civicdesk.performance.evaluation.Evaluations} (reading an evaluation and its scorecard), with
 * {@link tw.civicdesk.performance.evaluation.Scorecard}, {@link
 * tw.civicdesk.performance.evaluation.Evaluation} and {@link
 * tw.civicdesk.performance.evaluation.EvaluationStatus}. To other modules it answers the module's
 * {@link tw.civicdesk.performance.OverviewAccess}. Scoring, totals and the overview's rows are the
 * room's own; the overview's computed indicators side by side ({@link
 * tw.civicdesk.performance.evaluation.OverviewIndicators}) read the indicators room.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: evaluation 績效評估",
    allowedDependencies = {
      "organisation",
      "performance",
      "performance.frameworks :: api",
      "performance.plans :: api",
      "performance.monitoring :: api",
      "performance.indicators :: api"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.evaluation;
