// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A scoring framework (評獎架構): its dimensions and, below them, items, indicators and key points.
 *
 * @param code e.g. {@code SQA-FRONTLINE}
 * @param source the documents it follows
 * @param totalPoints the total the source states (e.g. 1,000), or {@code null} where it states none
 * @param dimensions the top-level nodes, in the order of the document
 */
@NamedInterface("api")
public record Framework(
    String code,
    BilingualText name,
    String source,
    @Nullable Integer totalPoints,
    List<FrameworkNode> dimensions) {

  public Framework {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    dimensions = List.copyOf(dimensions);
  }

  /** The sum of the dimensions' points, or {@code null} unless every dimension has points. */
  public @Nullable Integer computedTotal() {
    return new FrameworkNode("00", NodeKind.DIMENSION, name, null, null, dimensions)
        .childrenPoints();
  }

  /**
   * Where the points do not add up: the path of every node whose points differ from the sum of its
   * children's (when they all have points), and {@code "total"} when the stated total differs from
   * the dimensions' sum. Empty for a consistent framework.
   */
  public List<String> inconsistencies() {
    List<String> found = new ArrayList<>();
    Integer computed = computedTotal();
    if (totalPoints != null && !totalPoints.equals(computed)) {
      found.add("total");
    }
    dimensions.forEach(d -> collect(d, found));
    return found;
  }

  private static void collect(FrameworkNode node, List<String> found) {
    Integer sum = node.childrenPoints();
    if (node.points() != null && sum != null && !node.points().equals(sum)) {
      found.add(node.path());
    }
    node.children().forEach(c -> collect(c, found));
  }
}
