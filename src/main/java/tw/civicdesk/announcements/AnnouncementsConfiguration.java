// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The announcements' wiring: the db-scheduler task {@value #INDEX_TASK} (one node per run, by
 * {@link AnnouncementsSettings#indexCron()}) that brings the search index in step when publish
 * times and expiries pass.
 */
@Configuration(proxyBeanMethods = false)
class AnnouncementsConfiguration {

  /** The name of the index sweep's task. */
  static final String INDEX_TASK = "announcements-index";

  private static final Logger LOG = LoggerFactory.getLogger(AnnouncementsConfiguration.class);

  @Bean
  RecurringTask<Void> announcementsIndexSweep(
      AnnouncementIndexing indexing, AnnouncementsSettings settings) {
    return Tasks.recurring(INDEX_TASK, Schedules.cron(settings.indexCron(), Announcement.TAIPEI))
        .execute(
            (instance, context) -> {
              int done = indexing.sweep();
              if (done > 0) {
                LOG.info(
                    "{}: {} announcements put in or taken out of the search", INDEX_TASK, done);
              }
            });
  }
}
