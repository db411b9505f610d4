// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Party;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Who hands an application in: the citizen themselves (online), or a staff member of {@code
 * agency} recording it at the counter, from a call or from a letter.
 */
public record Submitter(Actor actor, @Nullable AgencyCode agency) {

  /** A citizen applying online, signed in or not. */
  public static Submitter citizen() {
    return new Submitter(Actor.applicant(), null);
  }

  /** A staff member of {@code agency} recording an application (as 櫃台人員). */
  public static Submitter staff(String username, AgencyCode agency) {
    return new Submitter(Actor.staff(Party.COUNTER_CLERK, username), agency);
  }

  boolean isStaff() {
    return agency != null;
  }
}
