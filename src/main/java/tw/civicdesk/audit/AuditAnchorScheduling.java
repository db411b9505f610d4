// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily {@code audit-head} task on db-scheduler (ADR 0029): by {@code
 * civicdesk.audit.head-log-cron} in Taiwan time (00:05 by default; {@code -} turns it off), one
 * node writes the newest audit row's id and hash to the application log — a trail of heads kept
 * wherever the logs are shipped, apart from the database and the anchor file — and says whether the
 * anchored row is still there unchanged.
 */
@Configuration(proxyBeanMethods = false)
class AuditAnchorScheduling {

  static final String TASK = "audit-head";
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Logger LOG = LoggerFactory.getLogger(AuditAnchorScheduling.class);

  @Bean
  RecurringTask<Void> auditHeadDaily(
      AuditRows rows,
      AuditAnchor anchor,
      PlatformTransactionManager transactions,
      AuditSettings settings) {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    return Tasks.recurring(TASK, Schedules.cron(settings.headLogCron(), TAIPEI))
        .execute((instance, context) -> readOnly.execute(s -> logHead(rows, anchor)));
  }

  /**
   * Logs the head and the anchor's state: INFO while the anchored row is there unchanged and the
   * head not older, ERROR otherwise. Run it in a transaction.
   *
   * @return the line logged, empty when the log has no row yet
   */
  static Optional<String> logHead(AuditRows rows, AuditAnchor anchor) {
    Optional<AuditAnchor.Head> head = rows.head();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    AuditAnchor.Reading reading = anchor.read();
    AuditAnchor.Head anchored = reading.head();
    boolean holds =
        !reading.unreadable()
            && (anchored == null
                || rows.hashOf(anchored.id()).filter(anchored.hash()::equals).isPresent());
    String line =
        "Audit head id="
            + head.get().id()
            + " hash="
            + head.get().hash()
            + (anchored == null ? " (no anchor)" : " anchor id=" + anchored.id())
            + (holds ? "" : ": the anchored entry is missing or changed (ADR 0029)");
    if (holds) {
      LOG.info(line);
    } else {
      LOG.error(line);
    }
    return Optional.of(line);
  }
}
