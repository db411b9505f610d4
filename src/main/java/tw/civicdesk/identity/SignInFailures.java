// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and locks a username after too many in a row. State lives
 * in PostgreSQL, so the lock holds across application nodes and restarts.
 */
@Component
class SignInFailures {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  SignInFailures(JdbcClient jdbc, Clock clock,
      @Value("${civicdesk.security.max-failed-sign-ins:5}") int maxFailures,
      @Value("${civicdesk.security.lockout:15m}") Duration lockout) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  /** Whether {@code username} is locked right now. */
  @Transactional(readOnly = true)
  public boolean isLocked(String username) {
    return jdbc.sql("select count(*) from sign_in_failure where username = ? and locked_until > ?")
        .params(key(username), Timestamp.from(clock.instant())).query(Long.class).single() > 0;
  }

  /** Records one failure; the failure that reaches the maximum starts the lock. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordFailure(String username) {
    Instant now = clock.instant();
    jdbc.sql("""
        insert into sign_in_failure (username, failed_count, last_failure_at, locked_until)
        values (:u, 1, :now, case when 1 >= cast(:max as integer) then cast(:until as timestamptz) end)
        on conflict (username) do update set
          failed_count = case when sign_in_failure.locked_until is not null
                               and sign_in_failure.locked_until <= :now
                              then 1 else sign_in_failure.failed_count + 1 end,
          last_failure_at = :now,
          locked_until = case
            when sign_in_failure.locked_until is not null and sign_in_failure.locked_until <= :now
              then case when 1 >= cast(:max as integer) then cast(:until as timestamptz) end
            when sign_in_failure.failed_count + 1 >= cast(:max as integer) then cast(:until as timestamptz)
            else sign_in_failure.locked_until end
        """)
        .param("u", key(username)).param("now", Timestamp.from(now)).param("max", maxFailures)
        .param("until", Timestamp.from(now.plus(lockout)))
        .update();
  }

  /** Forgets the failures of {@code username} after a successful sign-in. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void clear(String username) {
    jdbc.sql("delete from sign_in_failure where username = ?").param(key(username)).update();
  }

  private static String key(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
