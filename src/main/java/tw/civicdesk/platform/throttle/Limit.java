// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A limit of the {@link Throttle}: at most {@code max} attempts per subject in a fixed window of
 * {@code window}, which starts at a subject's first attempt. Each limit has its own counters: the
 * same subject (a client address) counted under two limits is two counters.
 *
 * @param name a short stable name, lower case, digits and dashes (e.g. {@code receipts}); it
 *     prefixes every counter of the limit in the database, so renaming it restarts them
 * @param max the attempts allowed per window, at least 1
 * @param window the window's length, positive
 * @param messageKey the message of the 429 answer; its argument {@code {0}} is the wait in minutes
 *     and {@code {1}} is {@code max}
 */
public record Limit(String name, int max, Duration window, String messageKey) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Limit {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A limit's name is lower case, digits and dashes");
    }
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A limit allows at least one attempt in a window > 0");
    }
  }
}
