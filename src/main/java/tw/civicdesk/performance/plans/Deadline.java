// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * When a practice of a plan is due (完成期限): a date, or a recurring kind the plans give instead of
 * one — 經常辦理 (ongoing, all year) or 適時辦理 (as needed). Exactly one of the two is set; the JSON form
 * is {@code {"date": "2026-06-30"}} or {@code {"recurring": "ONGOING"}}.
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deadline(@Nullable LocalDate date, @Nullable Recurring recurring) {

  /** A deadline without a date. */
  public enum Recurring {
    /** 經常辦理: done all year round. */
    ONGOING,
    /** 適時辦理: done when the occasion arises. */
    AS_NEEDED
  }

  public static final Deadline ONGOING = new Deadline(null, Recurring.ONGOING);
  public static final Deadline AS_NEEDED = new Deadline(null, Recurring.AS_NEEDED);

  public Deadline {
    if ((date == null) == (recurring == null)) {
      throw new IllegalArgumentException("a deadline is a date or a recurring kind, not both");
    }
  }

  /** Due on {@code date}. */
  public static Deadline on(LocalDate date) {
    return new Deadline(date, null);
  }

  /** Whether this deadline is a date, not a recurring kind. */
  public boolean dated() {
    return date != null;
  }
}
