// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of monitoring (管制考核, ADR 0020), checked when the application starts (ADR 0035): a bad
 * value stops the start with a message naming the property.
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
    @DefaultValue("0 0 8 * * *") @NotNull @CronOrOff String chaseCron) {

  /**
   * The evidence files of a progress report.
   *
   * @param maxSize {@code civicdesk.performance.evidence.max-size}: the largest file accepted
   *     (default {@code 10MB})
   * @param maxFiles {@code civicdesk.performance.evidence.max-files}: the most files one report
   *     holds (default 10)
   */
  public record Evidence(
      @DefaultValue("10MB") @NotNull @PositiveSize DataSize maxSize,
      @DefaultValue("10") @Positive int maxFiles) {}
}
