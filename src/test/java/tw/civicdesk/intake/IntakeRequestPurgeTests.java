// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;

/** Idempotency keys are deleted by housekeeping once past their retention, and not before. */
@IntegrationTest
class IntakeRequestPurgeTests {

  @Autowired IntakeRequestPurge purge;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  private void key(String key, Instant firstUsed) {
    jdbc.sql(
            "insert into intake_request (idempotency_key, fingerprint, case_number, created_at)"
                + " values (?, 'f', 'X-20260101-00001', ?)")
        .params(key, Timestamp.from(firstUsed))
        .update();
  }

  private boolean kept(String key) {
    return jdbc.sql("select count(*) from intake_request where idempotency_key = ?")
            .param(key)
            .query(Long.class)
            .single()
        == 1;
  }

  @Test
  void keysFirstUsedLongerAgoThanTheRetentionAreDeletedAndNewerOnesKept() {
    Instant now = clock.instant();
    String old = "api:purge-old-" + UUID.randomUUID();
    String fresh = "web:purge-fresh-" + UUID.randomUUID();
    key(old, now.minus(Duration.ofDays(7)).minusSeconds(1));
    key(fresh, now.minus(Duration.ofDays(6)));

    assertThat(purge.purge(now)).isGreaterThanOrEqualTo(1);
    assertThat(kept(old)).isFalse();
    assertThat(kept(fresh)).isTrue();
    assertThat(purge.purge(now)).as("safe to run twice").isZero();
    assertThat(purge.name()).isEqualTo("intake-idempotency-keys");
  }
}
