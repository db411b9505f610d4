// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The evaluation (績效評估) of one plan against one scoring framework.
 *
 * @param frameworkCode the plan's framework, or the one chosen when a plan with its own headings
 *     was opened for evaluation
 * @param version optimistic lock, raised by every score and by finalising
 */
@NamedInterface("api")
public record Evaluation(
    long id,
    long planId,
    String frameworkCode,
    EvaluationStatus status,
    String openedBy,
    Instant openedAt,
    @Nullable String finalisedBy,
    @Nullable Instant finalisedAt,
    int version) {}
