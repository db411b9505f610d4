// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One thing a staff member did with personal data, to be written by {@link AuditLog#record}.
 *
 * <p>No field ever holds the personal data itself: {@code subjectId} is the identifier of the
 * record (a case number, a staff id), never a national ID, name, address or phone number; {@code
 * detail} says what was done (e.g. {@code "fields=address,phone"} or {@code "export=csv"}), never
 * the values read or written.
 *
 * @param actor the username of the staff member ({@code system:<job>} for a job, {@code applicant}
 *     for the holder of a receipt acting on it); not blank, at most 200 characters
 * @param agencyCode the agency on whose behalf it was done, usually the one owning the subject;
 *     {@code null} when no agency applies (e.g. a system administrator's national task)
 * @param action what was done, upper case with underscores, e.g. {@code PERSONAL_DATA_READ} or
 *     {@code PERSONAL_DATA_CHANGED}; at most 64 characters
 * @param subjectType the kind of record, e.g. {@code CASE} or {@code STAFF}; at most 64 characters
 * @param subjectId the record's identifier, e.g. a case number; not blank, at most 200 characters
 * @param detail what was done in more detail, without any personal data; at most 1000 characters
 * @throws IllegalArgumentException when a field is blank, too long or malformed
 */
public record AuditEvent(
    String actor,
    @Nullable String agencyCode,
    String action,
    String subjectType,
    String subjectId,
    @Nullable String detail) {

  /** Staff read personal data (a page or an export that shows it unmasked). */
  public static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

  /** Staff changed personal data. */
  public static final String PERSONAL_DATA_CHANGED = "PERSONAL_DATA_CHANGED";

  /**
   * Staff looked a case up by its number: its public timeline and internal details, with the
   * applicant's name masked ({@code detail} names the agency owning the case).
   */
  public static final String CASE_LOOKUP = "CASE_LOOKUP";

  /**
   * A case's verification code was shown to staff (on a console receipt, or in the staff API's
   * answer to a filing): not personal data, but what lets its holder act on the case.
   */
  public static final String VERIFICATION_CODE_SHOWN = "VERIFICATION_CODE_SHOWN";

  /**
   * An administrator opened or changed a staff account — name, e-mail, unit, roles, enabled flag or
   * password ({@code subjectType} {@code STAFF}, {@code subjectId} the account's id, {@code
   * agencyCode} the account's agency). {@code detail} names the fields that changed, e.g. {@code
   * fields=roles,password}, or {@code created;fields=…}; never their values.
   */
  public static final String STAFF_ACCOUNT_CHANGED = "STAFF_ACCOUNT_CHANGED";

  /**
   * An administrator created or changed an agency, its site texts (profile, duties, personal-data
   * page) or a unit ({@code subjectType} {@code AGENCY}, {@code AGENCY_PROFILE} or {@code UNIT},
   * {@code subjectId} the agency code or the unit's id). {@code detail} is {@code created} or names
   * the fields that changed, e.g. {@code fields=duties,phone}; never their values.
   */
  public static final String ORGANISATION_CHANGED = "ORGANISATION_CHANGED";

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public AuditEvent {
    requireText("actor", actor, 200);
    if (agencyCode != null) {
      requireText("agencyCode", agencyCode, 64);
    }
    requireCode("action", action);
    requireCode("subjectType", subjectType);
    requireText("subjectId", subjectId, 200);
    if (detail != null && detail.length() > 1000) {
      throw new IllegalArgumentException("detail is longer than 1000 characters");
    }
  }

  /**
   * The {@code detail} of a read, in the form {@code docs/audit-events.md} describes: {@code
   * read=<what>;purpose=<why>;roles=<the reader's roles>}, e.g. {@code
   * read=applicant,field:site;purpose=case-handling;roles=CASE_OFFICER}. Each part names what was
   * read, never a value.
   *
   * @param read what was read, e.g. {@code applicant} or {@code attachment:42}; at least one
   * @param purpose why: the use the page or API serves, e.g. {@code case-handling}
   * @param roles the reader's roles at the time, e.g. {@code CASE_OFFICER}; written sorted, and
   *     left out when none are known
   */
  public static String readDetail(
      java.util.Collection<String> read, String purpose, java.util.Collection<String> roles) {
    if (read.isEmpty()) {
      throw new IllegalArgumentException("a read names what was read");
    }
    return "read="
        + String.join(",", read)
        + ";purpose="
        + purpose
        + (roles.isEmpty() ? "" : ";roles=" + String.join(",", new java.util.TreeSet<>(roles)));
  }

  private static void requireText(String name, @Nullable String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
    }
  }

  private static void requireCode(String name, @Nullable String value) {
    if (value == null || !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be upper case with underscores, e.g." + " PERSONAL_DATA_READ");
    }
  }
}
