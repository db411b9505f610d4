// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in an uploaded calendar file.
 *
 * @param line the line of the file (1 is the header), or {@code 0} for the file as a whole
 * @param messageKey the message key, e.g. {@code calendar.import.error.weekday}
 * @param arguments the message arguments ({@code {0}}, {@code {1}}, ...)
 */
public record CalendarImportError(int line, String messageKey, List<Object> arguments) {

  public CalendarImportError {
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  /** An error on {@code line} with the given message arguments. */
  public static CalendarImportError of(int line, String messageKey, Object... arguments) {
    return new CalendarImportError(line, messageKey, Arrays.asList(arguments));
  }
}
