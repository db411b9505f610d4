// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily chase of missing progress reports on db-scheduler (ADR 0014, ADR 0020): {@code
 * plan-progress-chase}, recurring by {@link MonitoringSettings#chaseCron()} in Taiwan time (08:00
 * every day by default; {@code -} turns it off). A due execution is picked by one node only; each
 * plan is chased in its own transaction, and a pair already chased is never chased again ({@link
 * ProgressChasing}), so a retried or repeated run tells nobody twice.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringScheduling {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final String TASK = "plan-progress-chase";

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringScheduling.class);

  @Bean
  RecurringTask<Void> planProgressChaseDaily(
      ProgressChasing chasing, Clock clock, MonitoringSettings settings) {
    return Tasks.recurring(TASK, Schedules.cron(settings.chaseCron(), TAIPEI))
        .execute((instance, context) -> run(chasing, LocalDate.now(clock.withZone(TAIPEI))));
  }

  /** Chases every plan in execution as of {@code today}; answers how many pairs were chased. */
  static int run(ProgressChasing chasing, LocalDate today) {
    String run = UUID.randomUUID().toString();
    LOG.info("{} {} started for {}", TASK, run, today);
    int chased = 0;
    for (long planId : chasing.plansInExecution(today)) {
      chased += chasing.chaseDaily(planId, today);
    }
    LOG.info("{} {} finished: {} missing reports chased", TASK, run, chased);
    return chased;
  }
}
