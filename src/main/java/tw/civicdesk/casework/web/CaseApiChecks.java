// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Collects every problem of one request body, then throws them all at once as {@link InvalidFields}
 * (422 with {@code errors[]}). Each getter answers a usable placeholder when the value is bad, so
 * checking goes on; {@link #done} throws before any placeholder is used.
 */
final class CaseApiChecks {

  private final List<FieldProblem> problems = new ArrayList<>();

  int version(@Nullable Integer version) {
    if (version == null) {
      problems.add(new FieldProblem("version", "casework.api.version.required", List.of()));
      return -1;
    }
    return version;
  }

  String required(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "casework.api.field.required", List.of()));
      return "";
    }
    return value.strip();
  }

  long required(@Nullable Long value, String field) {
    if (value == null) {
      problems.add(new FieldProblem(field, "casework.api.field.required", List.of()));
      return 0;
    }
    return value;
  }

  TimeLimit limit(@Nullable Integer amount, @Nullable String unit) {
    TimeLimit.Unit u = TimeLimit.Unit.WORKING_DAYS;
    if (unit == null || unit.isBlank()) {
      problems.add(new FieldProblem("unit", "casework.api.field.required", List.of()));
    } else {
      try {
        u = TimeLimit.Unit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("unit", "casework.api.time-unit", List.of()));
      }
    }
    if (amount == null || amount < 1 || amount > 999) {
      problems.add(new FieldProblem("amount", "casework.api.amount", List.of()));
      return new TimeLimit(1, u);
    }
    return new TimeLimit(amount, u);
  }

  Decision outcome(@Nullable String outcome) {
    try {
      return Decision.valueOf(required(outcome, "outcome").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      if (outcome != null && !outcome.isBlank()) {
        problems.add(new FieldProblem("outcome", "casework.api.outcome", List.of()));
      }
      return Decision.ANSWERED;
    }
  }

  @Nullable CaseNumber caseNumber(@Nullable String raw, String field) {
    if (required(raw, field).isEmpty()) {
      return null;
    }
    return CaseNumber.parse(raw)
        .orElseGet(
            () -> {
              problems.add(new FieldProblem(field, "casework.merge.unknown", List.of()));
              return null;
            });
  }

  @Nullable AgencyCode agency(@Nullable String raw, String field) {
    String value = required(raw, field).toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      return null;
    }
    if (!AgencyCode.isValid(value)) {
      problems.add(new FieldProblem(field, "casework.api.agency", List.of()));
      return null;
    }
    return AgencyCode.of(value);
  }

  /**
   * @throws InvalidFields when any check failed
   */
  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }
}
