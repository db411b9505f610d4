// SPDX-License-Identifier: EUPL-1.2
/**
 * Service-quality performance (服務品質績效, C13), in six rooms, each a nested application module with
 * its own pages ({@code web}) and templates ({@code templates/<room>/}):
 *
 * <ul>
 *   <li>{@code frameworks} — scoring frameworks as data (評獎架構: the older 政府服務品質獎 for front-line
 *       agencies, 1,000 points, and the 政府服務獎 整體服務類) and their editing;
 *   <li>{@code plans} — each agency's annual plan (服務品質計畫) and the county's templates, with
 *       lifecycle, revisions and the public plan;
 *   <li>{@code monitoring} — 管制考核: the units' progress reports, review, chasing, spot checks;
 *   <li>{@code indicators} — 績效指標 computed by providers other modules register, or entered by hand;
 *   <li>{@code evaluation} — 績效評估: self-assessment and review scores with totals and scorecards,
 *       and the overview of the agencies below (績效總覽);
 *   <li>{@code reports} — the year's report (績效報告) as ODT, ODS and PDF.
 * </ul>
 *
 * <p>The rooms depend on each other in that order and never back, each only on the others'
 * published types (their named interface {@code api}, listed in each room's {@code package-info});
 * {@code ModularityTests} fails on anything else, and on a cycle.
 *
 * <p>This package is the module's door for the rest of CivicDesk, and holds nothing else: the port
 * other modules implement to compute an indicator from their work ({@link
 * tw.civicdesk.performance.IndicatorProvider}, ADR 0023; with the sample behind a surveyed value,
 * ADR 0047) and its helpers ({@link tw.civicdesk.performance.ComputedIndicator}, a provider made of
 * a description and a function; {@link tw.civicdesk.performance.Percent}), the plans as the public
 * site and the console home read them ({@link tw.civicdesk.performance.PlanSummaries}, {@link
 * tw.civicdesk.performance.PlanSummary}) and who may see the overview ({@link
 * tw.civicdesk.performance.OverviewAccess}). The rooms answer them; this package depends on no
 * room.
 *
 * <p>Guarantees: plans hold no personal data; the public reads only published plans; anything
 * outside a staff member's reach is "not found"; an approved plan changes only by a revision that
 * keeps its reason and the text before; every progress report and review is kept (ADR 0020).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance 服務品質績效",
    allowedDependencies = {"organisation"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance;
