// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tw.civicdesk.performance.frameworks.NodeKind;

/**
 * One heading of a plan's tree: a dimension (構面), item (評核項目), indicator (指標), key point (評核重點), or
 * one of the agency's own headings; with the headings below it and the practices (具體作法) under it.
 *
 * @param id stable within the plan, kept across revisions
 * @param frameworkPath the framework node it follows ({@code 01.02}), if it follows one
 * @param points the points it carries in the plan's framework, where the framework gives them
 * @param note the text the document gives under the heading, e.g. a dimension's aim
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanNode(
    String id,
    NodeKind kind,
    String title,
    @Nullable String frameworkPath,
    @Nullable Integer points,
    @Nullable String note,
    List<PlanNode> children,
    List<Practice> practices) {

  public PlanNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    children = children == null ? List.of() : List.copyOf(children);
    practices = practices == null ? List.of() : List.copyOf(practices);
  }

  /** This node and every node below it, depth first in document order. */
  public Stream<PlanNode> selfAndDescendants() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(PlanNode::selfAndDescendants));
  }
}
