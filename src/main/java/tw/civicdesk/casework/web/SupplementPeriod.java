// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.CaseworkSettings;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The period to supply documents (補正期間) a staff member asks for, in calendar days: what they typed
 * on the case page or sent to the API, else the setting {@code civicdesk.casework.supplement-days}.
 * The case checks the range ({@value Case#SUPPLEMENT_DAYS_MIN}–{@value Case#SUPPLEMENT_DAYS_MAX}).
 */
@Component
class SupplementPeriod {

  static final String FIELD = "days";
  private static final String INVALID = "casework.supplement.days";

  private final int defaultDays;

  SupplementPeriod(CaseworkSettings settings) {
    this.defaultDays = settings.supplementDays();
  }

  /** The period used when none is given. */
  int defaultDays() {
    return defaultDays;
  }

  /** The typed period, {@code null} when blank; refused on field {@code days} if not a number. */
  @Nullable Integer days(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFields(List.of(new FieldProblem(FIELD, INVALID, List.of())));
    }
  }
}
