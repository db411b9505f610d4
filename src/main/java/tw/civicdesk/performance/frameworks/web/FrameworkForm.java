// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkEditing.NodeEdit;
import tw.civicdesk.performance.frameworks.FrameworkNode;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * A scoring framework as a form: its stated total and every node's titles, points and weight (one
 * row per node, in document order); also the fields of a node to add or remove.
 */
public class FrameworkForm {

  private int version;
  private String totalPoints = "";
  private List<NodeRow> nodes = new ArrayList<>();
  private String parentPath = "";
  private String path = "";
  private NodeRow added = new NodeRow();

  static FrameworkForm of(Framework f, int version) {
    FrameworkForm form = new FrameworkForm();
    form.version = version;
    form.totalPoints = f.totalPoints() == null ? "" : f.totalPoints().toString();
    f.dimensions().forEach(d -> form.add(d));
    form.added.setKind("DIMENSION");
    return form;
  }

  private void add(FrameworkNode n) {
    NodeRow row = new NodeRow();
    row.path = n.path();
    row.kind = n.kind().name();
    row.titleZh = n.title().zh();
    row.titleEn = n.title().en();
    row.points = n.points() == null ? "" : n.points().toString();
    row.weight = n.weight() == null ? "" : n.weight().stripTrailingZeros().toPlainString();
    nodes.add(row);
    n.children().forEach(this::add);
  }

  /** The rows as edits; malformed numbers are problems of their fields ({@code prefix…}). */
  List<NodeEdit> edits(List<FieldProblem> problems) {
    List<NodeEdit> edits = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      NodeRow r = nodes.get(i);
      String at = "nodes[" + i + "].";
      edits.add(
          new NodeEdit(
              r.path,
              r.titleZh,
              r.titleEn,
              integer(r.points, at + "points", problems),
              decimal(r.weight, at + "weight", problems)));
    }
    return edits;
  }

  static @Nullable Integer integer(String raw, String field, List<FieldProblem> problems) {
    if (raw.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "plans.form.error.points", List.of()));
      return null;
    }
  }

  static @Nullable BigDecimal decimal(String raw, String field, List<FieldProblem> problems) {
    if (raw.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "plans.framework.error.weight", List.of()));
      return null;
    }
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getTotalPoints() {
    return totalPoints;
  }

  public void setTotalPoints(String totalPoints) {
    this.totalPoints = totalPoints == null ? "" : totalPoints;
  }

  public List<NodeRow> getNodes() {
    return nodes;
  }

  public void setNodes(List<NodeRow> nodes) {
    this.nodes = nodes;
  }

  public String getParentPath() {
    return parentPath;
  }

  public void setParentPath(String parentPath) {
    this.parentPath = parentPath == null ? "" : parentPath;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path == null ? "" : path;
  }

  public NodeRow getAdded() {
    return added;
  }

  public void setAdded(NodeRow added) {
    this.added = added;
  }

  /** One node as typed. */
  public static class NodeRow {
    private String path = "";
    private String kind = "";
    private String titleZh = "";
    private String titleEn = "";
    private String points = "";
    private String weight = "";

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path == null ? "" : path;
    }

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind == null ? "" : kind;
    }

    public String getTitleZh() {
      return titleZh;
    }

    public void setTitleZh(String titleZh) {
      this.titleZh = titleZh == null ? "" : titleZh;
    }

    public String getTitleEn() {
      return titleEn;
    }

    public void setTitleEn(String titleEn) {
      this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getPoints() {
      return points;
    }

    public void setPoints(String points) {
      this.points = points == null ? "" : points;
    }

    public String getWeight() {
      return weight;
    }

    public void setWeight(String weight) {
      this.weight = weight == null ? "" : weight;
    }
  }
}
