// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the receipt e-mail of a filed application says, already in the applicant's language. Holds
 * no personal data beyond the address the applicant gave for notices, and no verification code: the
 * notification module derives it from the case number when it sends the message, so that the outbox
 * never holds it (ADR 0028).
 *
 * @param caseNumber the case number as printed on the receipt
 * @param dueDate the day the agency must decide by, {@code null} while a supplement is awaited
 * @param serviceName the service's name in {@code language}
 * @param nextSteps the service's procedure in {@code language}, in order
 * @param recipient the e-mail address or mobile number the applicant gave for notices
 * @param language zh-TW or en, the applicant's language
 */
public record ReceiptNotice(
    String caseNumber,
    @Nullable LocalDate dueDate,
    String serviceName,
    List<String> nextSteps,
    String recipient,
    Locale language) {

  public ReceiptNotice {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(language, "language");
    nextSteps = List.copyOf(nextSteps);
  }

  @Override
  public String toString() {
    return "ReceiptNotice[caseNumber=" + caseNumber + ", recipient withheld]";
  }
}
