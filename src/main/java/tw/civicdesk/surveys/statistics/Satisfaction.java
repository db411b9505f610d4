// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The satisfaction figures of one Likert question or one dimension, over the answers a filter
 * selects, as {@link SatisfactionCalculator} computes them (the definitions are there).
 *
 * <p>Fractions (rate, margins) are between 0 and 1, rounded half-up to 4 decimals (0.8700, not 87);
 * the mean is in points of the scale, rounded the same way. With {@code n = 0} the rate, the mean
 * and both margins are {@code null}.
 *
 * @param n the answers counted: for a question, those other than "not applicable"; for a dimension,
 *     the respondents with at least one such answer in its questions
 * @param distribution for a question, the count of each point of its scale, 1 upward, zeros
 *     included; for a dimension, empty (a respondent's score is a mean, not a point)
 * @param notApplicable for a question, the "not applicable" answers; for a dimension, the
 *     respondents who answered its questions only with "not applicable"
 * @param satisfactionRate the share of {@code n} in the top two points of the scale (for a
 *     dimension: whose score is at least the scale's second-highest point)
 * @param mean the mean points (for a dimension, the mean of the respondents' scores)
 * @param marginOfError the 95 % margin the way Taiwanese surveys report it, 1.96·√(0.25/n)
 * @param marginOfErrorObserved the 95 % margin at the observed rate p, 1.96·√(p(1−p)/n)
 * @param tooFew whether {@code n} is below the survey's threshold, so that pages show "too few
 *     answers" instead of the rate
 */
public record Satisfaction(
    long n,
    Map<Integer, Long> distribution,
    long notApplicable,
    @Nullable BigDecimal satisfactionRate,
    @Nullable BigDecimal mean,
    @Nullable BigDecimal marginOfError,
    @Nullable BigDecimal marginOfErrorObserved,
    boolean tooFew) {

  public Satisfaction {
    distribution = Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
  }

  /** The count of answers at {@code points}, 0 when none (or for a dimension). */
  public long count(int points) {
    return distribution.getOrDefault(points, 0L);
  }

  /** Whether there is a rate to show: some answers, and not too few of them. */
  public boolean showsRate() {
    return n > 0 && !tooFew;
  }
}
