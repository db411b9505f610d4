// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A measure of a dataset's cells.
 *
 * @param name the column's name in the files, e.g. {@code received}
 * @param description what it holds, in both languages
 * @param kind a count, a rate or a mean
 * @param over for a rate or a mean, the count measure it is over (its denominator, e.g. {@code
 *     decided}); {@code null} for a count
 */
public record Measure(String name, BilingualText description, Kind kind, @Nullable String over) {

  /** What a measure is; the source gives a cell's value accordingly. */
  public enum Kind {
    /** A count of cases or answers: the source gives the count. */
    COUNT,
    /** A percentage of {@code over}: the source gives the numerator (a count). */
    RATE,
    /** A mean over {@code over}: the source gives the sum of the values. */
    MEAN
  }

  public Measure {
    if ((kind == Kind.COUNT) != (over == null)) {
      throw new IllegalArgumentException("a rate or a mean, and only they, are over a count");
    }
  }

  /** A count. */
  public static Measure count(String name, BilingualText description) {
    return new Measure(name, description, Kind.COUNT, null);
  }

  /** A percentage of the count {@code over}. */
  public static Measure rate(String name, BilingualText description, String over) {
    return new Measure(name, description, Kind.RATE, over);
  }

  /** A mean over the count {@code over}. */
  public static Measure mean(String name, BilingualText description, String over) {
    return new Measure(name, description, Kind.MEAN, over);
  }

  /** Whether this is a count. */
  public boolean isCount() {
    return kind == Kind.COUNT;
  }
}
