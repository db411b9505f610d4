// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkNode;
import tw.civicdesk.performance.frameworks.NodeKind;

/**
 * How an evaluation's results are computed from its scores (ADR 0021):
 *
 * <ul>
 *   <li>an item's result of a kind is the mean of the reviewers' scores of that kind, to two
 *       decimals (half up); no score, no result;
 *   <li>with points (every dimension has points): a dimension's result is the sum of its items'
 *       results, the overall result the sum of the dimensions'; items without a result add nothing,
 *       so a partial total shows as partial;
 *   <li>without points: items are scored 0–100; a dimension's result is the weighted mean of its
 *       items' results and the overall result the weighted mean of the dimensions', to two
 *       decimals. Siblings weigh by the administrator's {@code weight} when every one of them has
 *       one, equally otherwise; children without a result are left out and the weights of the rest
 *       rescaled.
 * </ul>
 */
final class ScoreTotals {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Framework framework;
  private final boolean pointsBased;

  ScoreTotals(Framework framework) {
    this.framework = framework;
    this.pointsBased = framework.computedTotal() != null;
  }

  boolean pointsBased() {
    return pointsBased;
  }

  /** The overall maximum: the framework's total points, or 100. */
  BigDecimal scale() {
    Integer total =
        framework.totalPoints() != null ? framework.totalPoints() : framework.computedTotal();
    return pointsBased && total != null ? BigDecimal.valueOf(total) : HUNDRED;
  }

  /** The highest score an item (or a dimension's total) may have. */
  BigDecimal max(FrameworkNode node) {
    return pointsBased && node.points() != null ? BigDecimal.valueOf(node.points()) : HUNDRED;
  }

  /** Every node reviewers score, in framework order. */
  static List<FrameworkNode> items(Framework framework) {
    List<FrameworkNode> items = new ArrayList<>();
    framework.dimensions().forEach(d -> collectItems(d, items));
    return items;
  }

  private static void collectItems(FrameworkNode node, List<FrameworkNode> items) {
    if (node.kind() == NodeKind.ITEM) {
      items.add(node);
      return;
    }
    node.children().forEach(c -> collectItems(c, items));
  }

  /** Each item's mean score of {@code kind}, by path. */
  static Map<String, BigDecimal> itemMeans(List<Score> scores, ScoreKind kind) {
    return scores.stream()
        .filter(s -> s.kind() == kind)
        .collect(
            Collectors.groupingBy(
                Score::path, Collectors.collectingAndThen(Collectors.toList(), ScoreTotals::mean)));
  }

  private static BigDecimal mean(List<Score> scores) {
    BigDecimal sum = scores.stream().map(Score::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
  }

  /**
   * The result of every dimension and item, by path, and of the whole under key {@code ""}, given
   * the items' results; a node without any result is absent.
   */
  Map<String, BigDecimal> results(Map<String, BigDecimal> itemResults) {
    Map<String, BigDecimal> out = new HashMap<>();
    BigDecimal overall = combine(framework.dimensions(), n -> result(n, itemResults, out));
    if (overall != null) {
      out.put("", overall);
    }
    return out;
  }

  private @Nullable BigDecimal result(
      FrameworkNode node, Map<String, BigDecimal> itemResults, Map<String, BigDecimal> out) {
    BigDecimal value =
        node.kind() == NodeKind.ITEM
            ? itemResults.get(node.path())
            : combine(
                node.children().stream().filter(ScoreTotals::scored).toList(),
                c -> result(c, itemResults, out));
    if (value != null) {
      out.put(node.path(), value);
    }
    return value;
  }

  private static boolean scored(FrameworkNode node) {
    return node.kind() == NodeKind.ITEM || node.kind() == NodeKind.DIMENSION;
  }

  private @Nullable BigDecimal combine(
      List<FrameworkNode> siblings, Function<FrameworkNode, @Nullable BigDecimal> resultOf) {
    boolean weighted = !siblings.isEmpty() && siblings.stream().allMatch(s -> s.weight() != null);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    boolean any = false;
    for (FrameworkNode sibling : siblings) {
      BigDecimal value = resultOf.apply(sibling);
      if (value == null) {
        continue;
      }
      any = true;
      BigDecimal weight =
          pointsBased || !weighted ? BigDecimal.ONE : Objects.requireNonNull(sibling.weight());
      sum = sum.add(pointsBased ? value : value.multiply(weight));
      weights = weights.add(weight);
    }
    if (!any) {
      return null;
    }
    if (pointsBased) {
      return sum;
    }
    return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
  }
}
