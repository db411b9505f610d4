// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The report's font setting has its default in the record alone, and an empty one stops the
 * start with a message naming the property.
 */
class ReportSettingsTests {

  @EnableConfigurationProperties(ReportSettings.class)
  static class OnlyTheSettings {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(OnlyTheSettings.class);

  @Test
  void theDefaultFontIsArPlUmingTw() {
    runner.run(context -> assertThat(context.getBean(ReportSettings.class).reportFont())
        .isEqualTo("/usr/share/fonts/truetype/arphic/uming.ttc,2"));
  }

  @Test
  void anEmptyFontStopsTheStartNamingTheProperty() {
    runner.withPropertyValues("civicdesk.performance.report-font= ").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("civicdesk.performance")
          .hasStackTraceContaining("reportFont");
    });
  }
}
