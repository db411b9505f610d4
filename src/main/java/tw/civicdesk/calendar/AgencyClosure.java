// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import java.util.Objects;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A day on which one agency's office is closed (停止上班), e.g. declared for a typhoon under
 * 天然災害停止上班及上課作業辦法. Only {@link ClosureKind#FULL_DAY} closures remove a working day.
 *
 * @param id the stored id, or {@code 0} for a closure that is not stored (e.g. in a unit test)
 * @param agency the agency whose office closes
 * @param day the day of the closure
 * @param kind full or half day
 * @param reason why, for the record (1 to {@value #MAX_REASON_LENGTH} characters, trimmed)
 */
public record AgencyClosure(
    long id, AgencyCode agency, LocalDate day, ClosureKind kind, String reason) {

  /** The longest reason accepted, in characters (code points). */
  public static final int MAX_REASON_LENGTH = 200;

  /**
   * @throws InvalidClosureReason when the trimmed reason is empty or too long
   * @throws NullPointerException when any other component is null
   */
  public AgencyClosure {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(kind, "kind");
    reason = reason == null ? "" : reason.strip();
    int length = reason.codePointCount(0, reason.length());
    if (length < 1 || length > MAX_REASON_LENGTH) {
      throw new InvalidClosureReason(1, MAX_REASON_LENGTH);
    }
  }
}
