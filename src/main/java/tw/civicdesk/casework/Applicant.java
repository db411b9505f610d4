// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.identity.NationalId;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The person who filed a case, with what they gave to be reached. Personal data: stored apart from
 * the case, read by staff only through {@link CaseEngine#applicant}, which audits every read; never
 * on a public page, in open data or in a log line ({@link #toString()} is masked).
 *
 * @param language the language notices are written in, zh-TW or en
 * @param notifyBy how the applicant wants to hear of the case; the matching contact is present
 */
public record Applicant(
    String name,
    @Nullable NationalId nationalId,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String address,
    Locale language,
    NotifyBy notifyBy) {

  /** How an applicant wants to be told of their case. */
  public enum NotifyBy {
    EMAIL,
    SMS,
    POST,
    NONE
  }

  public Applicant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An applicant needs a name");
    }
    Objects.requireNonNull(notifyBy, "notifyBy");
    language = Languages.normalise(Objects.requireNonNull(language, "language"));
    email = blankToNull(email);
    phone = blankToNull(phone);
    address = blankToNull(address);
    boolean reachable =
        switch (notifyBy) {
          case EMAIL -> email != null;
          case SMS -> phone != null;
          case POST -> address != null;
          case NONE -> true;
        };
    if (!reachable) {
      throw new IllegalArgumentException("No contact for notices by " + notifyBy);
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "Applicant[personal data withheld, language="
        + Languages.tag(language)
        + ", notifyBy="
        + notifyBy
        + "]";
  }

  // The formats an applicant's e-mail address and phone number must have: one rule for intake's
  // application form and for a receipt holder's change of contact. The shape only; whether the
  // address is the applicant's is proven by a message sent to it.

  /** The longest e-mail address SMTP carries (RFC 5321 path limit). */
  public static final int MAX_EMAIL_LENGTH = 254;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()#-]{7,20}");

  /** Whether {@code email} (already trimmed) looks like an e-mail address; {@code null} is not. */
  public static boolean isEmail(@Nullable String email) {
    return email != null && email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
  }

  /** Whether {@code phone} (already trimmed) looks like a phone number; {@code null} is not. */
  public static boolean isPhone(@Nullable String phone) {
    return phone != null && PHONE.matcher(phone).matches();
  }

  /**
   * The new contact a receipt holder gives for notices on {@code channel}, trimmed (an e-mail
   * address also in lower case), once it has the channel's format.
   *
   * @throws InvalidFields on field {@code address} ({@code casework.contact.email} or {@code
   *     .phone}) when it has not, or on {@code channel} ({@code casework.contact.channel}) when the
   *     channel is neither e-mail nor SMS
   */
  public static String checkedContact(@Nullable NotifyBy channel, @Nullable String address) {
    String given = address == null ? "" : address.strip();
    if (channel == NotifyBy.EMAIL && isEmail(given)) {
      return normalisedEmail(given);
    }
    if (channel == NotifyBy.SMS && isPhone(given)) {
      return given;
    }
    FieldProblem problem =
        channel == NotifyBy.EMAIL
            ? new FieldProblem("address", "casework.contact.email", List.of())
            : channel == NotifyBy.SMS
                ? new FieldProblem("address", "casework.contact.phone", List.of())
                : new FieldProblem("channel", "casework.contact.channel", List.of());
    throw new InvalidFields(List.of(problem));
  }

  /**
   * An e-mail address as cases are matched by it: trimmed and in lower case (the local part is
   * case-sensitive by the letter of RFC 5321, but no mail service in practice treats it so, and a
   * citizen does not remember how they capitalised it).
   */
  public static String normalisedEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
