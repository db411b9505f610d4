// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * One practice as a form: its text, deadline (a date, 經常辦理 or 適時辦理), responsible units, expected
 * outcome and quantitative indicators (one row each, a blank row to add one).
 */
public class PracticeForm extends ChangeForm {

  /** The deadline choices: a date, or one of the recurring kinds. */
  static final List<String> DEADLINE_KINDS = List.of("DATE", "ONGOING", "AS_NEEDED");

  private String text = "";
  private String deadlineKind = "DATE";
  private String deadlineDate = "";
  private List<String> units = new ArrayList<>();
  private String outcome = "";
  private List<IndicatorRow> indicators = new ArrayList<>();

  static PracticeForm of(int version, @Nullable Practice p) {
    PracticeForm f = new PracticeForm();
    f.setVersion(version);
    if (p != null) {
      f.text = p.text();
      f.deadlineKind = p.deadline().dated() ? "DATE" : p.deadline().recurring().name();
      f.deadlineDate = p.deadline().dated() ? p.deadline().date().toString() : "";
      f.units = new ArrayList<>(p.units());
      f.outcome = p.outcome() == null ? "" : p.outcome();
      p.indicators().forEach(i -> f.indicators.add(IndicatorRow.of(i)));
    }
    f.indicators.add(new IndicatorRow());
    return f;
  }

  /** The practice typed (with a blank id); malformed values are problems of their fields. */
  Practice practice(List<FieldProblem> problems) {
    Deadline deadline = Deadline.ONGOING;
    switch (deadlineKind) {
      case "ONGOING" -> deadline = Deadline.ONGOING;
      case "AS_NEEDED" -> deadline = Deadline.AS_NEEDED;
      default -> {
        try {
          deadline = Deadline.on(LocalDate.parse(deadlineDate.strip()));
        } catch (DateTimeParseException e) {
          problems.add(new FieldProblem("deadlineDate", "plans.form.error.deadline", List.of()));
        }
      }
    }
    List<IndicatorTarget> targets = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorRow r = indicators.get(i);
      if (!r.blank()) {
        targets.add(r.target("indicators[" + i + "].", problems));
      }
    }
    return new Practice(
        "",
        text.strip(),
        deadline,
        units.stream().filter(u -> !u.isBlank()).toList(),
        HeaderForm.blankToNull(outcome),
        targets);
  }

  /** The form row of indicator {@code index} of the practice {@link #practice} made. */
  int indicatorRow(int index) {
    int seen = -1;
    for (int i = 0; i < indicators.size(); i++) {
      if (!indicators.get(i).blank() && ++seen == index) {
        return i;
      }
    }
    return index;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text == null ? "" : text;
  }

  public String getDeadlineKind() {
    return deadlineKind;
  }

  public void setDeadlineKind(String deadlineKind) {
    this.deadlineKind = deadlineKind == null ? "" : deadlineKind;
  }

  public String getDeadlineDate() {
    return deadlineDate;
  }

  public void setDeadlineDate(String deadlineDate) {
    this.deadlineDate = deadlineDate == null ? "" : deadlineDate;
  }

  public List<String> getUnits() {
    return units;
  }

  public void setUnits(List<String> units) {
    this.units = units == null ? new ArrayList<>() : units;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome == null ? "" : outcome;
  }

  public List<IndicatorRow> getIndicators() {
    return indicators;
  }

  public void setIndicators(List<IndicatorRow> indicators) {
    this.indicators = indicators;
  }

  /** One quantitative indicator as typed. */
  public static class IndicatorRow {
    private String id = "";
    private String name = "";
    private String measure = "";
    private String target = "";
    private boolean higherIsBetter = true;
    private String provider = "";

    static IndicatorRow of(IndicatorTarget i) {
      IndicatorRow r = new IndicatorRow();
      r.id = i.id();
      r.name = i.name();
      r.measure = i.measure() == null ? "" : i.measure();
      r.target = i.target() == null ? "" : i.target().toPlainString();
      r.higherIsBetter = i.higherIsBetter();
      r.provider = i.provider() == null ? "" : i.provider();
      return r;
    }

    boolean blank() {
      return name.isBlank() && measure.isBlank() && target.isBlank() && provider.isBlank();
    }

    IndicatorTarget target(String at, List<FieldProblem> problems) {
      BigDecimal value = null;
      if (!target.isBlank()) {
        try {
          value = new BigDecimal(target.strip());
        } catch (NumberFormatException e) {
          problems.add(new FieldProblem(at + "target", "plans.form.error.number", List.of()));
        }
      }
      return new IndicatorTarget(
          id,
          name.strip(),
          HeaderForm.blankToNull(measure),
          value,
          higherIsBetter,
          HeaderForm.blankToNull(provider));
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id == null ? "" : id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name == null ? "" : name;
    }

    public String getMeasure() {
      return measure;
    }

    public void setMeasure(String measure) {
      this.measure = measure == null ? "" : measure;
    }

    public String getTarget() {
      return target;
    }

    public void setTarget(String target) {
      this.target = target == null ? "" : target;
    }

    public boolean isHigherIsBetter() {
      return higherIsBetter;
    }

    public void setHigherIsBetter(boolean higherIsBetter) {
      this.higherIsBetter = higherIsBetter;
    }

    public String getProvider() {
      return provider;
    }

    public void setProvider(String provider) {
      this.provider = provider == null ? "" : provider;
    }
  }
}
