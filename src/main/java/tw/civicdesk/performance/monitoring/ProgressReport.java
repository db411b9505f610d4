// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The current progress report of one unit on one practice of a plan for one period (管制考核 填報), as
 * the unit last submitted it and the quality officer last reviewed it. Earlier submissions and
 * reviews are its {@link ProgressEntry entries}.
 *
 * @param period the reporting period's code, e.g. {@code 2026-Q1}
 * @param figures the values entered for the practice's hand-entered indicators, by indicator id
 * @param links evidence as http(s) addresses
 * @param onBehalf whether a quality officer submitted it on the unit's behalf
 * @param reviewComment the officer's comment with the last return or reopening
 * @param version optimistic lock, raised by every change
 */
public record ProgressReport(
    long id,
    long planId,
    String practiceId,
    String unitCode,
    String period,
    ProgressStatus status,
    String narrative,
    Map<String, BigDecimal> figures,
    List<String> links,
    ReviewState reviewState,
    String submittedBy,
    Instant submittedAt,
    boolean onBehalf,
    @Nullable String reviewedBy,
    @Nullable Instant reviewedAt,
    @Nullable String reviewComment,
    int version) {

  public ProgressReport {
    figures = Map.copyOf(figures);
    links = List.copyOf(links);
  }

  /** What this report gives the indicators and the year's report. */
  public PracticeProgress progress() {
    return new PracticeProgress(
        practiceId,
        unitCode,
        period,
        status,
        narrative,
        figures,
        reviewState == ReviewState.ACCEPTED);
  }
}
