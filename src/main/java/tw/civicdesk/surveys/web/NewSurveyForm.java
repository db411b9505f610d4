// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.SingleLine;

/**
 * The builder's form for a survey not stored yet: the questionnaire, and the agency, code, purpose
 * and "too few answers" threshold it is created with. A survey from a template keeps the template's
 * purpose; a blank one chooses it.
 */
public class NewSurveyForm extends QuestionnaireForm {

  @SingleLine private String agency = "";
  @SingleLine private String template = "";
  @SingleLine private String code = "";
  @SingleLine private String purpose = "";
  @SingleLine private String tooFewBelow = "30";

  /** An empty form. */
  public NewSurveyForm() {}

  public String getAgency() {
    return agency;
  }

  public void setAgency(@Nullable String agency) {
    this.agency = agency == null ? "" : agency;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(@Nullable String template) {
    this.template = template == null ? "" : template;
  }

  public String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code == null ? "" : code;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(@Nullable String purpose) {
    this.purpose = purpose == null ? "" : purpose;
  }

  public String getTooFewBelow() {
    return tooFewBelow;
  }

  public void setTooFewBelow(@Nullable String tooFewBelow) {
    this.tooFewBelow = tooFewBelow == null ? "" : tooFewBelow;
  }
}
