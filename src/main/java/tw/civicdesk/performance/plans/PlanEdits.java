// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.performance.plans.PlanContent.Section;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * One change to a plan's content at a time, as the console makes it: the header (basis, goals,
 * scope, level names, sections), or one heading or practice of the tree added, changed, removed or
 * moved among its siblings. Pure functions of the content; {@link Plans#editDraft} or {@link
 * Plans#revise} store the result. A node or practice is named by its id, which stays the same
 * across edits and revisions; an unknown id is "not found".
 */
public final class PlanEdits {

  private PlanEdits() {}

  /** A heading's own fields; its children and practices are kept when it is changed. */
  public record Heading(
      NodeKind kind,
      String title,
      @Nullable String frameworkPath,
      @Nullable Integer points,
      @Nullable String note) {}

  /** Where a move takes a heading or practice among its siblings. */
  public enum Direction {
    UP,
    DOWN
  }

  /** A fresh id for a new heading or practice. */
  public static String newId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The content with a new header; the tree is kept. */
  public static PlanContent withHeader(
      PlanContent c,
      List<BasisLetter> basis,
      List<String> goals,
      List<String> scope,
      List<String> levels,
      List<Section> sections) {
    return new PlanContent(basis, goals, scope, levels, c.nodes(), sections);
  }

  /** The heading {@code id}, if the content has one. */
  public static Optional<PlanNode> node(PlanContent c, String id) {
    return c.allNodes().filter(n -> n.id().equals(id)).findFirst();
  }

  /** The heading that holds practice {@code practiceId}, if any. */
  public static Optional<PlanNode> holderOf(PlanContent c, String practiceId) {
    return c.allNodes()
        .filter(n -> n.practices().stream().anyMatch(p -> p.id().equals(practiceId)))
        .findFirst();
  }

  /**
   * Adds heading {@code heading} with id {@code id} as the last child of {@code parentId}, or as
   * the last top-level heading when {@code parentId} is {@code null}.
   */
  public static PlanContent addNode(
      PlanContent c, @Nullable String parentId, String id, Heading heading) {
    PlanNode node =
        new PlanNode(
            id,
            heading.kind(),
            heading.title(),
            heading.frameworkPath(),
            heading.points(),
            heading.note(),
            List.of(),
            List.of());
    if (parentId == null) {
      return withNodes(c, append(c.nodes(), node));
    }
    return mapNode(
        c,
        parentId,
        p ->
            new PlanNode(
                p.id(),
                p.kind(),
                p.title(),
                p.frameworkPath(),
                p.points(),
                p.note(),
                append(p.children(), node),
                p.practices()));
  }

  /** Changes heading {@code id}'s own fields, keeping what is below it. */
  public static PlanContent editNode(PlanContent c, String id, Heading h) {
    return mapNode(
        c,
        id,
        n ->
            new PlanNode(
                n.id(),
                h.kind(),
                h.title(),
                h.frameworkPath(),
                h.points(),
                h.note(),
                n.children(),
                n.practices()));
  }

  /** Removes heading {@code id} with everything below it. */
  public static PlanContent removeNode(PlanContent c, String id) {
    require(node(c, id).isPresent());
    return withNodes(c, removeNode(c.nodes(), id));
  }

  private static List<PlanNode> removeNode(List<PlanNode> nodes, String id) {
    return nodes.stream()
        .filter(n -> !n.id().equals(id))
        .map(
            n ->
                new PlanNode(
                    n.id(),
                    n.kind(),
                    n.title(),
                    n.frameworkPath(),
                    n.points(),
                    n.note(),
                    removeNode(n.children(), id),
                    n.practices()))
        .toList();
  }

  /** Moves heading {@code id} one place up or down among its siblings; at the end, no change. */
  public static PlanContent moveNode(PlanContent c, String id, Direction direction) {
    require(node(c, id).isPresent());
    return withNodes(c, moveNode(c.nodes(), id, direction));
  }

  private static List<PlanNode> moveNode(List<PlanNode> nodes, String id, Direction direction) {
    List<PlanNode> moved = move(nodes, n -> n.id().equals(id), direction);
    return moved.stream()
        .map(
            n ->
                new PlanNode(
                    n.id(),
                    n.kind(),
                    n.title(),
                    n.frameworkPath(),
                    n.points(),
                    n.note(),
                    moveNode(n.children(), id, direction),
                    n.practices()))
        .toList();
  }

  /** Adds {@code practice} as the last practice under heading {@code nodeId}. */
  public static PlanContent addPractice(PlanContent c, String nodeId, Practice practice) {
    return mapNode(
        c,
        nodeId,
        n ->
            new PlanNode(
                n.id(),
                n.kind(),
                n.title(),
                n.frameworkPath(),
                n.points(),
                n.note(),
                n.children(),
                append(n.practices(), practice)));
  }

  /** Replaces practice {@code id} by {@code practice}, which keeps the id. */
  public static PlanContent editPractice(PlanContent c, String id, Practice practice) {
    Practice kept =
        new Practice(
            id,
            practice.text(),
            practice.deadline(),
            practice.units(),
            practice.outcome(),
            practice.indicators());
    return mapPractices(c, id, ps -> ps.stream().map(p -> p.id().equals(id) ? kept : p).toList());
  }

  /** Removes practice {@code id}. */
  public static PlanContent removePractice(PlanContent c, String id) {
    return mapPractices(c, id, ps -> ps.stream().filter(p -> !p.id().equals(id)).toList());
  }

  /** Moves practice {@code id} one place up or down under its heading. */
  public static PlanContent movePractice(PlanContent c, String id, Direction direction) {
    return mapPractices(c, id, ps -> move(ps, p -> p.id().equals(id), direction));
  }

  /**
   * The content path of heading or practice {@code id}, as {@code InvalidFields} names fields:
   * {@code nodes[0].children[1]} or {@code nodes[0].practices[2]}.
   */
  public static Optional<String> pathOf(PlanContent c, String id) {
    return pathOf(c.nodes(), "nodes", id);
  }

  private static Optional<String> pathOf(List<PlanNode> nodes, String prefix, String id) {
    for (int i = 0; i < nodes.size(); i++) {
      PlanNode n = nodes.get(i);
      String here = prefix + "[" + i + "]";
      if (n.id().equals(id)) {
        return Optional.of(here);
      }
      for (int j = 0; j < n.practices().size(); j++) {
        if (n.practices().get(j).id().equals(id)) {
          return Optional.of(here + ".practices[" + j + "]");
        }
      }
      Optional<String> below = pathOf(n.children(), here + ".children", id);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  private static PlanContent mapNode(PlanContent c, String id, UnaryOperator<PlanNode> change) {
    require(node(c, id).isPresent());
    return withNodes(c, mapNode(c.nodes(), id, change));
  }

  private static List<PlanNode> mapNode(
      List<PlanNode> nodes, String id, UnaryOperator<PlanNode> change) {
    return nodes.stream()
        .map(
            n -> {
              PlanNode below =
                  new PlanNode(
                      n.id(),
                      n.kind(),
                      n.title(),
                      n.frameworkPath(),
                      n.points(),
                      n.note(),
                      mapNode(n.children(), id, change),
                      n.practices());
              return n.id().equals(id) ? change.apply(below) : below;
            })
        .toList();
  }

  private static PlanContent mapPractices(
      PlanContent c, String practiceId, UnaryOperator<List<Practice>> change) {
    PlanNode holder =
        holderOf(c, practiceId)
            .orElseThrow(() -> new NotFoundException("plans.edit.part-not-found"));
    return mapNode(
        c,
        holder.id(),
        n ->
            new PlanNode(
                n.id(),
                n.kind(),
                n.title(),
                n.frameworkPath(),
                n.points(),
                n.note(),
                n.children(),
                change.apply(n.practices())));
  }

  private static <T> List<T> move(
      List<T> items, java.util.function.Predicate<T> which, Direction direction) {
    List<T> list = new ArrayList<>(items);
    for (int i = 0; i < list.size(); i++) {
      if (which.test(list.get(i))) {
        int j = direction == Direction.UP ? i - 1 : i + 1;
        if (j >= 0 && j < list.size()) {
          list.set(i, list.set(j, list.get(i)));
        }
        break;
      }
    }
    return List.copyOf(list);
  }

  private static <T> List<T> append(List<T> items, T item) {
    List<T> list = new ArrayList<>(items);
    list.add(item);
    return List.copyOf(list);
  }

  private static PlanContent withNodes(PlanContent c, List<PlanNode> nodes) {
    return new PlanContent(c.basis(), c.goals(), c.scope(), c.levels(), nodes, c.sections());
  }

  private static void require(boolean found) {
    if (!found) {
      throw new NotFoundException("plans.edit.part-not-found");
    }
  }
}
