// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * No closure with that id belongs to the agency (it never existed, was removed, or belongs to
 * another agency). Maps to "not found". Message key {@code calendar.closure.error.not-found},
 * arguments: the id and the agency code.
 */
public class ClosureNotFound extends NotFoundException {

  public ClosureNotFound(AgencyCode agency, long id) {
    super(
        "calendar.closure.error.not-found",
        "Agency " + agency + " has no closure " + id,
        id,
        agency.value());
  }
}
