// SPDX-License-Identifier: EUPL-1.2
/**
 * Scoring frameworks (評獎架構), a room of performance: the structure an award scores against, kept as
 * data — the older 政府服務品質獎 for front-line agencies (1,000 points) and the 政府服務獎 整體服務類 — as a tree
 * of dimensions (構面), items (評核項目), indicators (指標) and key points (評核重點), with points or weights.
 * System administrators edit them at {@code /console/frameworks} ({@code web}); plans follow them
 * and evaluations score against them.
 *
 * <p>Guarantees: a framework is a tree of {@link tw.civicdesk.performance.frameworks.NodeKind
 * kinds} in the order of its document; {@link
 * tw.civicdesk.performance.frameworks.Framework#inconsistencies()} names every node whose points do
 * not add up; every edit names the version it was read at, and only a system administrator edits.
 *
 * <p>Published to the other rooms (named interface {@code api}): {@link
 * tw.civicdesk.performance.frameworks.Frameworks} (reading them), {@link
 * tw.civicdesk.performance.frameworks.Framework}, {@link
 * tw.civicdesk.performance.frameworks.FrameworkNode} and {@link
 * tw.civicdesk.performance.frameworks.NodeKind}. Editing ({@code FrameworkEditing}) is the room's
 * own.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: frameworks 評獎架構",
    allowedDependencies = {"organisation"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.frameworks;
