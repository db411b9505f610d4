// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;

/** The decision on a reopen request: {@code REOPEN} or {@code REFUSE}, and the reason. */
public class ReopenForm {

  @SingleLine
  @Size(max = 10)
  private String decision = "";

  @Size(max = 4000)
  private String reason = "";

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
