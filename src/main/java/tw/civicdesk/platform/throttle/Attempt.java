// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import java.time.Instant;
import java.util.Map;

/**
 * One attempt taken by {@link Throttle#take}: which counters it was counted on and the end of
 * each one's window, so that {@link Throttle#giveBack} returns it to those windows only. Made
 * only by the throttle.
 */
public final class Attempt {

  private final Map<String, Instant> windows;

  Attempt(Map<String, Instant> windows) {
    this.windows = Map.copyOf(windows);
  }

  /** The counters (limit name / subject) and the end of the window the attempt was counted in. */
  Map<String, Instant> windows() {
    return windows;
  }

  @Override
  public String toString() {
    return "Attempt[" + windows.size() + " counters]";
  }
}
