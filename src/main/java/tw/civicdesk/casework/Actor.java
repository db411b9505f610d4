// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.Objects;

/**
 * Who takes a step on a case, as recorded in its history.
 *
 * @param party the capacity they act in, checked against the lifecycle table
 * @param who a stable reference: a staff username, {@code applicant} or {@code system}; never a
 *     citizen's name
 */
public record Actor(Party party, String who) {

  public Actor {
    Objects.requireNonNull(party, "party");
    if (who == null || who.isBlank()) {
      throw new IllegalArgumentException("An actor needs a reference");
    }
  }

  public static Actor applicant() {
    return new Actor(Party.APPLICANT, "applicant");
  }

  public static Actor system() {
    return new Actor(Party.SYSTEM, "system");
  }

  public static Actor staff(Party party, String username) {
    return new Actor(party, username);
  }
}
