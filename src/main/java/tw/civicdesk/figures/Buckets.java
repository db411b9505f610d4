// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes to the rollup tables, added up in memory before they are written: what a step takes back
 * and adds, or everything a rebuild counts. Not thread-safe.
 */
final class Buckets {

  /** The counters of {@code figures_month}, in column order. */
  enum Counter {
    RECEIVED,
    DECIDED,
    DECIDED_ON_TIME,
    DECIDED_EXTENDED,
    WORKING_DAYS_SUM,
    CLOSED,
    EXTENDED,
    TRANSFERRED,
    WITHDRAWN,
    MERGED,
    FOLLOW_UPS,
    FOLLOW_UPS_ANSWERED;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A rollup key: the grouping columns shared by every rollup table. */
  record Key(
      String agency, LocalDate month, long unitId, String service, String channel, String kind) {}

  /** A key of {@code figures_working_days}. */
  record DaysKey(Key key, int workingDays) {}

  /** A key of {@code figures_open}; {@code dueOn} {@code null} while a supplement is awaited. */
  record OpenKey(Key key, @Nullable LocalDate dueOn) {}

  final Map<Key, long[]> months = new HashMap<>();
  final Map<DaysKey, Long> days = new HashMap<>();
  final Map<OpenKey, Long> open = new HashMap<>();

  /** Adds ({@code sign} 1) or takes back ({@code sign} −1) what {@code c} contributes. */
  void add(CountedCase c, int sign) {
    count(c, c.receivedOn(), Counter.RECEIVED, sign);
    if (c.open()) {
      open.merge(new OpenKey(key(c, c.receivedOn()), c.dueOn()), (long) sign, Long::sum);
    }
    if (c.extendedOn() != null) {
      count(c, c.extendedOn(), Counter.EXTENDED, sign);
    }
    LocalDate decided = c.decidedOn();
    if (decided != null) {
      int workingDays = java.util.Objects.requireNonNull(c.workingDays());
      count(c, decided, Counter.DECIDED, sign);
      count(c, decided, Counter.DECIDED_ON_TIME, Boolean.TRUE.equals(c.onTime()) ? sign : 0);
      count(c, decided, Counter.DECIDED_EXTENDED, c.extendedOn() != null ? sign : 0);
      count(c, decided, Counter.WORKING_DAYS_SUM, (long) sign * workingDays);
      days.merge(new DaysKey(key(c, decided), workingDays), (long) sign, Long::sum);
    }
    if (c.closedOn() != null) {
      count(c, c.closedOn(), Counter.CLOSED, sign);
    }
    if (c.endedOn() != null) {
      Counter ended =
          switch (c.status()) {
            case TRANSFERRED -> Counter.TRANSFERRED;
            case WITHDRAWN -> Counter.WITHDRAWN;
            default -> Counter.MERGED;
          };
      count(c, c.endedOn(), ended, sign);
    }
  }

  /** Counts one more of {@code counter} for case {@code c} in the month of {@code on}. */
  void count(CountedCase c, LocalDate on, Counter counter, long amount) {
    if (amount != 0) {
      months
              .computeIfAbsent(key(c, on), k -> new long[Counter.values().length])[
              counter.ordinal()] +=
          amount;
    }
  }

  /** Drops the entries that add up to nothing, so that unchanged rows are not written. */
  Buckets withoutZeros() {
    months.values().removeIf(v -> java.util.Arrays.stream(v).allMatch(n -> n == 0));
    days.values().removeIf(n -> n == 0);
    open.values().removeIf(n -> n == 0);
    return this;
  }

  private static Key key(CountedCase c, LocalDate day) {
    return new Key(
        c.agency(),
        day.withDayOfMonth(1),
        c.unitId(),
        c.service(),
        c.channel().name(),
        c.kind().name());
  }
}
