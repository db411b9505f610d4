// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The rules a plan's title and content must keep, checked before anything is stored, and the ids a
 * new node or practice gets. Field names are paths into the content ({@code title}, {@code
 * nodes[0].children[1].title}, {@code nodes[0].practices[2].units}), as a form or request body
 * names them.
 */
final class PlanValidation {

  static final int MAX_TEXT = 4000;
  static final int MAX_TITLE = 300;

  private PlanValidation() {}

  /**
   * Checks {@code title} and {@code content} for an agency whose unit codes are {@code units};
   * throws {@link InvalidFields} naming every problem.
   */
  static void check(String title, PlanContent content, Set<String> units) {
    List<FieldProblem> problems = new ArrayList<>();
    if (title.isBlank() || title.length() > MAX_TITLE) {
      problems.add(new FieldProblem("title", "performance.plan.error.title", List.of(MAX_TITLE)));
    }
    for (int i = 0; i < content.basis().size(); i++) {
      if (content.basis().get(i).text().isBlank()) {
        problems.add(
            new FieldProblem("basis[" + i + "].text", "performance.plan.error.blank", List.of()));
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < content.nodes().size(); i++) {
      node(content.nodes().get(i), "nodes[" + i + "]", units, ids, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private static void node(
      PlanNode node, String at, Set<String> units, Set<String> ids, List<FieldProblem> problems) {
    text(node.title(), at + ".title", MAX_TITLE, problems);
    unique(node.id(), at + ".id", ids, problems);
    for (int i = 0; i < node.children().size(); i++) {
      node(node.children().get(i), at + ".children[" + i + "]", units, ids, problems);
    }
    for (int i = 0; i < node.practices().size(); i++) {
      Practice p = node.practices().get(i);
      String here = at + ".practices[" + i + "]";
      text(p.text(), here + ".text", MAX_TEXT, problems);
      unique(p.id(), here + ".id", ids, problems);
      if (p.units().isEmpty()
          || !p.units().stream().allMatch(u -> u.equals(Practice.ALL_UNITS) || units.contains(u))) {
        problems.add(new FieldProblem(here + ".units", "performance.plan.error.units", List.of()));
      }
      for (int j = 0; j < p.indicators().size(); j++) {
        text(
            p.indicators().get(j).name(),
            here + ".indicators[" + j + "].name",
            MAX_TITLE,
            problems);
      }
    }
  }

  private static void text(String value, String field, int max, List<FieldProblem> problems) {
    if (value.isBlank()) {
      problems.add(new FieldProblem(field, "performance.plan.error.blank", List.of()));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, "performance.plan.error.too-long", List.of(max)));
    }
  }

  private static void unique(
      String id, String field, Set<String> ids, List<FieldProblem> problems) {
    if (!ids.add(id)) {
      problems.add(new FieldProblem(field, "performance.plan.error.duplicate-id", List.of(id)));
    }
  }

  /** The content with a fresh id for every node, practice and indicator that has a blank one. */
  static PlanContent withIds(PlanContent content) {
    return new PlanContent(
        content.basis(),
        content.goals(),
        content.scope(),
        content.levels(),
        content.nodes().stream().map(PlanValidation::withIds).toList(),
        content.sections());
  }

  private static PlanNode withIds(PlanNode n) {
    return new PlanNode(
        idOr(n.id()),
        n.kind(),
        n.title(),
        n.frameworkPath(),
        n.points(),
        n.note(),
        n.children().stream().map(PlanValidation::withIds).toList(),
        n.practices().stream()
            .map(
                p ->
                    new Practice(
                        idOr(p.id()),
                        p.text(),
                        p.deadline(),
                        p.units(),
                        p.outcome(),
                        p.indicators().stream()
                            .map(
                                i ->
                                    new Practice.IndicatorTarget(
                                        idOr(i.id()),
                                        i.name(),
                                        i.measure(),
                                        i.target(),
                                        i.higherIsBetter(),
                                        i.provider()))
                            .toList()))
            .toList());
  }

  private static String idOr(String id) {
    return id.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : id;
  }
}
