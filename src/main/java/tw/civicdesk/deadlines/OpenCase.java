// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What the reminder rules need of an open case.
 *
 * @param officer the assigned officer, {@code null} while unassigned
 * @param receivedOn the day the agency received it (the clock's start)
 * @param limit its time limit
 * @param dueDate its due date now, {@code null} while a supplement is awaited (the clock stands)
 */
public record OpenCase(
    CaseNumber number,
    AgencyCode agency,
    @Nullable String officer,
    LocalDate receivedOn,
    TimeLimit limit,
    @Nullable LocalDate dueDate) {

  public OpenCase {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(limit, "limit");
  }
}
