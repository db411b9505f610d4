// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A port: the messages sent to a case's applicant, with their delivery status, for the console's
 * case page. The notification module implements it; case work shows what it answers and knows
 * nothing else of notifications. Callers have already checked that the viewer may see the case.
 */
public interface CaseMessages {

  /** Every message about {@code number}, oldest first; none when nothing was sent. */
  List<Message> of(CaseNumber number);

  /**
   * One message as staff see it: no address, no text.
   *
   * @param kind e.g. {@code RECEIPT}, {@code DECIDED}; labelled by {@code notification.kind.*}
   * @param channel {@code EMAIL} or {@code SMS}; labelled by {@code notification.channel.*}
   * @param status {@code QUEUED}, {@code SENT}, {@code DELIVERED}, {@code FAILED} or {@code
   *     BOUNCED}; labelled by {@code notification.status.*}
   * @param segments SMS parts, {@code null} for e-mail
   * @param lastError why the last attempt failed, a failure type
   */
  record Message(
      String messageId,
      String kind,
      String channel,
      String status,
      Instant queuedAt,
      Instant statusAt,
      int attempts,
      @Nullable Integer segments,
      @Nullable String lastError) {}
}
