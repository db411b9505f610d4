// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.List;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * An uploaded calendar file was rejected; nothing was written. {@link #errors()} lists every
 * problem found (up to a cap), in file order, so the administrator can fix them all at once.
 * Message key {@code calendar.import.error.rejected}, argument: the number of errors.
 */
public class CalendarImportRejected extends InvalidInputException {

  private final transient List<CalendarImportError> errors;

  /**
   * @param errors the problems found; must not be empty
   */
  public CalendarImportRejected(List<CalendarImportError> errors) {
    super(
        "calendar.import.error.rejected",
        "Calendar file rejected: " + describe(errors),
        errors.size());
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A rejection needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** The problems found, in file order; never empty. */
  public List<CalendarImportError> errors() {
    return errors;
  }

  private static String describe(List<CalendarImportError> errors) {
    return errors.stream()
            .limit(5)
            .map(e -> "line " + e.line() + " " + e.messageKey() + " " + e.arguments())
            .toList()
        + (errors.size() > 5 ? " and " + (errors.size() - 5) + " more" : "");
  }
}
