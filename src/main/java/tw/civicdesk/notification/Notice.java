// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message to queue for one recipient, in the recipient's language. Its texts come from the
 * kind's keys ({@link NoticeKind}) formatted with {@code args}; an e-mail also lists {@code
 * details} and ends with {@code link}; an SMS is the kind's {@code .sms} text followed by the
 * link. Holds no personal data beyond the address the recipient gave ({@link #toString()}
 * withholds it).
 *
 * @param kind what it is about
 * @param caseNumber the case it is about, {@code null} when about none (or several)
 * @param channel e-mail or SMS
 * @param recipient the e-mail address or mobile number
 * @param language zh-TW or en
 * @param args the arguments of the kind's texts (case number first, by convention)
 * @param details lines listed in the e-mail (e.g. every deficiency), possibly none
 * @param link where the recipient goes next (tracking page, confirmation link), or {@code null}
 */
public record Notice(NoticeKind kind, @Nullable String caseNumber, NoticeChannel channel,
    String recipient, Locale language, List<Object> args, List<String> details,
    @Nullable String link) {

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

  @Override
  public String toString() {
    return "Notice[" + kind + ", case " + caseNumber + ", " + channel + ", recipient withheld]";
  }
}
