// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.List;
import java.util.Set;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkNode;

/** Plan content made from something else: a framework's tree, or a template for one agency. */
final class PlanSkeleton {

  private PlanSkeleton() {}

  /**
   * The tree of {@code framework} as plan headings, with its points and paths and no practices yet;
   * the levels named as the framework's kinds are.
   */
  static PlanContent of(Framework framework) {
    return new PlanContent(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        framework.dimensions().stream().map(PlanSkeleton::node).toList(),
        List.of());
  }

  private static PlanNode node(FrameworkNode n) {
    return new PlanNode(
        "",
        n.kind(),
        n.title().zh(),
        n.path(),
        n.points(),
        null,
        n.children().stream().map(PlanSkeleton::node).toList(),
        List.of());
  }

  /**
   * {@code template} for an agency whose unit codes are {@code units}: every practice keeps the
   * units the agency has and falls back to all units ({@link Practice#ALL_UNITS}) where none is
   * left. Ids are kept, so the derived plan's practices can be matched with the template's.
   */
  static PlanContent forUnits(PlanContent template, Set<String> units) {
    return new PlanContent(
        template.basis(),
        template.goals(),
        template.scope(),
        template.levels(),
        template.nodes().stream().map(n -> forUnits(n, units)).toList(),
        template.sections());
  }

  private static PlanNode forUnits(PlanNode n, Set<String> units) {
    return new PlanNode(
        n.id(),
        n.kind(),
        n.title(),
        n.frameworkPath(),
        n.points(),
        n.note(),
        n.children().stream().map(c -> forUnits(c, units)).toList(),
        n.practices().stream()
            .map(
                p -> {
                  List<String> kept =
                      p.units().stream()
                          .filter(u -> u.equals(Practice.ALL_UNITS) || units.contains(u))
                          .toList();
                  return new Practice(
                      p.id(),
                      p.text(),
                      p.deadline(),
                      kept.isEmpty() ? List.of(Practice.ALL_UNITS) : kept,
                      p.outcome(),
                      p.indicators());
                })
            .toList());
  }
}
