// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One node of a scoring framework.
 *
 * @param path its position from the root, two digits per level ({@code 01.02})
 * @param points the points the source gives it, {@code null} where it gives none
 * @param weight a weight an administrator set where the source gives no points, or {@code null}
 * @param children its children, in the order of the document
 */
@NamedInterface("api")
public record FrameworkNode(
    String path,
    NodeKind kind,
    BilingualText title,
    @Nullable Integer points,
    @Nullable BigDecimal weight,
    List<FrameworkNode> children) {

  public FrameworkNode {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    children = List.copyOf(children);
  }

  /** The sum of the children's points, or {@code null} unless every child has points. */
  public @Nullable Integer childrenPoints() {
    if (children.isEmpty() || children.stream().anyMatch(c -> c.points() == null)) {
      return null;
    }
    return children.stream().mapToInt(c -> Objects.requireNonNull(c.points())).sum();
  }
}
