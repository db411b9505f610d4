// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of monitoring (管制考核, ADR 0020), checked when the application starts: a bad value
 * stops the start with a message naming the property.
 *
 * @param reportingPeriod {@code civicdesk.performance.reporting-period}: how a plan's year is
 *     divided for the units' progress reports, {@code QUARTER} ({@code 2026-Q1}), {@code HALF} or
 *     {@code MONTH} (default {@code QUARTER})
 * @param evidence {@code civicdesk.performance.evidence.*}: the evidence files a report takes
 * @param chaseCron {@code civicdesk.performance.chase-cron}: when the daily chase of missing
 *     reports runs, in Taiwan time (default {@code 0 0 8 * * *}, 08:00 every day); {@code -} turns
 *     it off
 */
@NamedInterface("api")
@ConfigurationProperties("civicdesk.performance")
@Validated
public record MonitoringSettings(
    @DefaultValue("QUARTER") @NotNull ReportingPeriod.Length reportingPeriod,
    @DefaultValue @NotNull @Valid Evidence evidence,
    @DefaultValue("0 0 8 * * *") @NotNull String chaseCron) {

  /**
   * @throws IllegalArgumentException when {@code chaseCron} is neither a cron expression of six
   *     fields (seconds first) nor {@code -}
   */
  public MonitoringSettings {
    if (chaseCron != null) {
      try {
        Schedules.cron(chaseCron, MonitoringScheduling.TAIPEI);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("civicdesk.performance.chase-cron must be a cron"
            + " expression of six fields (seconds first) or -, not " + chaseCron, e);
      }
    }
  }

  /**
   * The evidence files of a progress report.
   *
   * @param maxSize {@code civicdesk.performance.evidence.max-size}: the largest file accepted
   *     (default {@code 10MB})
   * @param maxFiles {@code civicdesk.performance.evidence.max-files}: the most files one report
   *     holds (default 10)
   */
  public record Evidence(@DefaultValue("10MB") @NotNull DataSize maxSize,
      @DefaultValue("10") @Positive int maxFiles) {

    /** @throws IllegalArgumentException when {@code maxSize} is less than one byte */
    public Evidence {
      if (maxSize != null && maxSize.toBytes() < 1) {
        throw new IllegalArgumentException("civicdesk.performance.evidence.max-size must be at"
            + " least 1B, not " + maxSize);
      }
    }
  }
}
