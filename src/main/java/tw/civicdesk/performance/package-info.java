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
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance 服務品質績效",
    allowedDependencies = {"organisation"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance;
