// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.PlanEdits.Heading;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** One heading of a plan's tree as a form: kind, title, points, framework path, note. */
public class HeadingForm extends ChangeForm {

  private String kind = NodeKind.HEADING.name();
  private String title = "";
  private String points = "";
  private String frameworkPath = "";
  private String note = "";

  static HeadingForm of(int version, @Nullable PlanNode node, NodeKind kind) {
    HeadingForm f = new HeadingForm();
    f.setVersion(version);
    f.kind = kind.name();
    if (node != null) {
      f.kind = node.kind().name();
      f.title = node.title();
      f.points = node.points() == null ? "" : node.points().toString();
      f.frameworkPath = node.frameworkPath() == null ? "" : node.frameworkPath();
      f.note = node.note() == null ? "" : node.note();
    }
    return f;
  }

  /** The heading typed; a malformed kind or points is a problem of its field. */
  Heading heading(List<FieldProblem> problems) {
    NodeKind k = NodeKind.HEADING;
    try {
      k = NodeKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("kind", "plans.form.error.choice", List.of()));
    }
    Integer p = null;
    if (!points.isBlank()) {
      try {
        p = Integer.valueOf(points.strip());
        if (p < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("points", "plans.form.error.points", List.of()));
      }
    }
    return new Heading(
        k, title.strip(), HeaderForm.blankToNull(frameworkPath), p, HeaderForm.blankToNull(note));
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getPoints() {
    return points;
  }

  public void setPoints(String points) {
    this.points = points == null ? "" : points;
  }

  public String getFrameworkPath() {
    return frameworkPath;
  }

  public void setFrameworkPath(String frameworkPath) {
    this.frameworkPath = frameworkPath == null ? "" : frameworkPath;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note == null ? "" : note;
  }
}
