// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/**
 * Monitoring's settings have their defaults in the record alone, and a bad value stops the start
 * with a message naming the property.
 */
class MonitoringSettingsTests {

  @EnableConfigurationProperties(MonitoringSettings.class)
  static class OnlyTheSettings {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(OnlyTheSettings.class);

  @Test
  void theDefaultsAreAQuarterTenFilesOfTenMegabytesAndEightOClock() {
    runner.run(context -> {
      MonitoringSettings settings = context.getBean(MonitoringSettings.class);
      assertThat(settings.reportingPeriod()).isEqualTo(ReportingPeriod.Length.QUARTER);
      assertThat(settings.evidence().maxSize()).isEqualTo(DataSize.ofMegabytes(10));
      assertThat(settings.evidence().maxFiles()).isEqualTo(10);
      assertThat(settings.chaseCron()).isEqualTo("0 0 8 * * *");
    });
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "civicdesk.performance.reporting-period    | WEEK",
      "civicdesk.performance.evidence.max-files  | 0",
      "civicdesk.performance.evidence.max-size   | 0MB",
      "civicdesk.performance.evidence.max-size   | ten megabytes",
      "civicdesk.performance.chase-cron          | every morning"})
  void aBadValueStopsTheStartNamingTheProperty(String property, String value) {
    runner.withPropertyValues(property + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      StringBuilder messages = new StringBuilder();
      for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
        messages.append(t.getMessage()).append('\n');
      }
      String field = property.substring("civicdesk.performance.".length());
      String camel = Pattern.compile("-([a-z])").matcher(field)
          .replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
      assertThat(messages.toString()).containsAnyOf(property, "on field '" + camel + "'");
    });
  }
}
