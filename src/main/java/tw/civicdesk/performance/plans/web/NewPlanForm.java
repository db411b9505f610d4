// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.Arrays;
import java.util.List;

/** The "draft a new plan" form, and the "derive from a template" form's choice. */
public class NewPlanForm {

  private String year = "";
  private String title = "";
  private String kind = "PLAN";
  private String framework = "";
  private String levels = "";
  private String templateId = "";

  /** The level names, one per line or separated by 、 or commas, blanks dropped. */
  List<String> levelList() {
    return lines(levels);
  }

  static List<String> lines(String text) {
    return Arrays.stream(text.split("[\\r\\n,、，]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year == null ? "" : year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getFramework() {
    return framework;
  }

  public void setFramework(String framework) {
    this.framework = framework == null ? "" : framework;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels == null ? "" : levels;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId == null ? "" : templateId;
  }
}
