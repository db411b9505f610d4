// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.surveys.QuestionKind;

/**
 * The satisfaction arithmetic every survey figure uses (issue 19, DOMAIN.md §5), pure and without
 * state.
 *
 * <p>A Likert <b>question</b>: n = its answers other than "not applicable"; the satisfaction rate p
 * = the share of n in the top two points of its scale ({@link QuestionKind#satisfiedFrom()}: 4 and
 * 5 of 5, 3 and 4 of 4); the mean = the mean points; the margin of error = 1.96·√(0.25/n), the
 * conservative one Taiwanese surveys report (n = 1,068 gives 0.0300); the observed margin =
 * 1.96·√(p(1−p)/n).
 *
 * <p>A <b>dimension</b> counts respondents: each response with at least one answer other than "not
 * applicable" among the dimension's Likert questions is one, its score the mean of those points,
 * satisfied when the score is at least the scale's {@code satisfiedFrom()}; n, p, the mean (of the
 * scores) and the margins as above.
 *
 * <p>Fractions and means are rounded half-up to 4 decimals; with n = 0 they are all {@code null}.
 * {@code tooFew} is {@code n < tooFewBelow}.
 */
public final class SatisfactionCalculator {

  /** The z value of a two-sided 95 % interval. */
  static final BigDecimal Z95 = new BigDecimal("1.96");

  /** The decimals of every fraction and mean. */
  public static final int SCALE = 4;

  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final MathContext PRECISE = MathContext.DECIMAL64;

  private SatisfactionCalculator() {}

  /**
   * The figures of one Likert question of {@code kind} from the count of each point given (points
   * outside the scale are refused) and the count of "not applicable" answers.
   */
  public static Satisfaction question(
      QuestionKind kind, Map<Integer, Long> counts, long notApplicable, int tooFewBelow) {
    int scale = likertScale(kind);
    Map<Integer, Long> distribution = new LinkedHashMap<>();
    for (int point = 1; point <= scale; point++) {
      distribution.put(point, 0L);
    }
    long n = 0;
    long satisfied = 0;
    long sum = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      int point = e.getKey();
      long count = e.getValue();
      if (point < 1 || point > scale || count < 0) {
        throw new IllegalArgumentException("Not a count of " + kind + ": " + point + "=" + count);
      }
      distribution.merge(point, count, Long::sum);
      n += count;
      sum += point * count;
      if (point >= kind.satisfiedFrom()) {
        satisfied += count;
      }
    }
    BigDecimal mean = n == 0 ? null : divide(BigDecimal.valueOf(sum), n);
    return figures(n, distribution, notApplicable, satisfied, mean, tooFewBelow);
  }

  /**
   * The figures of one dimension whose Likert questions are of {@code kind}, from each response's
   * answers to them; responses with no answer but "not applicable" count as {@code notApplicable},
   * responses with none at all are ignored.
   */
  public static Satisfaction dimension(
      QuestionKind kind, Iterable<Respondent> respondents, int tooFewBelow) {
    Map<Respondent, Long> counted = new LinkedHashMap<>();
    respondents.forEach(r -> counted.merge(r, 1L, Long::sum));
    return dimension(kind, counted, tooFewBelow);
  }

  /**
   * As {@link #dimension(QuestionKind, Iterable, int)}, with alike respondents counted together:
   * {@code respondents} maps each distinct set of answers to how many responses gave it.
   */
  public static Satisfaction dimension(
      QuestionKind kind, Map<Respondent, Long> respondents, int tooFewBelow) {
    int scale = likertScale(kind);
    long n = 0;
    long satisfied = 0;
    long notApplicable = 0;
    BigDecimal scores = BigDecimal.ZERO;
    for (Map.Entry<Respondent, Long> e : respondents.entrySet()) {
      Respondent r = e.getKey();
      long times = e.getValue();
      if (!r.counts()) {
        notApplicable += r.notApplicable() > 0 ? times : 0;
        continue;
      }
      if (r.points() > (long) scale * r.answered() || times < 0) {
        throw new IllegalArgumentException("Points beyond the scale of " + kind);
      }
      n += times;
      // score >= satisfiedFrom  <=>  points >= satisfiedFrom * answered (exact, no rounding)
      if (r.points() >= (long) kind.satisfiedFrom() * r.answered()) {
        satisfied += times;
      }
      BigDecimal score =
          BigDecimal.valueOf(r.points()).divide(BigDecimal.valueOf(r.answered()), PRECISE);
      scores = scores.add(score.multiply(BigDecimal.valueOf(times)), PRECISE);
    }
    BigDecimal mean = n == 0 ? null : divide(scores, n);
    return figures(n, Map.of(), notApplicable, satisfied, mean, tooFewBelow);
  }

  /** The conservative 95 % margin 1.96·√(0.25/n), to 4 decimals; {@code null} for n = 0. */
  public static @Nullable BigDecimal marginOfError(long n) {
    if (n <= 0) {
      return null;
    }
    BigDecimal variance = QUARTER.divide(BigDecimal.valueOf(n), PRECISE);
    return round(Z95.multiply(variance.sqrt(PRECISE), PRECISE));
  }

  /**
   * The 95 % margin at the observed rate, 1.96·√(p(1−p)/n), with p = satisfied/n unrounded, to 4
   * decimals; {@code null} for n = 0.
   */
  public static @Nullable BigDecimal observedMarginOfError(long satisfied, long n) {
    if (n <= 0) {
      return null;
    }
    if (satisfied < 0 || satisfied > n) {
      throw new IllegalArgumentException("Not a share: " + satisfied + "/" + n);
    }
    // p(1-p)/n = s(n-s)/n^3, exact in integers before the square root
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal variance =
        BigDecimal.valueOf(satisfied)
            .multiply(BigDecimal.valueOf(n - satisfied))
            .divide(nn.multiply(nn).multiply(nn), PRECISE);
    return round(Z95.multiply(variance.sqrt(PRECISE), PRECISE));
  }

  /** {@code part / n} rounded half-up to 4 decimals. */
  static BigDecimal divide(BigDecimal part, long n) {
    return part.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  private static Satisfaction figures(
      long n,
      Map<Integer, Long> distribution,
      long notApplicable,
      long satisfied,
      @Nullable BigDecimal mean,
      int tooFewBelow) {
    BigDecimal rate = n == 0 ? null : divide(BigDecimal.valueOf(satisfied), n);
    return new Satisfaction(
        n,
        distribution,
        notApplicable,
        rate,
        mean,
        marginOfError(n),
        observedMarginOfError(satisfied, n),
        n < tooFewBelow);
  }

  private static int likertScale(QuestionKind kind) {
    if (!kind.isLikert()) {
      throw new IllegalArgumentException("Not a Likert scale: " + kind);
    }
    return kind.scale();
  }
}
