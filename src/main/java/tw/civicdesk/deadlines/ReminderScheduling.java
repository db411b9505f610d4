// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder sweep on db-scheduler (ADR 0014): tasks live in {@code scheduled_tasks} in our own
 * PostgreSQL, and a due task instance is picked by one node only, however many nodes run.
 *
 * <ul>
 *   <li>{@code reminder-sweep}: recurring, by {@code civicdesk.deadlines.sweep-cron} in Taiwan time
 *       ({@code -} turns it off), starts the day's sweep as {@code reminder-sweep-day} does;
 *   <li>{@code reminder-sweep-day}: the sweep of the day named by its instance id (ISO date), e.g.
 *       to catch up after an outage; scheduling the same day twice keeps one instance. It splits
 *       the running cases into {@code civicdesk.deadlines.sweep-parts} parts (default 4), schedules
 *       one {@code reminder-sweep-part} per part ({@code <day>/<part>/<parts>}, at once), and posts
 *       the {@link DailyDigest} of the day;
 *   <li>{@code reminder-sweep-part}: the sweep of one part; the parts run side by side on the
 *       scheduler threads of every node, so that more nodes sweep faster.
 * </ul>
 *
 * <p>A part that fails is retried by db-scheduler; since every reminder carries its occasion key, a
 * retried or repeated part tells nobody twice. The digest counts the cases' due dates, not the
 * reminders, so it does not wait for the parts.
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** The sweep of the day of its instance id: schedules the parts, posts the digest. */
  static final TaskDescriptor<Void> SWEEP_DAY = TaskDescriptor.of("reminder-sweep-day");

  /** The sweep of one part of a day, instance id {@code <day>/<part>/<parts>}. */
  static final TaskDescriptor<Void> SWEEP_PART = TaskDescriptor.of("reminder-sweep-part");

  @Bean
  RecurringTask<Void> reminderSweepDaily(
      DailyDigest digest, Clock clock, DeadlineSettings settings) {
    return Tasks.recurring("reminder-sweep", Schedules.cron(settings.sweepCron(), TAIPEI))
        .execute(
            (instance, context) ->
                startDay(
                    context, digest, LocalDate.now(clock.withZone(TAIPEI)), settings.sweepParts()));
  }

  @Bean
  OneTimeTask<Void> reminderSweepDay(DailyDigest digest, DeadlineSettings settings) {
    return Tasks.oneTime(SWEEP_DAY)
        .execute(
            (instance, context) ->
                startDay(
                    context, digest, LocalDate.parse(instance.getId()), settings.sweepParts()));
  }

  @Bean
  OneTimeTask<Void> reminderSweepPart(ReminderSweep sweep) {
    return Tasks.oneTime(SWEEP_PART)
        .execute(
            (instance, context) -> {
              String[] id = instance.getId().split("/");
              sweep.run(LocalDate.parse(id[0]), Integer.parseInt(id[1]), Integer.parseInt(id[2]));
            });
  }

  /**
   * Schedules the parts of {@code day}'s sweep (each once), due when the task that starts them was
   * due (so at once, by db-scheduler's own clock), then posts the day's digests.
   */
  static void startDay(ExecutionContext context, DailyDigest digest, LocalDate day, int parts) {
    if (parts < 1) {
      throw new IllegalStateException("civicdesk.deadlines.sweep-parts must be at least 1");
    }
    Instant due = context.getExecution().getExecutionTime();
    for (int part = 0; part < parts; part++) {
      context
          .getSchedulerClient()
          .scheduleIfNotExists(
              SWEEP_PART.instance(day + "/" + part + "/" + parts).scheduledTo(due));
    }
    digest.run(day);
  }
}
