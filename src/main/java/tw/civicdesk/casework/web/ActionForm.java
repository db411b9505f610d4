// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.Arrays;
import java.util.List;

/**
 * What an officer typed into one of the case page's action forms. Kept whole when a step is refused
 * or someone else changed the case first, so nothing typed is lost.
 */
public class ActionForm {

  private int version;
  private String officer = "";
  private String deficiencies = "";
  private String days = "";
  private String note = "";
  private String amount = "";
  private String reason = "";
  private String outcome = "";
  private String remedy = "";
  private String into = "";
  private String to = "";
  private String unitId = "";
  private String text = "";

  ActionForm() {}

  /** A fresh form of a case at {@code version}, the supplement period preset to {@code days}. */
  ActionForm(int version, int days) {
    this.version = version;
    this.days = Integer.toString(days);
  }

  /** The deficiencies, one per line, blank lines dropped. */
  List<String> deficiencyList() {
    return Arrays.stream(deficiencies.split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getOfficer() {
    return officer;
  }

  public void setOfficer(String officer) {
    this.officer = officer;
  }

  public String getDeficiencies() {
    return deficiencies;
  }

  public void setDeficiencies(String deficiencies) {
    this.deficiencies = deficiencies;
  }

  /** The period to supply documents, in calendar days, as typed. */
  public String getDays() {
    return days;
  }

  public void setDays(String days) {
    this.days = days;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getRemedy() {
    return remedy;
  }

  public void setRemedy(String remedy) {
    this.remedy = remedy;
  }

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = into;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(String unitId) {
    this.unitId = unitId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
