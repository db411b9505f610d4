// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One group of the petition statistics (docs/petitions.md has what each counts and in which month).
 *
 * @param group the group's value: a month {@code 2026-03}, a kind or channel constant, a category
 *     code, a district ("" for none given); "" for the total
 * @param received cases received
 * @param named of those, with a petitioner who gave an e-mail or a phone
 * @param repeats of those, repeats of an earlier case of the same petitioner and category
 * @param replied replies (answers and closures without processing)
 * @param repliedOnTime of those, on or before the due date in force
 * @param replyDays the sum of calendar days from receipt to reply
 * @param notProcessed of the replies, closures without processing (§173)
 * @param transferred cases sent to the competent agency
 * @param p90Days the 90th percentile of days to reply (nearest rank), {@code null} without replies
 */
public record StatisticsRow(
    String group,
    long received,
    long named,
    long repeats,
    long replied,
    long repliedOnTime,
    long replyDays,
    long notProcessed,
    long transferred,
    @Nullable Integer p90Days) {

  /** Replied on time ÷ replied, in % with one decimal; {@code null} without replies. */
  public @Nullable BigDecimal onTimePercent() {
    return percent(repliedOnTime, replied);
  }

  /** Repeats ÷ named cases, in % with one decimal; {@code null} without named cases. */
  public @Nullable BigDecimal repeatPercent() {
    return percent(repeats, named);
  }

  /** Average calendar days to reply, one decimal; {@code null} without replies. */
  public @Nullable BigDecimal averageDays() {
    return replied == 0
        ? null
        : BigDecimal.valueOf(replyDays)
            .divide(BigDecimal.valueOf(replied), 1, RoundingMode.HALF_UP);
  }

  /** {@code part} ÷ {@code whole} in %, rounded half up to one decimal; {@code null} for 0 ÷ 0. */
  public static @Nullable BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
