// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a filing or a step changes in the rollup: per row, an amount for each counter, and per row
 * and number of days, the replies. Kept sorted, so that every transaction updates rollup rows in
 * the same order and two never wait for each other in a circle.
 */
final class Changes {

  /** A rollup row: an agency's month for one kind, channel, category and district. */
  record Key(
      String agency,
      LocalDate month,
      String kind,
      String channel,
      String category,
      String district) {}

  /** A row of the days-to-reply histogram. */
  record DaysKey(Key key, int days) {}

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparing(Key::agency)
          .thenComparing(Key::month)
          .thenComparing(Key::kind)
          .thenComparing(Key::channel)
          .thenComparing(Key::category)
          .thenComparing(Key::district);

  private final Map<Key, long[]> counters = new TreeMap<>(KEY_ORDER);
  private static final Comparator<DaysKey> DAYS_ORDER =
      Comparator.comparing(DaysKey::key, KEY_ORDER).thenComparingInt(DaysKey::days);

  private final Map<DaysKey, Long> days = new TreeMap<>(DAYS_ORDER);

  void count(Key key, Counter counter, long amount) {
    if (amount != 0) {
      counters.computeIfAbsent(key, k -> new long[Counter.values().length])[counter.ordinal()] +=
          amount;
    }
  }

  void reply(Key key, int replyDays, long amount) {
    days.merge(new DaysKey(key, replyDays), amount, Long::sum);
  }

  /** The counters changed, without rows whose every change cancelled out. */
  Map<Key, long[]> counters() {
    Map<Key, long[]> changed = new TreeMap<>(KEY_ORDER);
    counters.forEach(
        (key, values) -> {
          for (long v : values) {
            if (v != 0) {
              changed.put(key, values);
              return;
            }
          }
        });
    return changed;
  }

  /** The histogram rows changed, without those that cancelled out. */
  Map<DaysKey, Long> days() {
    Map<DaysKey, Long> changed = new TreeMap<>(DAYS_ORDER);
    days.forEach(
        (key, amount) -> {
          if (amount != 0) {
            changed.put(key, amount);
          }
        });
    return changed;
  }
}
