// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.surveys.SurveyChannel;

/**
 * The staff entry form's fields besides the answers: the channel, the unit and the service as
 * posted, and how many answers were entered in this run (shown, and carried to the next form).
 */
record EntryForm(String channel, String unit, String service, int entered) implements Serializable {

  /** The first form of a run: a paper form, no unit or service, none entered. */
  EntryForm() {
    this(SurveyChannel.PAPER.name(), "", "", 0);
  }

  /** The same channel, unit and service, with one more entered. */
  EntryForm oneMore() {
    return new EntryForm(channel, unit, service, entered + 1);
  }

  /** The channel if it is one staff enter answers from, else {@code null}. */
  @Nullable SurveyChannel channelValue() {
    return SurveyChannel.ENTERED.stream()
        .filter(c -> c.name().equals(channel))
        .findFirst()
        .orElse(null);
  }

  /** The unit's id, or {@code null} for none or a value that is no id. */
  @Nullable Long unitId() {
    try {
      return unit.isBlank() ? null : Long.valueOf(unit.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The service's code, or {@code null} for none. */
  @Nullable String serviceCode() {
    return service.isBlank() ? null : service.strip();
  }

  /** The count posted, 0 when it is no small whole number. */
  static int count(String raw) {
    try {
      int n = Integer.parseInt(raw.strip());
      return n >= 0 && n < 100_000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
