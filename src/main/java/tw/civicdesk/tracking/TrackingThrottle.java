// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseNumber;

/**
 * Throttles guessing of verification codes (QUALITY.md S2): a fixed-window counter of failed
 * look-ups per client address and per case number, kept in PostgreSQL so that every node of a
 * cluster counts together. Once a subject has {@code civicdesk.tracking.max-failures} failures in
 * its window ({@code civicdesk.tracking.window}, which starts at its first failure), every look-up
 * for it — right code or wrong — is refused until the window has passed. A success does not reset
 * the counter, or a guesser holding one receipt could reset their address. Addresses are stored
 * only as SHA-256 digests.
 *
 * <p>Known trade-off: the per-number counter lets anyone lock a case's tracking for one window;
 * the applicant can still ask the office.
 *
 * <p>The same counters limit requests that send a message — a "my cases" link, a contact-change
 * code — except that there <em>every</em> request counts, success or not: at most {@code
 * civicdesk.tracking.max-link-requests} per client address and per target (the e-mail address
 * asked for, the case whose contact changes) in one window, so that nobody can flood a mailbox
 * or a phone. Targets too are stored only as digests.
 */
@Component
public class TrackingThrottle {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int maxFailures;
  private final int maxLinkRequests;
  private final Duration window;

  TrackingThrottle(JdbcClient jdbc, Clock clock,
      @Value("${civicdesk.tracking.max-failures:10}") int maxFailures,
      @Value("${civicdesk.tracking.max-link-requests:5}") int maxLinkRequests,
      @Value("${civicdesk.tracking.window:15m}") Duration window) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.maxLinkRequests = maxLinkRequests;
    this.window = window;
  }

  /** The subjects a look-up counts against: its address and, if well-formed, its number. */
  static List<String> subjects(String clientAddress, @Nullable CaseNumber number) {
    List<String> subjects = new ArrayList<>();
    subjects.add("address:" + sha256(clientAddress));
    if (number != null) {
      subjects.add("case:" + number.value());
    }
    return subjects;
  }

  /**
   * The subjects a request that sends a message counts against: its client address and its
   * {@code target} (e.g. {@code email:} + the normalised address, {@code contact:} + the case
   * number), both as digests.
   */
  static List<String> linkSubjects(String clientAddress, String target) {
    return List.of("link-address:" + sha256(clientAddress), "link:" + sha256(target));
  }

  /**
   * How long until none of the guessing {@code subjects} ({@link #subjects}) is blocked; empty
   * when none is blocked now.
   */
  @Transactional(readOnly = true)
  public Optional<Duration> blocked(List<String> subjects) {
    return blocked(subjects, maxFailures);
  }

  /**
   * How long until none of the message-sending {@code subjects} ({@link #linkSubjects}) is
   * blocked; empty when none is blocked now.
   */
  @Transactional(readOnly = true)
  public Optional<Duration> linksBlocked(List<String> subjects) {
    return blocked(subjects, maxLinkRequests);
  }

  private Optional<Duration> blocked(List<String> subjects, int max) {
    Instant now = clock.instant();
    return jdbc.sql("""
        select max(window_start) from tracking_failure
        where subject in (:subjects) and failures >= :max and window_start > :cutoff
        """).param("subjects", subjects).param("max", max)
        .param("cutoff", Timestamp.from(now.minus(window)))
        .query(Timestamp.class).list().stream().filter(Objects::nonNull).findFirst()
        .map(start -> Duration.between(now, start.toInstant().plus(window)));
  }

  /**
   * Counts one attempt — a failed look-up, or any request that sends a message — against each
   * of {@code subjects}; stored even if the caller fails.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void count(List<String> subjects) {
    Instant now = clock.instant();
    for (String subject : subjects) {
      jdbc.sql("""
          insert into tracking_failure (subject, window_start, failures) values (:s, :now, 1)
          on conflict (subject) do update set
            window_start = case when tracking_failure.window_start <= :cutoff then :now
                                else tracking_failure.window_start end,
            failures = case when tracking_failure.window_start <= :cutoff then 1
                            else tracking_failure.failures + 1 end
          """).param("s", subject).param("now", Timestamp.from(now))
          .param("cutoff", Timestamp.from(now.minus(window))).update();
    }
  }

  private static String sha256(String text) {
    return Sha256.hex(text);
  }
}
