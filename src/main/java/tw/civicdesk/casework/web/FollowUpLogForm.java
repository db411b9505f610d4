// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.casework.internal.FollowUpLog;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The filters of the follow-up log page as typed: agency code, unit id, answered (ANY, YES, NO) and
 * month ({@code yyyy-MM}); each malformed value is refused next to its field.
 */
public class FollowUpLogForm {

  private String agency = "";
  private String unit = "";
  private String answered = "ANY";
  private String month = "";

  /** The filter, or {@code null} after recording the malformed values on {@code result}. */
  FollowUpLog.@Nullable Filter toFilter(BindingResult result) {
    AgencyCode code = null;
    if (!agency.isBlank()) {
      String raw = agency.strip().toUpperCase(Locale.ROOT);
      if (AgencyCode.isValid(raw)) {
        code = AgencyCode.of(raw);
      } else {
        result.rejectValue("agency", "casework.follow-up-log.error.agency");
      }
    }
    Long unitId = null;
    if (!unit.isBlank()) {
      try {
        unitId = Long.valueOf(unit.strip());
      } catch (NumberFormatException e) {
        result.rejectValue("unit", "casework.follow-up-log.error.unit");
      }
    }
    FollowUpLog.Answered answer = FollowUpLog.Answered.ANY;
    try {
      answer =
          answered.isBlank()
              ? answer
              : FollowUpLog.Answered.valueOf(answered.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      result.rejectValue("answered", "casework.follow-up-log.error.answered");
    }
    YearMonth in = null;
    try {
      in = month.isBlank() ? null : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      result.rejectValue("month", "casework.follow-up-log.error.month");
    }
    return result.hasErrors() ? null : new FollowUpLog.Filter(code, unitId, in, answer);
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getAnswered() {
    return answered;
  }

  public void setAnswered(String answered) {
    this.answered = answered;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
