// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A unit's report on one practice for one reporting period, as last submitted (or accepted).
 *
 * @param period e.g. {@code 2026-Q1} (see {@link ReportingPeriod})
 * @param figures the values the unit entered for the practice's indicators, by indicator id
 * @param accepted whether the quality officer accepted it
 */
@NamedInterface("api")
public record PracticeProgress(
    String practiceId,
    String unitCode,
    String period,
    ProgressStatus status,
    String narrative,
    Map<String, BigDecimal> figures,
    boolean accepted) {

  public PracticeProgress {
    figures = Map.copyOf(figures);
  }
}
