// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message to queue for one recipient, in the recipient's language. Its texts come from the
 * kind's keys ({@link NoticeKind}) formatted with {@code args}; an e-mail also lists {@code
 * details} and ends with {@code link}; an SMS is the kind's {@code .sms} text followed by the link.
 * Holds no personal data beyond the address the recipient gave ({@link #toString()} withholds it).
 * A secret (a code, a link's token) is never written into {@code args} or {@code link} themselves:
 * they hold {@link MessageSecret#PLACEHOLDER}, and {@code secret} says what goes there when the
 * message is sent (ADR 0028).
 *
 * @param kind what it is about
 * @param caseNumber the case it is about, {@code null} when about none (or several)
 * @param channel e-mail or SMS
 * @param recipient the e-mail address or mobile number
 * @param language zh-TW or en
 * @param args the arguments of the kind's texts (case number first, by convention)
 * @param details lines listed in the e-mail (e.g. every deficiency), possibly none
 * @param link where the recipient goes next (tracking page, confirmation link), or {@code null}
 * @param secret what replaces the placeholder when the message is sent, or {@code null} when it
 *     carries none
 * @param survey the agency's post-case survey for this case, which the message invites the
 *     recipient to answer after {@code link} (a sentence and the link), or {@code null}
 */
public record Notice(
    NoticeKind kind,
    @Nullable String caseNumber,
    NoticeChannel channel,
    String recipient,
    Locale language,
    List<Object> args,
    List<String> details,
    @Nullable String link,
    @Nullable MessageSecret secret,
    @Nullable String survey) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(language, "language");
    if (kind == NoticeKind.RECEIPT) {
      throw new IllegalArgumentException("Receipts are queued with Notifications.queueReceipt");
    }
    args = List.copyOf(args);
    details = List.copyOf(details);
  }

  /** A notice that carries no secret. */
  public Notice(
      NoticeKind kind,
      @Nullable String caseNumber,
      NoticeChannel channel,
      String recipient,
      Locale language,
      List<Object> args,
      List<String> details,
      @Nullable String link) {
    this(kind, caseNumber, channel, recipient, language, args, details, link, null, null);
  }

  /** This notice with {@code secret} to put where its texts or link hold the placeholder. */
  public Notice withSecret(MessageSecret secret) {
    return new Notice(
        kind,
        caseNumber,
        channel,
        recipient,
        language,
        args,
        details,
        link,
        Objects.requireNonNull(secret, "secret"),
        survey);
  }

  /** This notice inviting the recipient to answer the post-case survey at {@code surveyLink}. */
  public Notice withSurvey(String surveyLink) {
    return new Notice(
        kind,
        caseNumber,
        channel,
        recipient,
        language,
        args,
        details,
        link,
        secret,
        Objects.requireNonNull(surveyLink, "surveyLink"));
  }

  @Override
  public String toString() {
    return "Notice[" + kind + ", case " + caseNumber + ", " + channel + ", recipient withheld]";
  }
}
