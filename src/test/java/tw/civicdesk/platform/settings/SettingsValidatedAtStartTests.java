// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.deadlines.DeadlineSettings;
import tw.civicdesk.intake.IntakeSettings;
import tw.civicdesk.notification.NotificationSettings;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.platform.db.EmbeddedDbSettings;
import tw.civicdesk.tracking.TrackingSettings;

/**
 * Every module's settings record is checked when the application starts (ADR 0035): a bad value
 * stops the start, and Spring Boot's failure report names the property, its value and why. Each
 * record is bound here with one bad value at least — out of range, malformed, of no allowed kind.
 * The records are started alone (every {@code @ConfigurationProperties} of the application, as the
 * application scans them), so no database is needed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidatedAtStartTests {

  /** The application's settings records and nothing else. */
  @Configuration(proxyBeanMethods = false)
  @ConfigurationPropertiesScan("tw.civicdesk")
  static class OnlyTheSettings {}

  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(OnlyTheSettings.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(args);
  }

  @Test
  void theDefaultsPassTheirOwnChecks() {
    try (ConfigurableApplicationContext context = start()) {
      assertThat(context.getBean(IntakeSettings.class).anonymousPerHour()).isEqualTo(30);
      assertThat(context.getBean(NotificationSettings.class).retention().toDays()).isEqualTo(180);
      assertThat(context.getBean(TrackingSettings.class).myCasesLinkLifetime().toMinutes())
          .isEqualTo(30);
      assertThat(context.getBean(DeadlineSettings.class).sweepCron())
          .isEqualTo("0 30 7 * * MON-FRI");
      assertThat(context.getBean(EmbeddedDbSettings.class).dir()).isEqualTo("./data/postgres");
      assertThat(context.getBean(MonitoringSettings.class).evidence().maxSize())
          .isEqualTo(DataSize.ofMegabytes(10));
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "civicdesk.public-base-url                      | desk.yilan.gov.tw",
        "civicdesk.web.max-body-size                    | 0MB",
        "civicdesk.housekeeping.cron                    | every night",
        "civicdesk.embedded-db.port                     | 70000",
        "civicdesk.security.max-failed-sign-ins         | 0",
        "civicdesk.security.lockout                     | -15m",
        "civicdesk.audit.head-log-cron                  | 0 5 0 * *",
        "civicdesk.deadlines.closure-policy             | SOMETIMES",
        "civicdesk.calendar.refresh-interval            | 0s",
        "civicdesk.catalogue.max-upload-size            | -5MB",
        "civicdesk.deadlines.due-soon-working-days      | -1",
        "civicdesk.deadlines.sweep-parts                | 0",
        "civicdesk.intake.anonymous-per-hour            | -1",
        "civicdesk.intake.idempotency-retention         | a week",
        "civicdesk.notification.retention               | -180d",
        "civicdesk.notification.backoff                 | ten seconds",
        "civicdesk.notification.batch                   | 0",
        "civicdesk.sms.gateway                          | pigeon",
        "civicdesk.sms.http.url                         | gateway.example",
        "civicdesk.tracking.max-link-requests           | 0",
        "civicdesk.tracking.window                      | 0s",
        "civicdesk.tracking.max-failures                | 0",
        "civicdesk.casework.supplement-days             | 61",
        "civicdesk.site.contact-email                   | service at example",
        "civicdesk.performance.reporting-period         | WEEK",
        "civicdesk.performance.evidence.max-size        | 0MB",
        "civicdesk.performance.evidence.max-files       | 0",
        "civicdesk.performance.chase-cron               | every morning",
        "civicdesk.performance.report-font              | ' '",
        "civicdesk.petitions.map-tiles                  | tiles.example.org/{z}/{x}/{y}.png",
        "civicdesk.petitions.anonymous-per-hour         | 0",
        "civicdesk.petitions.follows-per-hour           | -1",
        "civicdesk.petitions.recent-days                | 0",
        "civicdesk.petitions.photo-max-size             | 0MB"
      })
  void aBadValueStopsTheStartWithAMessageNamingTheProperty(
      String property, String value, CapturedOutput output) {
    assertThatThrownBy(() -> start("--" + property + "=" + value).close())
        .hasStackTraceContaining(property.substring(0, property.lastIndexOf('.')));
    // The report's "Property" line names it, or (for a record's own component, which it names in
    // camel case) its "Origin" line quotes it as it was set; a nested record's component, which
    // has no "Origin" line, is named in camel case.
    String camel =
        Pattern.compile("-([a-z])")
            .matcher(property)
            .replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START")
        .containsAnyOf(
            "Property: " + property + "\n",
            "Property: " + camel + "\n",
            "\"" + property + "\" from property source \"commandLineArgs\"");
  }
}
