// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.Objects;

/**
 * A full-day closure of one agency was recorded or withdrawn: the agency's working days changed on
 * {@link AgencyClosure#day()}. Published by {@link CalendarAdministration} inside the transaction
 * of the change, so that a plain {@code @EventListener} can bring whatever it derived from the old
 * calendar up to date in that same transaction (all or nothing). Half-day closures change no date
 * and publish nothing.
 *
 * @param closure the closure recorded or withdrawn
 * @param added {@code true} when recorded, {@code false} when withdrawn
 * @param calendar the calendar as it is after the change, read in the changing transaction; use it,
 *     not {@link WorkingCalendar}, whose cached snapshot shows the change only after the commit
 */
public record AgencyClosureChanged(
    AgencyClosure closure, boolean added, CalendarSnapshot calendar) {

  public AgencyClosureChanged {
    Objects.requireNonNull(closure, "closure");
    Objects.requireNonNull(calendar, "calendar");
  }
}
