// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tw.civicdesk.platform.time.DailyTask;

/**
 * The open data's wiring: the daily refresh on db-scheduler ({@value #REFRESH_TASK}, one node per
 * run, by {@link OpenDataSettings#refreshCron()}), and a first build once the application is ready
 * (after the demo data) when {@link OpenDataSettings#buildAtStart()} says so.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

  static final String REFRESH_TASK = "opendata-refresh";

  private final OpenData openData;
  private final OpenDataSettings settings;

  OpenDataConfiguration(OpenData openData, OpenDataSettings settings) {
    this.openData = openData;
    this.settings = settings;
  }

  @Bean
  RecurringTask<Void> openDataRefreshDaily(Clock clock) {
    return DailyTask.of(
        REFRESH_TASK, settings.refreshCron(), clock, openData::refresh, "snapshots built");
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void buildAtStart() {
    if (settings.buildAtStart()) {
      openData.refresh(openData.today());
    }
  }
}
