// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the year's performance report (績效報告) of a plan says, gathered once and written as ODT, ODS
 * and PDF alike: the plan, progress per practice and period, indicators with their charts, and the
 * scores. Every label is already in the reader's language.
 *
 * @param labels the report's headings and words, by message key
 * @param periods the reporting periods of the year, e.g. {@code 2026-Q1}
 */
record YearReport(
    Labels labels,
    String agencyName,
    int year,
    String title,
    String status,
    int revision,
    @Nullable String approvalRef,
    List<String> basis,
    List<String> goals,
    List<String> scope,
    List<String> periods,
    List<PracticeRow> practices,
    List<IndicatorRow> indicators,
    @Nullable ScoreTable scores) {

  /** The report's words in the reader's language. */
  @FunctionalInterface
  public interface Labels {
    String get(String key, Object... arguments);
  }

  /**
   * A practice with what was reported on it in each period.
   *
   * @param heading the plan heading it stands under
   * @param cells one per period: status and narrative per unit, or "no report"
   */
  public record PracticeRow(String heading, String text, List<String> cells) {}

  /**
   * An indicator with target, actual and trend, and its chart (PNG).
   *
   * @param met "met", "not met" or empty, in words
   * @param source where the values come from, in words: a computed indicator's provider's {@code
   *     source()}, or that the units report a hand-entered one
   */
  public record IndicatorRow(
      String practice,
      String name,
      String measure,
      @Nullable BigDecimal target,
      @Nullable BigDecimal actual,
      List<@Nullable BigDecimal> trend,
      String met,
      String source,
      byte[] chart) {}

  /** The scores: the framework's name, its lines and the total, with last year's year. */
  public record ScoreTable(
      String framework,
      String status,
      @Nullable Integer lastYear,
      List<ScoreRow> rows,
      ScoreRow total) {}

  /** A dimension (depth 0), an item (depth 1) or the total, with its maximum and results. */
  public record ScoreRow(
      String title,
      int depth,
      BigDecimal max,
      @Nullable BigDecimal self,
      @Nullable BigDecimal review,
      @Nullable BigDecimal lastYear) {}
}
