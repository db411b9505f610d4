// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.petitions.statistics.ImprovementAction;
import tw.civicdesk.petitions.statistics.ImprovementDraft;
import tw.civicdesk.petitions.statistics.ImprovementStatus;

/** The console form of an improvement action; the petitions one case number a line. */
public class ImprovementForm {

  private @Nullable String title;
  private @Nullable String description;
  private @Nullable Long ownerUnitId;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate dueOn;

  private ImprovementStatus status = ImprovementStatus.PLANNED;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate doneOn;

  private String cases = "";
  private int version;

  static ImprovementForm of(ImprovementAction a) {
    ImprovementForm f = new ImprovementForm();
    f.title = a.title();
    f.description = a.description();
    f.ownerUnitId = a.ownerUnitId();
    f.dueOn = a.dueOn();
    f.status = a.status();
    f.doneOn = a.doneOn();
    f.cases = a.cases().stream().map(CaseNumber::value).collect(Collectors.joining("\n"));
    f.version = a.version();
    return f;
  }

  ImprovementDraft toDraft() {
    return new ImprovementDraft(
        title,
        description,
        ownerUnitId,
        dueOn,
        status,
        doneOn,
        Arrays.stream(cases.split("[\\r\\n,，、;；]+")).filter(s -> !s.isBlank()).toList());
  }

  public @Nullable String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public void setOwnerUnitId(@Nullable Long ownerUnitId) {
    this.ownerUnitId = ownerUnitId;
  }

  public @Nullable LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(@Nullable LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public ImprovementStatus getStatus() {
    return status;
  }

  public void setStatus(@Nullable ImprovementStatus status) {
    this.status = status == null ? ImprovementStatus.PLANNED : status;
  }

  public @Nullable LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(@Nullable LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public String getCases() {
    return cases;
  }

  public void setCases(@Nullable String cases) {
    this.cases = cases == null ? "" : cases;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
