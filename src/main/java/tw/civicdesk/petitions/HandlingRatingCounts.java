// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Port through which the petition statistics read how petitioners rated the handling of their cases
 * (1–5), for the satisfaction figure and its sample size. The petitioner's rating (issue 18)
 * implements it with a reader of its own counts; until a bean of this type exists the statistics
 * show "no ratings yet" with a sample of 0. Counts only, never who rated or what they wrote.
 */
public interface HandlingRatingCounts {

  /**
   * The ratings given in months {@code from} to {@code to} (inclusive, by the month rated) on
   * {@code agency}'s cases of {@code kind}, or of every kind but applications when {@code kind} is
   * {@code null}.
   */
  RatingCounts counts(AgencyCode agency, YearMonth from, YearMonth to, @Nullable CaseKind kind);

  /**
   * How many ratings gave each score.
   *
   * @param byScore index 0 holds the ratings of 1, index 4 those of 5; five non-negative counts
   */
  record RatingCounts(long[] byScore) {

    /** No ratings at all. */
    public static final RatingCounts NONE = new RatingCounts(new long[5]);

    public RatingCounts {
      if (byScore.length != 5) {
        throw new IllegalArgumentException("five scores, 1 to 5");
      }
      byScore = byScore.clone();
    }

    /** The ratings of {@code score} (1–5). */
    public long of(int score) {
      return byScore[score - 1];
    }

    /** The sample size: every rating. */
    public long sample() {
      long n = 0;
      for (long c : byScore) {
        n += c;
      }
      return n;
    }

    /** The ratings of 4 or 5 (滿意、非常滿意). */
    public long satisfied() {
      return byScore[3] + byScore[4];
    }

    /** The sum of all scores, for the average. */
    public long scoreSum() {
      long sum = 0;
      for (int i = 0; i < 5; i++) {
        sum += (i + 1) * byScore[i];
      }
      return sum;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RatingCounts r && java.util.Arrays.equals(byScore, r.byScore);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(byScore);
    }

    @Override
    public String toString() {
      return "RatingCounts" + java.util.Arrays.toString(byScore);
    }
  }
}
