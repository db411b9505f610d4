// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.time;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daily db-scheduler task that does one day's work for the office's day in Taipei: a module's
 * reminder or chase declares its bean as {@code DailyTask.of("faq-review-reminder", cron, clock,
 * reminders::remind, "reminders posted")}. Each run logs its start and how many things it did,
 * under a run id, so that two nodes' runs can be told apart; never anything about a person.
 */
public final class DailyTask {

  /** The office's time zone: the day a task works on is Taipei's. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static final Logger LOG = LoggerFactory.getLogger(DailyTask.class);

  private DailyTask() {}

  /**
   * The recurring task {@code name} on {@code cron} (Taipei time) that calls {@code work} with
   * today's date in Taipei by {@code clock}.
   *
   * @param work the day's work; answers how many things it did
   * @param outcome what those things are, for the log line, e.g. {@code "reminders posted"}
   */
  public static RecurringTask<Void> of(
      String name, String cron, Clock clock, ToIntFunction<LocalDate> work, String outcome) {
    return Tasks.recurring(name, Schedules.cron(cron, TAIPEI))
        .execute(
            (instance, context) -> {
              String run = UUID.randomUUID().toString();
              LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
              LOG.info("{} {} started for {}", name, run, today);
              int done = work.applyAsInt(today);
              LOG.info("{} {} finished: {} {}", name, run, done, outcome);
            });
  }
}
