// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.Applicant.NotifyBy;
import tw.civicdesk.casework.CaseNumber;

/**
 * Contact changes waiting for their six-digit code ({@code tracking_contact_change}): at most one
 * per case, valid for {@code civicdesk.tracking.contact-code-lifetime}, deleted at the {@value
 * #MAX_ATTEMPTS}th wrong code. The code is stored as the SHA-256 of the row's id and the code.
 */
@Repository
class PendingContactChanges {

  /** The wrong codes that end a waiting change. */
  static final int MAX_ATTEMPTS = 5;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A change waiting for its code. */
  record Pending(
      UUID id, CaseNumber caseNumber, NotifyBy channel, String address, String codeHash) {

    boolean matches(String code) {
      return Sha256.matches(id + ":" + code.strip(), codeHash);
    }

    @Override
    public String toString() {
      return "Pending[" + id + ", " + caseNumber.value() + ", " + channel + ", address withheld]";
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lifetime;

  PendingContactChanges(JdbcClient jdbc, Clock clock, TrackingSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lifetime = settings.contactCodeLifetime();
  }

  /** How long a code is valid. */
  Duration lifetime() {
    return lifetime;
  }

  /**
   * Stores a change of case {@code number}'s contact to {@code address} on {@code channel},
   * replacing any waiting one; answers its new six-digit code (leading zeros kept).
   */
  String replace(CaseNumber number, NotifyBy channel, String address) {
    Instant now = clock.instant();
    jdbc.sql(
            "delete from tracking_contact_change where confirmed_at is null"
                + " and (case_number = ? or expires_at <= ?)")
        .params(number.value(), Timestamp.from(now))
        .update();
    UUID id = UUID.randomUUID();
    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
    jdbc.sql(
            """
        insert into tracking_contact_change (id, case_number, channel, address, code_hash,
          requested_at, expires_at)
        values (?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            id,
            number.value(),
            channel.name(),
            address,
            Sha256.hex(id + ":" + code),
            Timestamp.from(now),
            Timestamp.from(now.plus(lifetime)))
        .update();
    return code;
  }

  /** The unexpired change waiting for case {@code number}'s code, if any. */
  Optional<Pending> waiting(CaseNumber number) {
    return jdbc.sql(
            """
        select id, channel, address, code_hash from tracking_contact_change
        where case_number = ? and confirmed_at is null and expires_at > ?
        """)
        .params(number.value(), Timestamp.from(clock.instant()))
        .query(
            (rs, n) ->
                new Pending(
                    rs.getObject("id", UUID.class),
                    number,
                    NotifyBy.valueOf(rs.getString("channel")),
                    rs.getString("address"),
                    rs.getString("code_hash")))
        .optional();
  }

  /**
   * Counts a wrong code against {@code change} (in the caller's transaction, or on its own);
   * deletes the change at the {@value #MAX_ATTEMPTS}th.
   *
   * @return the wrong codes still allowed, 0 when the change is gone
   */
  int wrongCode(Pending change) {
    Integer attempts =
        jdbc.sql(
                "update tracking_contact_change set attempts = attempts + 1"
                    + " where id = ? returning attempts")
            .param(change.id())
            .query(Integer.class)
            .optional()
            .orElse(MAX_ATTEMPTS);
    if (attempts >= MAX_ATTEMPTS) {
      jdbc.sql("delete from tracking_contact_change where id = ?").param(change.id()).update();
      return 0;
    }
    return MAX_ATTEMPTS - attempts;
  }

  /**
   * Marks {@code change} done now, keeping the record (case, channel, times) but not the address or
   * the code; false if it was no longer waiting (confirmed or deleted meanwhile).
   */
  boolean confirmed(Pending change) {
    return jdbc.sql(
                """
        update tracking_contact_change set confirmed_at = ?, address = null, code_hash = null
        where id = ? and confirmed_at is null
        """)
            .params(Timestamp.from(clock.instant()), change.id())
            .update()
        == 1;
  }
}
