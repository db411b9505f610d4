// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves by hand, in Taiwan's zone. */
public final class ManualClock extends Clock {

  /** Taiwan's zone, where every office day is counted. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private Instant now;

  public ManualClock(Instant start) {
    this.now = start;
  }

  /** A clock at 10:00 in Taipei on {@code day} (ISO date). */
  public static ManualClock on(String day) {
    ManualClock clock = new ManualClock(Instant.EPOCH);
    clock.moveTo(day);
    return clock;
  }

  /** Moves to 10:00 in Taipei on {@code day} (ISO date). */
  public void moveTo(String day) {
    now = LocalDate.parse(day).atTime(10, 0).atZone(TAIPEI).toInstant();
  }

  /** Moves forward by {@code step}. */
  public void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return TAIPEI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
