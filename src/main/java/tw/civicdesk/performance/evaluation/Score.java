// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reviewer's score of one framework item.
 *
 * @param path the item's path in the framework, e.g. {@code 01.02}
 * @param reviewer the staff member's username
 * @param score between 0 and the item's points (0 to 100 where the framework gives none)
 */
public record Score(
    String path,
    ScoreKind kind,
    String reviewer,
    BigDecimal score,
    @Nullable String comment,
    Instant scoredAt) {}
