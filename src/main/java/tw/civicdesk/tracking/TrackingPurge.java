// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Deletes tracking's rows past their use: "my cases" links that have expired (with the e-mail
 * address they hold) and contact changes whose code expired unconfirmed (with the new address they
 * hold). A confirmed change is kept — without address or code — as the record of the change (ADR
 * 0013). Requests purge expired links too; this catches the rest when nobody asks.
 */
@Component
class TrackingPurge implements Purge {

  private final JdbcClient jdbc;

  TrackingPurge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "tracking-links-and-codes";
  }

  @Override
  @Transactional
  public int purge(Instant now) {
    Timestamp at = Timestamp.from(now);
    int links =
        jdbc.sql("delete from tracking_my_cases_link where expires_at <= ?").param(at).update();
    int changes =
        jdbc.sql(
                "delete from tracking_contact_change"
                    + " where confirmed_at is null and expires_at <= ?")
            .param(at)
            .update();
    return links + changes;
  }
}
