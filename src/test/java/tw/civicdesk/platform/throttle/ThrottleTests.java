// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tw.civicdesk.Concurrently;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.platform.error.TooManyRequestsException;

/**
 * The one throttle on real PostgreSQL: a subject gets {@code max} attempts per window and not one
 * more, also when fifty arrive at once; a refused attempt counts against no subject; a right guess
 * counts nothing, is refused like a wrong one once the subject is full, and never crowds out
 * another right guess; a passed window starts afresh; housekeeping deletes passed windows only.
 */
@IntegrationTest
class ThrottleTests {

  static final Limit THREE =
      new Limit("test-three", 3, Duration.ofMinutes(15), "tracking.too-many");

  @Autowired Throttle throttle;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ThrottlePurge purge;

  static String subject() {
    return "test:" + UUID.randomUUID();
  }

  Throttle at(ManualClock clock) {
    return new Throttle(jdbc, clock, transactions);
  }

  @Test
  void aSubjectGetsItsAttemptsAndTheNextIsRefusedWithTheRestOfTheWindow() {
    ManualClock clock = ManualClock.on("2026-03-02");
    Throttle throttle = at(clock);
    String s = subject();
    for (int i = 0; i < 3; i++) {
      throttle.take(THREE, List.of(s));
      clock.advance(Duration.ofMinutes(1));
    }
    assertThatThrownBy(() -> throttle.take(THREE, List.of(s)))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(12));
              assertThat(e.retryAfterSeconds()).isEqualTo(720);
              assertThat(e.messageArguments()).containsExactly(12L, 3);
            });
    assertThat(throttle.counted(THREE, s)).isEqualTo(3);
  }

  @Test
  void aRefusalOnOneSubjectCountsAgainstNoneOfTheOthers() {
    String full = subject();
    String other = subject();
    for (int i = 0; i < 3; i++) {
      throttle.take(THREE, List.of(full));
    }
    assertThatThrownBy(() -> throttle.take(THREE, List.of(other, full)))
        .isInstanceOf(TooManyRequestsException.class);
    assertThat(throttle.counted(THREE, other)).isZero();
    assertThat(throttle.counted(THREE, full)).isEqualTo(3);
  }

  @Test
  void aGuessThatFindsCountsNothingAndOneThatFindsNothingCountsOne() {
    String s = subject();
    assertThat(throttle.guess(THREE, List.of(s), () -> Optional.of("found"))).contains("found");
    assertThat(throttle.counted(THREE, s)).isZero();
    assertThat(throttle.guess(THREE, List.of(s), Optional::empty)).isEmpty();
    assertThat(throttle.counted(THREE, s)).isOne();
  }

  @Test
  void onceASubjectIsFullARightGuessIsRefusedLikeAWrongOneAndNothingMoreIsCounted() {
    String s = subject();
    for (int i = 0; i < 3; i++) {
      throttle.guess(THREE, List.of(s), Optional::empty);
    }
    assertThatThrownBy(() -> throttle.guess(THREE, List.of(s), () -> Optional.of("right")))
        .isInstanceOf(TooManyRequestsException.class);
    assertThatThrownBy(() -> throttle.guess(THREE, List.of(s), Optional::empty))
        .isInstanceOf(TooManyRequestsException.class);
    assertThat(throttle.counted(THREE, s)).isEqualTo(3);
  }

  @Test
  void theWindowPassesAndAttemptsAreTakenAgain() {
    ManualClock clock = ManualClock.on("2026-03-02");
    Throttle throttle = at(clock);
    String s = subject();
    for (int i = 0; i < 3; i++) {
      throttle.take(THREE, List.of(s));
    }
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.counted(THREE, s)).isZero();
    for (int i = 0; i < 3; i++) {
      throttle.take(THREE, List.of(s));
    }
    assertThatThrownBy(() -> throttle.take(THREE, List.of(s)))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
  }

  @Test
  void aFailureAfterOnlyRightGuessesStartsItsOwnWindow() {
    ManualClock clock = ManualClock.on("2026-03-02");
    Throttle throttle = at(clock);
    String s = subject();
    throttle.guess(THREE, List.of(s), () -> Optional.of("right"));
    clock.advance(Duration.ofMinutes(10));
    for (int i = 0; i < 3; i++) {
      throttle.guess(THREE, List.of(s), Optional::empty);
    }
    assertThatThrownBy(() -> throttle.guess(THREE, List.of(s), Optional::empty))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
  }

  @Test
  void fiftyConcurrentRightGuessesFromOneSubjectAreAllAnsweredAndCountNothing() throws Exception {
    String s = subject();
    List<Boolean> answered =
        Concurrently.atOnce(
            50,
            () -> {
              try {
                return throttle.guess(THREE, List.of(s), () -> Optional.of("right")).isPresent();
              } catch (TooManyRequestsException e) {
                return false;
              }
            });
    assertThat(answered).hasSize(50).containsOnly(true);
    assertThat(throttle.counted(THREE, s)).isZero();
  }

  @Test
  void fiftyConcurrentWrongGuessesAreAnsweredExactlyTheLimitAndTheOthersRefused() throws Exception {
    String s = subject();
    List<Boolean> answered =
        Concurrently.atOnce(
            50,
            () -> {
              try {
                throttle.guess(THREE, List.of(s, "test:shared-" + s), Optional::empty);
                return true;
              } catch (TooManyRequestsException e) {
                return false;
              }
            });
    assertThat(answered.stream().filter(a -> a).count()).isEqualTo(3);
    assertThat(throttle.counted(THREE, s)).isEqualTo(3);
    assertThat(throttle.counted(THREE, "test:shared-" + s)).isEqualTo(3);
  }

  @Test
  void fiftyConcurrentAttemptsGetExactlyTheLimitAndTheOthersAreRefused() throws Exception {
    String s = subject();
    List<Boolean> taken =
        Concurrently.atOnce(
            50,
            () -> {
              try {
                throttle.take(THREE, List.of(s, "test:shared-" + s));
                return true;
              } catch (TooManyRequestsException e) {
                return false;
              }
            });
    assertThat(taken.stream().filter(t -> t).count()).isEqualTo(3);
    assertThat(taken.stream().filter(t -> !t).count()).isEqualTo(47);
    assertThat(throttle.counted(THREE, s)).isEqualTo(3);
    assertThat(throttle.counted(THREE, "test:shared-" + s)).isEqualTo(3);
  }

  @Test
  void limitsCountApartAndSubjectsAreStoredUnderTheirLimitsName() {
    String s = subject();
    Limit other = new Limit("test-other", 1, Duration.ofMinutes(1), "tracking.too-many");
    throttle.take(other, List.of(s));
    throttle.take(THREE, List.of(s));
    assertThat(throttle.counted(THREE, s)).isOne();
    assertThat(
            jdbc.sql("select count(*) from platform_throttle where subject in (?, ?)")
                .params("test-three/" + s, "test-other/" + s)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void anAddressIsStoredAsADigestAndAnIpv6NetworkIsOneSubject() {
    assertThat(Throttle.address("203.0.113.9"))
        .startsWith("address:")
        .doesNotContain("203.0.113")
        .isNotEqualTo(Throttle.address("203.0.113.10"))
        .isEqualTo(Throttle.address("::ffff:203.0.113.9"));
    assertThat(Throttle.address("2001:db8:1:2:aaaa::1"))
        .isEqualTo(Throttle.address("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isNotEqualTo(Throttle.address("2001:db8:1:3::1"));
  }

  @Test
  void housekeepingDeletesPassedWindowsAndKeepsRunningOnes() {
    ManualClock clock = ManualClock.on("2026-03-02");
    Throttle throttle = at(clock);
    String passed = subject();
    String running = subject();
    throttle.take(THREE, List.of(passed));
    clock.advance(Duration.ofMinutes(10));
    throttle.take(THREE, List.of(running));
    Instant now = clock.instant().plus(Duration.ofMinutes(5));
    assertThat(purge.purge(now)).isPositive();
    clock.advance(Duration.ofMinutes(5));
    assertThat(
            jdbc.sql("select subject from platform_throttle where subject in (?, ?)")
                .params("test-three/" + passed, "test-three/" + running)
                .query(String.class)
                .list())
        .containsExactly("test-three/" + running);
    assertThat(throttle.counted(THREE, running)).isOne();
  }
}
