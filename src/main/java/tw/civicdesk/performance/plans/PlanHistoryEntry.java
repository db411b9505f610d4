// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a plan's history: a lifecycle step or a revision.
 *
 * @param revision the plan's revision number after this entry
 * @param reason why (required for a revision)
 * @param contentBefore for a revision, the content it replaced
 */
public record PlanHistoryEntry(
    int seq,
    PlanAction action,
    int revision,
    @Nullable String reason,
    String actor,
    Instant at,
    @Nullable PlanContent contentBefore) {}
