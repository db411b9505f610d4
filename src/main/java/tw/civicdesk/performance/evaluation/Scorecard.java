// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkNode;
import tw.civicdesk.performance.frameworks.NodeKind;

/**
 * An evaluation's results, node by node of its framework: each dimension and item with its maximum,
 * the self-assessment and review results and last year's final result beside them; and the overall
 * result. See {@link ScoreTotals} for how they are computed (ADR 0021).
 *
 * @param pointsBased whether the framework gives points (results are points out of {@code scale});
 *     otherwise results are weighted means on 0–100
 * @param scale the overall maximum: the framework's total points, or 100
 * @param lastYear last year's final evaluation of the same agency and framework, if there is one
 * @param lines the dimensions and items, in the order of the framework
 * @param scores every score, by item path in order
 */
@NamedInterface("api")
public record Scorecard(
    Evaluation evaluation,
    Framework framework,
    boolean pointsBased,
    BigDecimal scale,
    @Nullable Integer lastYear,
    List<Line> lines,
    Result overall,
    List<Score> scores) {

  public Scorecard {
    lines = List.copyOf(lines);
    scores = List.copyOf(scores);
  }

  /** The self-assessment, review and last year's result of a node or of the whole. */
  public record Result(
      @Nullable BigDecimal self, @Nullable BigDecimal review, @Nullable BigDecimal lastYear) {}

  /**
   * One dimension or item.
   *
   * @param item whether reviewers score it (an {@link NodeKind#ITEM}); else a dimension's total
   * @param depth 0 for a dimension, 1 for an item below it
   * @param max its points, or 100 where the framework gives none
   */
  public record Line(FrameworkNode node, boolean item, int depth, BigDecimal max, Result result) {}

  /** The scores of item {@code path} of {@code kind}, by reviewer. */
  public List<Score> scoresOf(String path, ScoreKind kind) {
    return scores.stream().filter(s -> s.path().equals(path) && s.kind() == kind).toList();
  }

  /** {@code reviewer}'s score of item {@code path} of {@code kind}, if they gave one. */
  public Optional<Score> scoreBy(String reviewer, String path, ScoreKind kind) {
    return scoresOf(path, kind).stream().filter(s -> s.reviewer().equals(reviewer)).findFirst();
  }

  /** Whether every item has a result of {@code kind}. */
  public boolean complete(ScoreKind kind) {
    return lines.stream()
        .filter(Line::item)
        .allMatch(l -> (kind == ScoreKind.SELF ? l.result().self() : l.result().review()) != null);
  }
}
