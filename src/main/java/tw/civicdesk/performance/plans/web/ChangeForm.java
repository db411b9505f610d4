// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

/**
 * The part every plan-changing form has: the version it was read at (optimistic lock), the reason
 * (修正理由) a revision after approval needs, and, for a move, the direction.
 */
public class ChangeForm {

  private int version;
  private String reason = "";
  private String direction = "";
  private String approvalRef = "";

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason == null ? "" : reason;
  }

  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = direction == null ? "" : direction;
  }

  public String getApprovalRef() {
    return approvalRef;
  }

  public void setApprovalRef(String approvalRef) {
    this.approvalRef = approvalRef == null ? "" : approvalRef;
  }
}
