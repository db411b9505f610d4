// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;

/**
 * Keeps secrets out of the outbox (ADR 0028): what is stored instead of a {@link MessageSecret} —
 * the case number whose verification code is derived again, or a one-time secret kept beside the
 * message only while it waits — and the message as it is sent, the placeholder replaced.
 */
@Component
class MessageSecrets {

  private final CaseWork codes;

  MessageSecrets(CaseWork codes) {
    this.codes = codes;
  }

  /**
   * What the outbox keeps of a message's secret.
   *
   * @param caseNumber the case whose verification code goes in, or {@code null}
   * @param value a one-time secret, kept only while the message waits, or {@code null}
   * @param expiresAt when a one-time secret stops being valid, or {@code null}
   */
  record Stored(@Nullable String caseNumber, @Nullable String value, @Nullable Instant expiresAt) {

    static final Stored NONE = new Stored(null, null, null);

    @Override
    public String toString() {
      return "Stored[" + caseNumber + ", value withheld]";
    }
  }

  /** The secret's value: the code derived now, or the one-time value. */
  String value(MessageSecret secret) {
    if (secret instanceof MessageSecret.VerificationCode code) {
      return codes.verificationCode(new CaseNumber(code.caseNumber()));
    }
    return ((MessageSecret.OneTime) secret).value();
  }

  /** What to store for {@code secret}, queued at {@code now}. */
  Stored stored(@Nullable MessageSecret secret, Instant now) {
    if (secret instanceof MessageSecret.VerificationCode code) {
      return new Stored(code.caseNumber(), null, null);
    }
    if (secret instanceof MessageSecret.OneTime once) {
      return new Stored(null, once.value(), now.plus(once.validFor()));
    }
    return Stored.NONE;
  }

  /**
   * Refuses a rendered message that holds {@code value} in clear: a caller put the secret itself
   * into the texts instead of the placeholder.
   *
   * @throws IllegalStateException when it does
   */
  static void requireHidden(MessageRendering.Rendered rendered, String value) {
    if (rendered.text().contains(value)
        || (rendered.html() != null && rendered.html().contains(value))) {
      throw new IllegalStateException(
          "A message's secret must be given as MessageSecret,"
              + " with the placeholder in its texts");
    }
  }

  /** {@code message} as it is sent: the placeholder replaced by the secret, if it has one. */
  MessageChannel.Outgoing reveal(
      MessageChannel.Outgoing message, @Nullable String secretCase, @Nullable String secret) {
    String value = secretCase != null ? codes.verificationCode(new CaseNumber(secretCase)) : secret;
    if (value == null) {
      return message;
    }
    String subject = message.subject();
    String html = message.html();
    return new MessageChannel.Outgoing(
        message.id(),
        message.messageId(),
        message.recipient(),
        subject == null ? null : subject.replace(MessageSecret.PLACEHOLDER, value),
        message.text().replace(MessageSecret.PLACEHOLDER, value),
        html == null ? null : html.replace(MessageSecret.PLACEHOLDER, HtmlUtils.htmlEscape(value)),
        message.attempts());
  }
}
