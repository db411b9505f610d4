// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Housekeeping deletes tracking's expired "my cases" links and contact changes whose code expired
 * unconfirmed — with the addresses they hold — and keeps what is still valid and the record of a
 * confirmed change.
 */
@IntegrationTest
class TrackingPurgeTests {

  /** A moment far from every other test's rows, so the purge here touches only these. */
  static final Instant NOW = Instant.parse("2031-05-05T03:15:00Z");

  @Autowired JdbcClient jdbc;
  @Autowired List<Purge> purges;

  Purge purge() {
    return purges.stream()
        .filter(p -> p.name().equals("tracking-links-and-codes"))
        .findFirst()
        .orElseThrow();
  }

  String link(Duration expiresIn) {
    String hash = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into tracking_my_cases_link (token_hash, email, created_at, expires_at)"
                + " values (?, 'purge@example.invalid', ?, ?)")
        .params(
            hash,
            Timestamp.from(NOW.minus(Duration.ofHours(1))),
            Timestamp.from(NOW.plus(expiresIn)))
        .update();
    return hash;
  }

  UUID change(Duration expiresIn, boolean confirmed) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into tracking_contact_change (id, case_number, channel, address, code_hash,
          requested_at, expires_at, confirmed_at)
        values (?, 'PURGE-20310505-00001', 'EMAIL', ?, ?, ?, ?, ?)
        """)
        .params(
            id,
            confirmed ? null : "new@example.invalid",
            confirmed ? null : "digest",
            Timestamp.from(NOW.minus(Duration.ofHours(1))),
            Timestamp.from(NOW.plus(expiresIn)),
            confirmed ? Timestamp.from(NOW.minus(Duration.ofMinutes(50))) : null)
        .update();
    return id;
  }

  @Test
  void expiredLinksAndUnconfirmedCodesGoAndTheRestStays() {
    String expiredLink = link(Duration.ofMinutes(-1));
    String validLink = link(Duration.ofMinutes(10));
    UUID expiredChange = change(Duration.ofMinutes(-1), false);
    UUID waitingChange = change(Duration.ofMinutes(10), false);
    UUID confirmedChange = change(Duration.ofMinutes(-30), true);

    assertThat(purge().purge(NOW)).isGreaterThanOrEqualTo(2);

    assertThat(
            jdbc.sql("select token_hash from tracking_my_cases_link where token_hash in (?, ?)")
                .params(expiredLink, validLink)
                .query(String.class)
                .list())
        .containsExactly(validLink);
    assertThat(
            jdbc.sql("select id from tracking_contact_change where id in (?, ?, ?)")
                .params(expiredChange, waitingChange, confirmedChange)
                .query(UUID.class)
                .list())
        .containsExactlyInAnyOrder(waitingChange, confirmedChange);
    assertThat(purge().purge(NOW)).as("a second run finds nothing more of these").isZero();
  }
}
