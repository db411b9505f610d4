// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.platform.files.ContentInspection;

/**
 * Settings of monitoring (管制考核): {@code civicdesk.performance.reporting-period} (QUARTER,
 * HALF or MONTH; QUARTER by default), {@code civicdesk.performance.evidence.max-size} (10MB) and
 * {@code civicdesk.performance.evidence.max-files} (10 per report).
 */
@NamedInterface("api")
@Component
public class MonitoringSettings {

  private final ReportingPeriod.Length length;
  private final DataSize maxFileSize;
  private final int maxFiles;

  public MonitoringSettings(
      @Value("${civicdesk.performance.reporting-period:QUARTER}") ReportingPeriod.Length length,
      @Value("${civicdesk.performance.evidence.max-size:10MB}") DataSize maxFileSize,
      @Value("${civicdesk.performance.evidence.max-files:10}") int maxFiles) {
    if (maxFiles < 1) {
      throw new IllegalArgumentException("civicdesk.performance.evidence.max-files must be >= 1");
    }
    this.length = length;
    this.maxFileSize = ContentInspection.requirePositive(maxFileSize);
    this.maxFiles = maxFiles;
  }

  /** How a plan's year is divided for reporting. */
  public ReportingPeriod.Length length() {
    return length;
  }

  /** The largest evidence file accepted. */
  public DataSize maxFileSize() {
    return maxFileSize;
  }

  /** The most evidence files one report holds. */
  public int maxFiles() {
    return maxFiles;
  }
}
