// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a revision changed, found by comparing the content before and after by the ids of its
 * headings and practices: what was added, removed, changed (and in which fields) and moved, and
 * whether the header (basis, goals, scope, level names, sections) changed.
 *
 * @param headerChanged whether basis, goals, scope, level names or sections differ
 * @param nodesAdded headings only in the content after
 * @param nodesRemoved headings only in the content before
 * @param nodesChanged headings in both whose kind, title, framework path, points or note differ
 * @param practicesAdded practices only in the content after
 * @param practicesRemoved practices only in the content before
 * @param practicesChanged practices in both that differ, with the fields that do
 * @param moved ids of headings and practices now under another heading or in another order
 */
public record PlanChanges(
    boolean headerChanged,
    List<PlanNode> nodesAdded,
    List<PlanNode> nodesRemoved,
    List<PlanNode> nodesChanged,
    List<Practice> practicesAdded,
    List<Practice> practicesRemoved,
    List<PracticeChange> practicesChanged,
    Set<String> moved) {

  /** A practice that is in both, with the names of its fields that differ. */
  public record PracticeChange(Practice before, Practice after, List<String> fields) {}

  /** Whether nothing at all differs. */
  public boolean none() {
    return !headerChanged
        && nodesAdded.isEmpty()
        && nodesRemoved.isEmpty()
        && nodesChanged.isEmpty()
        && practicesAdded.isEmpty()
        && practicesRemoved.isEmpty()
        && practicesChanged.isEmpty()
        && moved.isEmpty();
  }

  /** The changes from {@code before} to {@code after}. */
  public static PlanChanges between(PlanContent before, PlanContent after) {
    Map<String, PlanNode> b = nodes(before);
    Map<String, PlanNode> a = nodes(after);
    Map<String, Practice> pb = practices(before);
    Map<String, Practice> pa = practices(after);
    List<PracticeChange> changed = new ArrayList<>();
    pa.values().stream()
        .filter(p -> pb.containsKey(p.id()))
        .forEach(
            p -> {
              List<String> fields = fields(pb.get(p.id()), p);
              if (!fields.isEmpty()) {
                changed.add(new PracticeChange(pb.get(p.id()), p, fields));
              }
            });
    boolean header =
        !before.basis().equals(after.basis())
            || !before.goals().equals(after.goals())
            || !before.scope().equals(after.scope())
            || !before.levels().equals(after.levels())
            || !before.sections().equals(after.sections());
    return new PlanChanges(
        header,
        only(a, b),
        only(b, a),
        a.values().stream()
            .filter(n -> b.containsKey(n.id()) && !sameHeading(b.get(n.id()), n))
            .toList(),
        only(pa, pb),
        only(pb, pa),
        changed,
        moved(before, after));
  }

  private static <T> List<T> only(Map<String, T> in, Map<String, T> notIn) {
    return in.entrySet().stream()
        .filter(e -> !notIn.containsKey(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  private static boolean sameHeading(PlanNode x, PlanNode y) {
    return x.kind() == y.kind()
        && x.title().equals(y.title())
        && Objects.equals(x.frameworkPath(), y.frameworkPath())
        && Objects.equals(x.points(), y.points())
        && Objects.equals(x.note(), y.note());
  }

  private static List<String> fields(Practice x, Practice y) {
    List<String> fields = new ArrayList<>();
    if (!x.text().equals(y.text())) {
      fields.add("text");
    }
    if (!x.deadline().equals(y.deadline())) {
      fields.add("deadline");
    }
    if (!x.units().equals(y.units())) {
      fields.add("units");
    }
    if (!Objects.equals(x.outcome(), y.outcome())) {
      fields.add("outcome");
    }
    if (!x.indicators().equals(y.indicators())) {
      fields.add("indicators");
    }
    return fields;
  }

  private static Map<String, PlanNode> nodes(PlanContent c) {
    Map<String, PlanNode> map = new LinkedHashMap<>();
    c.allNodes().forEach(n -> map.put(n.id(), n));
    return map;
  }

  private static Map<String, Practice> practices(PlanContent c) {
    Map<String, Practice> map = new LinkedHashMap<>();
    c.practices().forEach(p -> map.put(p.id(), p));
    return map;
  }

  /** Each id's holder and its rank among the siblings that are in both contents. */
  private static Set<String> moved(PlanContent before, PlanContent after) {
    Map<String, String> b = places(before);
    Map<String, String> a = places(after);
    Set<String> common = b.keySet().stream().filter(a::containsKey).collect(Collectors.toSet());
    Map<String, String> rb = ranks(before, common);
    Map<String, String> ra = ranks(after, common);
    return common.stream()
        .filter(id -> !b.get(id).equals(a.get(id)) || !rb.get(id).equals(ra.get(id)))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Map<String, String> places(PlanContent c) {
    Map<String, String> places = new LinkedHashMap<>();
    c.nodes().forEach(n -> places.put(n.id(), ""));
    c.allNodes()
        .forEach(
            n -> {
              n.children().forEach(k -> places.put(k.id(), n.id()));
              n.practices().forEach(p -> places.put(p.id(), n.id()));
            });
    return places;
  }

  private static Map<String, String> ranks(PlanContent c, Set<String> common) {
    Map<String, String> ranks = new LinkedHashMap<>();
    rank(c.nodes().stream().map(PlanNode::id).toList(), common, ranks);
    c.allNodes()
        .forEach(
            n -> {
              rank(n.children().stream().map(PlanNode::id).toList(), common, ranks);
              rank(n.practices().stream().map(Practice::id).toList(), common, ranks);
            });
    return ranks;
  }

  private static void rank(List<String> ids, Set<String> common, Map<String, String> ranks) {
    List<String> kept = ids.stream().filter(common::contains).toList();
    for (int i = 0; i < kept.size(); i++) {
      ranks.put(kept.get(i), String.valueOf(i));
    }
  }
}
