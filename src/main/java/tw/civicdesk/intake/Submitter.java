// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Who hands an application in: the citizen themselves (online), or a staff member of {@code agency}
 * recording it at the counter, from a call or from a letter.
 *
 * @param clerk the staff member's username, {@code null} for the citizen
 */
public record Submitter(@Nullable String clerk, @Nullable AgencyCode agency) {

  /** A citizen applying online, signed in or not. */
  public static Submitter citizen() {
    return new Submitter(null, null);
  }

  /** A staff member of {@code agency} recording an application (as 櫃台人員). */
  public static Submitter staff(String username, AgencyCode agency) {
    return new Submitter(username, agency);
  }

  boolean isStaff() {
    return agency != null;
  }

  /** Who is named in the case's history and the audit trail: the clerk, or {@code applicant}. */
  String who() {
    return clerk == null ? "applicant" : clerk;
  }
}
