// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.monitoring.SpotChecks;

/** The form that records a spot check, with rows for its follow-up actions. */
public class SpotCheckForm {

  /** Action rows the form offers. */
  static final int ROWS = 3;

  private @Nullable String checkedOn;
  private @Nullable String checker;
  private @Nullable String findings;
  private @Nullable String practiceId;
  private @Nullable String unitCode;
  private boolean followUpRequired;
  private List<Action> actions = new ArrayList<>();

  /** A blank form for {@code checker} on {@code today}. */
  static SpotCheckForm blank(String checker, String today) {
    SpotCheckForm form = new SpotCheckForm();
    form.checker = checker;
    form.checkedOn = today;
    form.padActions();
    return form;
  }

  /** Pads the action rows to {@link #ROWS}. */
  void padActions() {
    while (actions.size() < ROWS) {
      actions.add(new Action());
    }
  }

  SpotChecks.NewCheck toCheck() {
    return new SpotChecks.NewCheck(
        checkedOn,
        checker,
        findings,
        practiceId,
        unitCode,
        followUpRequired,
        actions.stream()
            .map(a -> new SpotChecks.ActionInput(a.getText(), a.getUnitCode(), a.getDueOn()))
            .toList());
  }

  /** One follow-up action row. */
  public static class Action {
    private @Nullable String text;
    private @Nullable String unitCode;
    private @Nullable String dueOn;

    public @Nullable String getText() {
      return text;
    }

    public void setText(@Nullable String text) {
      this.text = text;
    }

    public @Nullable String getUnitCode() {
      return unitCode;
    }

    public void setUnitCode(@Nullable String unitCode) {
      this.unitCode = unitCode;
    }

    public @Nullable String getDueOn() {
      return dueOn;
    }

    public void setDueOn(@Nullable String dueOn) {
      this.dueOn = dueOn;
    }
  }

  public @Nullable String getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(@Nullable String checkedOn) {
    this.checkedOn = checkedOn;
  }

  public @Nullable String getChecker() {
    return checker;
  }

  public void setChecker(@Nullable String checker) {
    this.checker = checker;
  }

  public @Nullable String getFindings() {
    return findings;
  }

  public void setFindings(@Nullable String findings) {
    this.findings = findings;
  }

  public @Nullable String getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(@Nullable String practiceId) {
    this.practiceId = practiceId;
  }

  public @Nullable String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(@Nullable String unitCode) {
    this.unitCode = unitCode;
  }

  public boolean isFollowUpRequired() {
    return followUpRequired;
  }

  public void setFollowUpRequired(boolean followUpRequired) {
    this.followUpRequired = followUpRequired;
  }

  public List<Action> getActions() {
    return actions;
  }

  public void setActions(List<Action> actions) {
    this.actions = actions;
  }
}
