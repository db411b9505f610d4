// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder sweep on db-scheduler (ADR 0014): tasks live in {@code scheduled_tasks} in our own
 * PostgreSQL, and a due task instance is picked by one node only, however many nodes run.
 *
 * <ul>
 *   <li>{@code reminder-sweep}: recurring, by {@code civicdesk.deadlines.sweep-cron} in Taiwan
 *       time ({@code -} turns it off), sweeps for that day, then posts the {@link DailyDigest};
 *   <li>{@code reminder-sweep-day}: one sweep and digest for the day named by its instance id (ISO date),
 *       e.g. to catch up after an outage; scheduling the same day twice keeps one instance.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** One sweep for the day of its instance id. */
  static final TaskDescriptor<Void> SWEEP_DAY = TaskDescriptor.of("reminder-sweep-day");

  @Bean
  RecurringTask<Void> reminderSweepDaily(ReminderSweep sweep, DailyDigest digest, Clock clock,
      @Value("${civicdesk.deadlines.sweep-cron:0 30 7 * * MON-FRI}") String cron) {
    return Tasks.recurring("reminder-sweep", Schedules.cron(cron, TAIPEI))
        .execute((instance, context) -> sweepAndDigest(sweep, digest,
            LocalDate.now(clock.withZone(TAIPEI))));
  }

  @Bean
  OneTimeTask<Void> reminderSweepDay(ReminderSweep sweep, DailyDigest digest) {
    return Tasks.oneTime(SWEEP_DAY).execute((instance, context) -> sweepAndDigest(sweep, digest,
        LocalDate.parse(instance.getId())));
  }

  /** The reminders of {@code day}, then the digests of what is due and late that day. */
  static void sweepAndDigest(ReminderSweep sweep, DailyDigest digest, LocalDate day) {
    sweep.run(day);
    digest.run(day);
  }
}
