// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a plan says, in the agency's own words: the letters it follows (計畫依據), its goals (計畫目標), its
 * scope (實施對象), the names of its tree's levels, the tree itself and the further sections the
 * document has (管制考核, 績效評估, 獎懲 …). Stored as one JSON document.
 *
 * @param levels what the document calls each level of its tree, from the top, e.g. {@code [構面, 指標,
 *     重點]} or 鳳山's {@code [實施要項, 執行策略]}; practices are below the last
 * @param nodes the top-level nodes, in the order of the document
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanContent(
    List<BasisLetter> basis,
    List<String> goals,
    List<String> scope,
    List<String> levels,
    List<PlanNode> nodes,
    List<Section> sections) {

  public PlanContent {
    basis = basis == null ? List.of() : List.copyOf(basis);
    goals = goals == null ? List.of() : List.copyOf(goals);
    scope = scope == null ? List.of() : List.copyOf(scope);
    levels = levels == null ? List.of() : List.copyOf(levels);
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /** An empty plan: nothing said yet. */
  public static PlanContent empty() {
    return new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A letter the plan follows (依據), e.g. 行政院96年7月23日院授研展字第09600152471號函頒「政府服務創新精進方案」.
   *
   * @param text the whole reference as the document gives it
   * @param issuer who issued it, e.g. 行政院
   * @param date its date, when the document gives one
   * @param number its number (文號), e.g. 院授研展字第09600152471號
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BasisLetter(
      String text, @Nullable String issuer, @Nullable LocalDate date, @Nullable String number) {}

  /** A further section of the document, e.g. 管制考核 with its text. */
  public record Section(String heading, String text) {}

  /** Every node, depth first in document order. */
  public Stream<PlanNode> allNodes() {
    return nodes.stream().flatMap(PlanNode::selfAndDescendants);
  }

  /** Every practice, in document order. */
  public List<Practice> practices() {
    List<Practice> all = new ArrayList<>();
    allNodes().forEach(n -> all.addAll(n.practices()));
    return all;
  }

  /** The practice {@code id}, if the plan has one. */
  public Optional<Practice> practice(String id) {
    return practices().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
