// SPDX-License-Identifier: EUPL-1.2
/**
 * Service-quality performance (服務品質績效, C13): scoring frameworks as data — the older 政府服務品質獎
 * for front-line agencies (1,000 points) and the 政府服務獎 (整體服務類) structure — so far; annual
 * plans, monitoring and evaluation come with issue 7.
 *
 * <p>Guarantees: a framework is a tree of {@link tw.civicdesk.performance.NodeKind kinds} in the
 * order of its document; {@link tw.civicdesk.performance.Framework#inconsistencies()} names every
 * node whose points differ from the sum of its children's, so a framework an administrator edits
 * can be checked before it is used for scoring.
 *
 * <p>Monitoring (管制考核, ADR 0020): units report progress (執行情形) on their practices each
 * period ({@link tw.civicdesk.performance.ProgressReports}), the quality officer accepts or returns
 * each report, missing reports are listed and chased with console notices once per practice,
 * unit and period ({@link tw.civicdesk.performance.ProgressChasing}, daily task {@code
 * plan-progress-chase}), and spot checks (平時查核) are followed up until closed ({@link
 * tw.civicdesk.performance.SpotChecks}). Every submission and review is kept; an accepted report
 * is final until reopened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance 服務品質績效",
    allowedDependencies = {"notification", "organisation"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance;
