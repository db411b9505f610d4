// SPDX-License-Identifier: EUPL-1.2
/**
 * Service-quality plans (服務品質計畫), a room of performance: each agency's annual plan and the
 * templates a county issues for its agencies (範本), as a tree of headings that follows a scoring
 * framework or the agency's own, with practices (執行策略／具體作法), their deadlines, units, outcomes and
 * indicator targets. A plan is drafted by the agency's quality officer (研考), approved by the head
 * (核定), published on the public site (主動公開), executed and closed with the year's report ({@link
 * tw.civicdesk.performance.plans.PlanStatus}); after approval it changes only by a revision (修正).
 * Pages under {@code /console/plans}, the public page {@code /agencies/{code}/plan} and {@code GET
 * /api/v1/plans} are in {@code web}; the demo profile loads the five seed plans (ADR 0019) and each
 * demo agency's plan of this year derived from its seed plan (ADR 0058).
 *
 * <p>Guarantees: a plan moves only along {@link
 * tw.civicdesk.performance.plans.PlanStatus#TRANSITIONS}; an approved plan changes only by a
 * revision that keeps its reason and the text before; every step and revision is in its history;
 * plans hold no personal data; the public reads only published ones, and anything outside a staff
 * member's reach is "not found".
 *
 * <p>Published to the other rooms (named interface {@code api}): {@link
 * tw.civicdesk.performance.plans.Plans} (reading plans; what reads whatever the state says so), the
 * plan's values {@link tw.civicdesk.performance.plans.Plan}, {@link
 * tw.civicdesk.performance.plans.PlanStatus}, {@link tw.civicdesk.performance.plans.PlanKind},
 * {@link tw.civicdesk.performance.plans.PlanContent}, {@link
 * tw.civicdesk.performance.plans.PlanNode}, {@link tw.civicdesk.performance.plans.Practice} and
 * {@link tw.civicdesk.performance.plans.Deadline}, the names of a practice's units ({@link
 * tw.civicdesk.performance.plans.UnitNames}), and {@link
 * tw.civicdesk.performance.plans.PlanPageSection}, through which a room adds a part to a plan's
 * page (console and public) without the plans depending on it, and {@link
 * tw.civicdesk.performance.plans.IndicatorActuals}, through which the indicators room gives the API
 * each indicator's provider, actual and whether it is met (ADR 0059). Editing, revisions,
 * validation, the store and the demo loader are the room's own.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: plans 服務品質計畫",
    allowedDependencies = {
      "organisation",
      "performance",
      "performance.frameworks :: api",
      "search"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.plans;
