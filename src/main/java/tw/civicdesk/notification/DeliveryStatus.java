// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

/**
 * Where a message to an applicant stands, as staff see it on the case. A message starts {@link
 * #QUEUED}; the dispatcher makes it {@link #SENT} (handed to the mail server or SMS gateway) or,
 * after its last attempt or a permanent refusal, {@link #FAILED}; a delivery receipt moves a sent
 * message on to {@link #DELIVERED}, {@link #FAILED} or {@link #BOUNCED}, and a delivered one to
 * {@link #BOUNCED} (a late bounce). {@link #FAILED} and {@link #BOUNCED} are final.
 */
public enum DeliveryStatus {
  QUEUED,
  SENT,
  DELIVERED,
  FAILED,
  BOUNCED;

  /** Whether a delivery receipt saying {@code next} may move a message from this status. */
  boolean acceptsReceipt(DeliveryStatus next) {
    return switch (this) {
      case SENT -> next == DELIVERED || next == FAILED || next == BOUNCED;
      case DELIVERED -> next == BOUNCED;
      case QUEUED, FAILED, BOUNCED -> false;
    };
  }
}
