// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

/**
 * Proof that a receipt's case number and verification code were checked by {@link
 * ReceiptChecks#held} — the one throttled check — and matched: made nowhere else, so a
 * receipt holder's action that takes one cannot skip the throttle.
 */
public final class HeldReceipt {

  private final Case held;

  HeldReceipt(Case held) {
    this.held = held;
  }

  /** The case of the receipt, as read by the check; within casework only. */
  Case caseHeld() {
    return held;
  }

  /** The number of the case of the receipt. */
  public CaseNumber number() {
    return held.number();
  }

  @Override
  public String toString() {
    return "HeldReceipt[" + held.number().value() + "]";
  }
}
