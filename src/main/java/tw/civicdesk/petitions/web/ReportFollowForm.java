// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import tw.civicdesk.platform.input.SingleLine;

/** "Me too": the e-mail address to be told at, and the consent to keep it for that. */
public class ReportFollowForm {

  @SingleLine private String email = "";
  private boolean consent;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
