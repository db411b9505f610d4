// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One way of delivering messages (e-mail, SMS), behind which adapters plug in: SMTP, an HTTP SMS
 * gateway, a log-only SMS adapter for development. The dispatcher hands a channel a batch of
 * claimed messages and marks each by its outcome. Contract: {@link #send} answers one outcome per
 * message, in order, and throws nothing for a message's own failure.
 */
public interface MessageChannel {

  /** The channel this adapter delivers. */
  NoticeChannel channel();

  /** Sends {@code messages}; one outcome per message, in the same order. */
  List<Outcome> send(List<Outgoing> messages);

  /**
   * A message to deliver.
   *
   * @param messageId the receiver's de-duplication key
   * @param subject {@code null} for SMS
   * @param html {@code null} for SMS
   * @param attempts attempts made before this one
   */
  record Outgoing(
      long id,
      UUID messageId,
      String recipient,
      @Nullable String subject,
      String text,
      @Nullable String html,
      int attempts) {
    @Override
    public String toString() {
      return "Outgoing[" + messageId + ", recipient withheld]";
    }
  }

  /** What became of one message. */
  sealed interface Outcome {}

  /** Handed over; {@code providerRef} is the gateway's id for its receipts, if it gave one. */
  record Sent(@Nullable String providerRef) implements Outcome {}

  /**
   * Not handed over. {@code error} names the failure without personal data (e.g. an exception type
   * or HTTP status); a {@code permanent} failure (the address or number refused) is not retried.
   */
  record Failed(String error, boolean permanent) implements Outcome {}
}
