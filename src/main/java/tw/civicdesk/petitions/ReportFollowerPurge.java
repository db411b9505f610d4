// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Housekeeping of "me too" addresses (ADR 0040): an address is kept only until its report is closed
 * (then {@link FollowerNotices} clears it), or for {@value #KEPT_DAYS} days at most when the report
 * never closes (withdrawn, or still open a year on); then the address is cleared and only the count
 * stays.
 */
@Component
class ReportFollowerPurge implements Purge {

  /** Days an address waits for its report at most. */
  static final int KEPT_DAYS = 365;

  private final JdbcClient jdbc;

  ReportFollowerPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "petition-follower-addresses";
  }

  @Override
  @Transactional
  public int purge(Instant now) {
    return jdbc.sql(
            "update petition_follower set email = null where email is not null and followed_at < ?")
        .param(java.sql.Timestamp.from(now.minus(Duration.ofDays(KEPT_DAYS))))
        .update();
  }
}
