// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Deletes the throttle's counters whose window has passed: such a row is restarted by the next
 * attempt anyway, so deleting it changes no answer. A window still running is kept.
 */
@Component
class ThrottlePurge implements Purge {

  private final JdbcClient jdbc;

  ThrottlePurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "throttle";
  }

  @Override
  @Transactional
  public int purge(Instant now) {
    return jdbc.sql("delete from platform_throttle where window_end <= ?")
        .param(Timestamp.from(now))
        .update();
  }
}
