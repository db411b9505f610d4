// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.housekeeping;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily {@code housekeeping} task on db-scheduler (ADR 0014): recurring by {@code
 * civicdesk.housekeeping.cron} in Taiwan time (03:15 every day by default; {@code -} turns it off),
 * picked by one node. It calls every {@link Purge} bean in turn; one that fails is logged and does
 * not stop the others.
 */
@Configuration(proxyBeanMethods = false)
class HousekeepingScheduling {

  static final String TASK = "housekeeping";
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Logger LOG = LoggerFactory.getLogger(HousekeepingScheduling.class);

  @Bean
  RecurringTask<Void> housekeepingDaily(
      List<Purge> purges, Clock clock, HousekeepingSettings settings) {
    return Tasks.recurring(TASK, Schedules.cron(settings.cron(), TAIPEI))
        .execute((instance, context) -> run(purges, clock));
  }

  /** Runs every purge once; answers the rows deleted in all. */
  static int run(List<Purge> purges, Clock clock) {
    String run = UUID.randomUUID().toString();
    LOG.info("{} {} started", TASK, run);
    int total = 0;
    for (Purge purge : purges) {
      try {
        int deleted = purge.purge(clock.instant());
        LOG.info("{} {}: {} deleted {} rows", TASK, run, purge.name(), deleted);
        total += deleted;
      } catch (RuntimeException e) {
        LOG.error("{} {}: {} failed", TASK, run, purge.name(), e);
      }
    }
    LOG.info("{} {} finished: {} rows deleted", TASK, run, total);
    return total;
  }
}
