// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.LocalDate;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.ConflictException;

/**
 * The agency already has a closure on that day; remove it first to change it. Message key {@code
 * calendar.closure.error.duplicate}, arguments: the day and the agency code.
 */
public class DuplicateClosure extends ConflictException {

  public DuplicateClosure(AgencyCode agency, LocalDate day) {
    super(
        "calendar.closure.error.duplicate",
        "Agency " + agency + " already has a closure on " + day,
        day,
        agency.value());
  }
}
