// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.identity.NationalId;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The person who filed a case, with what they gave to be reached. Personal data: stored apart
 * from the case, read by staff only through {@link CaseEngine#applicant}, which audits every read;
 * never on a public page, in open data or in a log line ({@link #toString()} is masked).
 *
 * @param language the language notices are written in, zh-TW or en
 * @param notifyBy how the applicant wants to hear of the case; the matching contact is present
 */
public record Applicant(String name, @Nullable NationalId nationalId, @Nullable String email,
    @Nullable String phone, @Nullable String address, Locale language, NotifyBy notifyBy) {

  /** How an applicant wants to be told of their case. */
  public enum NotifyBy {
    EMAIL, SMS, POST, NONE
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
    boolean reachable = switch (notifyBy) {
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
    return "Applicant[personal data withheld, language=" + Languages.tag(language)
        + ", notifyBy=" + notifyBy + "]";
  }
}
