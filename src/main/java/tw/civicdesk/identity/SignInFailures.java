// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * Counts sign-in attempts under three keys and refuses an attempt, before its password is checked,
 * when any key is over its limit within the lockout window (ADR 0026):
 *
 * <ul>
 *   <li>the (username, client address) pair — {@code civicdesk.security.max-failed-sign-ins}, 5 by
 *       default: a guesser at one address is stopped early, and nobody else is;
 *   <li>the client address over every username — {@code
 *       civicdesk.security.max-failed-sign-ins-per-address}, 30: password spraying from one address
 *       is limited;
 *   <li>the username over every address — {@code
 *       civicdesk.security.max-failed-sign-ins-per-username}, 50: guessing one account from many
 *       addresses is limited; set higher than the pair limit so that locking someone out by
 *       username alone takes that many failures from several addresses.
 * </ul>
 *
 * <p>Atomic: {@link #reserve} counts the attempt first, in one transaction, with row locks taken in
 * one order (address, pair, username), and answers whether it may go on; {@link #succeeded} refunds
 * it. So however many attempts run at once, no more than the limit reach the password check.
 * Attempts refused here count no further, so hammering a locked key does not extend its lock.
 * Unknown usernames are counted like known ones (the answers do not tell which accounts exist), but
 * only while their address is under its limit, so one address adds at most {@code 1 + 2 ×
 * per-address limit} rows per window; rows are void after {@code civicdesk.security.lockout} and
 * deleted by housekeeping. Keys are SHA-256 digests, the address's as the one throttle makes it
 * ({@link Throttle#address}: IPv6 by its /64 network). State lives in PostgreSQL, so limits hold
 * across nodes and restarts. (Not the one throttle itself: these counters have a limit per key, a
 * lock that runs from the failure that reached it, and a success that clears them.) The limits are
 * {@link SignInSettings}.
 */
@Component
class SignInFailures {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxPerPair;
  private final int maxPerAddress;
  private final int maxPerUsername;
  private final Duration lockout;

  SignInFailures(JdbcClient jdbc, Clock clock, SignInSettings settings) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxPerPair = settings.maxFailedSignIns();
    this.maxPerAddress = settings.maxFailedSignInsPerAddress();
    this.maxPerUsername = settings.maxFailedSignInsPerUsername();
    this.lockout = settings.lockout();
  }

  /**
   * Counts one attempt to sign in as {@code username} from {@code address} and answers whether it
   * may be checked: false when the address, the pair or the username is already at its limit (the
   * attempt then counts nowhere further).
   *
   * @param address the client address as the servlet container reports it; {@code null} or
   *     malformed counts as one shared unknown address
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean reserve(String username, @Nullable String address) {
    Instant now = clock.instant();
    return count(addressKey(address), maxPerAddress, now)
        && count(pairKey(username, address), maxPerPair, now)
        && count(userKey(username), maxPerUsername, now);
  }

  /**
   * Refunds a reserved attempt that signed in: forgets the failures of the username and of the pair
   * (a success ends a run of failures), and takes this one attempt off the address.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String username, @Nullable String address) {
    jdbc.sql("update sign_in_attempt set attempts = greatest(attempts - 1, 0) where key = ?")
        .param(addressKey(address))
        .update();
    jdbc.sql("delete from sign_in_attempt where key in (?, ?)")
        .params(pairKey(username, address), userKey(username))
        .update();
  }

  /** Whether {@code username} at {@code address} would be refused now; reads only, for tests. */
  @Transactional(readOnly = true)
  public boolean isLocked(String username, @Nullable String address) {
    Instant now = clock.instant();
    return over(addressKey(address), maxPerAddress, now)
        || over(pairKey(username, address), maxPerPair, now)
        || over(userKey(username), maxPerUsername, now);
  }

  /**
   * Counts one attempt under {@code key}: a void (expired) counter starts again at one; a counter
   * at {@code max} or above goes to {@code max + 1} and stays there. The window ends {@code
   * lockout} after the first attempt, or after the one that reached {@code max}.
   *
   * @return whether the attempt is within {@code max}
   */
  private boolean count(String key, int max, Instant now) {
    Timestamp at = Timestamp.from(now);
    Timestamp until = Timestamp.from(now.plus(lockout));
    int attempts =
        jdbc.sql(
                """
        insert into sign_in_attempt as a (key, attempts, expires_at) values (:key, 1, :until)
        on conflict (key) do update set
          attempts = case when a.expires_at <= :now then 1
                          when a.attempts <= :max then a.attempts + 1
                          else a.attempts end,
          expires_at = case when a.expires_at <= :now then :until
                            when a.attempts + 1 = :max then :until
                            else a.expires_at end
        returning attempts
        """)
            .param("key", key)
            .param("until", until)
            .param("now", at)
            .param("max", max)
            .query(Integer.class)
            .single();
    return attempts <= max;
  }

  private boolean over(String key, int max, Instant now) {
    return jdbc.sql(
                "select count(*) from sign_in_attempt where key = ? and attempts >= ?"
                    + " and expires_at > ?")
            .params(key, max, Timestamp.from(now))
            .query(Long.class)
            .single()
        > 0;
  }

  /** Deletes the counters void at {@code now}; answers how many. */
  @Transactional
  public int purge(Instant now) {
    return jdbc.sql("delete from sign_in_attempt where expires_at <= ?")
        .param(Timestamp.from(now))
        .update();
  }

  static String userKey(String username) {
    return "user:" + Throttle.digest(normalised(username));
  }

  /** The address key: IPv4 as it is, IPv6 by its /64 network ({@link Throttle#address}). */
  static String addressKey(@Nullable String address) {
    return Throttle.address(address == null || address.isBlank() ? "unknown" : address.strip());
  }

  static String pairKey(String username, @Nullable String address) {
    return "pair:" + Throttle.digest(normalised(username) + "\n" + addressKey(address));
  }

  private static String normalised(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }
}
