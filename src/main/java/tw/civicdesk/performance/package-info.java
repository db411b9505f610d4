// SPDX-License-Identifier: EUPL-1.2
/**
 * Service-quality performance (服務品質績效, C13): scoring frameworks as data (the older 政府服務品質獎
 * for front-line agencies, 1,000 points, and the 政府服務獎 整體服務類 structure); each agency's
 * annual plan ({@link tw.civicdesk.performance.plans.Plans}) with its lifecycle, revisions and county
 * templates; monitoring (the units' progress reports, review, chasing, spot checks); indicators
 * computed by providers other modules register ({@link
 * tw.civicdesk.performance.IndicatorProvider}) or entered by hand; evaluation scores with totals;
 * and the year's performance report as ODT, ODS and PDF.
 *
 * <p>Guarantees: a framework is a tree of {@link tw.civicdesk.performance.frameworks.NodeKind kinds} in the
 * order of its document and {@link tw.civicdesk.performance.frameworks.Framework#inconsistencies()} names
 * every node whose points do not add up; an approved plan changes only by a revision that keeps
 * its reason and the text before; plans hold no personal data, the public reads only published
 * ones, and anything outside a staff member's reach is "not found".
 *
 * <p>Monitoring (管制考核, ADR 0020): units report progress (執行情形) on their practices each
 * period ({@link tw.civicdesk.performance.monitoring.ProgressReports}), the quality officer accepts or returns
 * each report, missing reports are listed and chased with console notices once per practice,
 * unit and period ({@link tw.civicdesk.performance.monitoring.ProgressChasing}, daily task {@code
 * plan-progress-chase}), and spot checks (平時查核) are followed up until closed ({@link
 * tw.civicdesk.performance.monitoring.SpotChecks}). Every submission and review is kept; an accepted report
 * is final until reopened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance 服務品質績效",
    allowedDependencies = {"notification", "organisation", "performance.frameworks :: api",
        "performance.plans :: api", "performance.monitoring :: api"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance;
