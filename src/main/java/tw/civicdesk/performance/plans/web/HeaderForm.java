// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.performance.plans.PlanContent.Section;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The plan's header as a form: title, basis letters (one row each, a blank row to add one), goals
 * and scope one per line, level names, further sections. Rows left blank are dropped.
 */
public class HeaderForm extends ChangeForm {

  private String title = "";
  private List<BasisRow> basis = new ArrayList<>();
  private String goals = "";
  private String scope = "";
  private String levels = "";
  private List<SectionRow> sections = new ArrayList<>();

  /** The form showing {@code title} and {@code content}, with one blank row to add to each list. */
  static HeaderForm of(int version, String title, PlanContent content) {
    HeaderForm f = new HeaderForm();
    f.setVersion(version);
    f.title = title;
    content
        .basis()
        .forEach(
            b ->
                f.basis.add(
                    new BasisRow(
                        b.text(),
                        b.issuer(),
                        b.date() == null ? "" : b.date().toString(),
                        b.number())));
    f.basis.add(new BasisRow());
    f.goals = String.join("\n", content.goals());
    f.scope = String.join("\n", content.scope());
    f.levels = String.join("、", content.levels());
    content.sections().forEach(s -> f.sections.add(new SectionRow(s.heading(), s.text())));
    f.sections.add(new SectionRow());
    return f;
  }

  /** The basis letters typed, blank rows dropped; a malformed date is a problem of its row. */
  List<BasisLetter> basisLetters(List<FieldProblem> problems) {
    List<BasisLetter> letters = new ArrayList<>();
    for (int i = 0; i < basis.size(); i++) {
      BasisRow r = basis.get(i);
      if (r.blank()) {
        continue;
      }
      LocalDate date = null;
      if (!r.getDate().isBlank()) {
        try {
          date = LocalDate.parse(r.getDate().strip());
        } catch (DateTimeParseException e) {
          problems.add(
              new FieldProblem("basis[" + i + "].date", "plans.form.error.date", List.of()));
        }
      }
      letters.add(
          new BasisLetter(
              r.getText().strip(), blankToNull(r.getIssuer()), date, blankToNull(r.getNumber())));
    }
    return letters;
  }

  /** The form row of basis letter {@code index} of {@link #basisLetters}. */
  int basisRow(int index) {
    int seen = -1;
    for (int i = 0; i < basis.size(); i++) {
      if (!basis.get(i).blank() && ++seen == index) {
        return i;
      }
    }
    return index;
  }

  List<String> goalList() {
    return byLine(goals);
  }

  List<String> scopeList() {
    return byLine(scope);
  }

  List<String> levelList() {
    return NewPlanForm.lines(levels);
  }

  List<Section> sectionList() {
    return sections.stream()
        .filter(s -> !s.getHeading().isBlank() || !s.getText().isBlank())
        .map(s -> new Section(s.getHeading().strip(), s.getText().strip()))
        .toList();
  }

  private static List<String> byLine(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static @org.jspecify.annotations.Nullable String blankToNull(
      @org.jspecify.annotations.Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title == null ? "" : title;
  }

  public List<BasisRow> getBasis() {
    return basis;
  }

  public void setBasis(List<BasisRow> basis) {
    this.basis = basis;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals == null ? "" : goals;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope == null ? "" : scope;
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels == null ? "" : levels;
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public void setSections(List<SectionRow> sections) {
    this.sections = sections;
  }

  /** One basis letter as typed. */
  public static class BasisRow {
    private String text = "";
    private String issuer = "";
    private String date = "";
    private String number = "";

    public BasisRow() {}

    BasisRow(
        String text,
        @org.jspecify.annotations.Nullable String issuer,
        String date,
        @org.jspecify.annotations.Nullable String number) {
      this.text = text;
      this.issuer = issuer == null ? "" : issuer;
      this.date = date;
      this.number = number == null ? "" : number;
    }

    boolean blank() {
      return text.isBlank() && issuer.isBlank() && date.isBlank() && number.isBlank();
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text == null ? "" : text;
    }

    public String getIssuer() {
      return issuer;
    }

    public void setIssuer(String issuer) {
      this.issuer = issuer == null ? "" : issuer;
    }

    public String getDate() {
      return date;
    }

    public void setDate(String date) {
      this.date = date == null ? "" : date;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number == null ? "" : number;
    }
  }

  /** One further section as typed. */
  public static class SectionRow {
    private String heading = "";
    private String text = "";

    public SectionRow() {}

    SectionRow(String heading, String text) {
      this.heading = heading;
      this.text = text;
    }

    public String getHeading() {
      return heading;
    }

    public void setHeading(String heading) {
      this.heading = heading == null ? "" : heading;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text == null ? "" : text;
    }
  }
}
