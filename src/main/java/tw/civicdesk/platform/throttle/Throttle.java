// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.platform.error.TooManyRequestsException;

/**
 * The one throttle of CivicDesk (ADR 0024): fixed-window counters per {@link Limit} and subject (a
 * client address, a case number, an e-mail address's digest…), kept in PostgreSQL ({@code
 * platform_throttle}) so that every node counts together. Every public door that takes a secret (a
 * verification code, a contact-change code, a link token) or that anyone may use without an account
 * uses it.
 *
 * <p>Counting is one statement ({@code insert … on conflict do update … returning}) that adds to
 * all the subjects' counters at once and commits at once: parallel attempts queue on the counter
 * rows and never see a stale count, so there is no check-then-act race. {@link #take} counts every
 * request (message-sending requests, anonymous submissions). {@link #guess} counts only failed
 * guesses at a secret: it checks the guess first, then counts in the same way — one for a failure,
 * zero for a success — and answers only after counting; when any subject already has {@code max}
 * failures in its window the guess is refused with {@link TooManyRequestsException} (429), right or
 * wrong, after the same work. So at most {@code max} guesses per window are ever <em>answered</em>
 * as wrong, however many arrive at once; a right guess never counts, not even while it is checked
 * (so citizens tracking their cases at the same moment from one address never crowd each other
 * out); and neither the answer nor its timing tells a refused guesser whether the code was right.
 *
 * <p>Call it outside a transaction: its statements run in a transaction of their own, which inside
 * another would hold a second pooled connection. Its commits do not wait for the disk ({@code
 * synchronous_commit = off}): a database crash may forget the last fraction of a second of counts,
 * never an acknowledged case. Subjects are stored as given, so callers digest what is personal
 * ({@link #address}, {@link #digest}); a row lives until its window has passed and housekeeping
 * deletes it.
 */
@Component
public class Throttle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate own;

  Throttle(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Counts one attempt under {@code limit} against every one of {@code subjects} at once, and
   * commits.
   *
   * @param subjects at least one, e.g. {@code address(clientAddress)} and {@code "target:" + …}
   * @throws TooManyRequestsException when a subject has had {@code limit.max()} attempts in its
   *     current window already; then nothing is counted, and the exception tells when the longest
   *     of the subjects' windows ends
   */
  public void take(Limit limit, Collection<String> subjects) {
    count(limit, subjects, 1);
  }

  /**
   * Runs {@code check} — a guess at a secret — and counts it under {@code limit} against {@code
   * subjects} as a failure when it finds nothing, as nothing when it finds something; answers only
   * after counting. {@code check} must not change anything (it runs before the guess is known to be
   * allowed) and should cost the same whether it finds or not.
   *
   * @return what {@code check} found; empty when it found nothing (then the failure is counted)
   * @throws TooManyRequestsException when a subject already has {@code limit.max()} failures in its
   *     current window — whatever {@code check} found; then nothing is counted
   */
  public <T> Optional<T> guess(
      Limit limit, Collection<String> subjects, Supplier<Optional<T>> check) {
    Optional<T> found = check.get();
    count(limit, subjects, found.isPresent() ? 0 : 1);
    return found;
  }

  /**
   * Adds {@code attempts} (0 or 1) to the counters of {@code subjects} under {@code limit} in one
   * statement and commits, or refuses — counting nothing — when a counter already held {@code
   * limit.max()} in its window.
   */
  private void count(Limit limit, Collection<String> subjects, int attempts) {
    List<String> counters = counters(limit, subjects);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Timestamp end = Timestamp.from(now.plus(limit.window()));
    own.executeWithoutResult(
        status -> {
          relaxCommit();
          Instant blockedUntil = null;
          for (Counted c :
              jdbc.sql(
                      """
          insert into platform_throttle as t (subject, window_end, attempts) values :rows
          on conflict (subject) do update set
            window_end = case when t.window_end <= :now or t.attempts = 0
                              then excluded.window_end else t.window_end end,
            attempts = case when t.window_end <= :now then excluded.attempts
                            else t.attempts + excluded.attempts end
          returning subject, window_end, attempts
          """)
                  .param(
                      "rows", counters.stream().map(c -> new Object[] {c, end, attempts}).toList())
                  .param("now", Timestamp.from(now))
                  .query(
                      (rs, n) ->
                          new Counted(
                              rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                  .list()) {
            if (c.attempts() - attempts >= limit.max()
                && (blockedUntil == null || c.windowEnd().isAfter(blockedUntil))) {
              blockedUntil = c.windowEnd();
            }
          }
          if (blockedUntil != null) {
            // Rolls the whole statement back: a refused attempt counts against no subject.
            throw new TooManyRequestsException(
                limit.messageKey(), Duration.between(now, blockedUntil), limit.max());
          }
        });
  }

  /**
   * How many attempts under {@code limit} count against {@code subject} now (0 outside a window).
   */
  public int counted(Limit limit, String subject) {
    return jdbc.sql("select attempts from platform_throttle where subject = ? and window_end > ?")
        .params(counters(limit, List.of(subject)).get(0), Timestamp.from(clock.instant()))
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /**
   * The subject of a client address, as a digest: {@code address:} + SHA-256 of the IPv4 address,
   * or of the /64 network of an IPv6 address (one subscriber usually holds a whole /64, so counting
   * single IPv6 addresses would give them billions of tries).
   */
  public static String address(String clientAddress) {
    return "address:" + digest(network(clientAddress));
  }

  /** The SHA-256 of {@code text} in hex, for a subject holding something personal. */
  public static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String network(String clientAddress) {
    if (!clientAddress.contains(":")) {
      return clientAddress;
    }
    try {
      // A literal: no name is looked up.
      InetAddress address = InetAddress.getByName(clientAddress);
      byte[] bytes = address.getAddress();
      if (bytes.length != 16) {
        return address.getHostAddress(); // an IPv4-mapped address counts as the IPv4 one
      }
      return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
    } catch (UnknownHostException e) {
      return clientAddress;
    }
  }

  private static List<String> counters(Limit limit, Collection<String> subjects) {
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("An attempt counts against at least one subject");
    }
    // Sorted: two attempts lock shared counters in the same order, so they never deadlock.
    return subjects.stream().map(s -> limit.name() + "/" + s).distinct().sorted().toList();
  }

  private void relaxCommit() {
    jdbc.sql("set local synchronous_commit to off").update();
  }

  private record Counted(String counter, Instant windowEnd, int attempts) {}
}
