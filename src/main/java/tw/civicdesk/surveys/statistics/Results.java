// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyView;

/**
 * The results of one survey over the answers a filter selects ({@link SurveyResults}).
 *
 * @param n the responses counted
 * @param questions the Likert questions: the current version's in order, then those only earlier
 *     versions asked ({@link QuestionResult#earlierVersion()})
 * @param dimensions the dimensions, likewise: the current version's, then earlier ones
 * @param overall the {@link StandardDimension#OVERALL} dimension, or {@code null} for a survey
 *     without an overall question (no pooled guess)
 * @param firstMonth the first month with a counted response, {@code null} when there is none
 * @param lastMonth the last month with a counted response, {@code null} when there is none
 * @param trends for each kind of period, every period from the first to the last month
 */
public record Results(
    SurveyView survey,
    ResultsFilter filter,
    long n,
    List<QuestionResult> questions,
    List<DimensionResult> dimensions,
    @Nullable DimensionResult overall,
    @Nullable YearMonth firstMonth,
    @Nullable YearMonth lastMonth,
    Map<TrendPeriod, List<TrendPoint>> trends) {

  public Results {
    questions = List.copyOf(questions);
    dimensions = List.copyOf(dimensions);
    trends = Map.copyOf(trends);
  }

  /** The survey's threshold: below it pages say "too few answers" instead of a rate. */
  public int tooFewBelow() {
    return survey.tooFewBelow();
  }

  /** The trend by {@code period}. */
  public List<TrendPoint> trend(TrendPeriod period) {
    return trends.getOrDefault(period, List.of());
  }

  /**
   * One Likert question's figures.
   *
   * @param question as the current version asks it, or as the latest earlier version asked it
   * @param earlierVersion whether only earlier versions ask it
   */
  public record QuestionResult(Question question, boolean earlierVersion, Satisfaction figures) {}

  /**
   * One dimension's figures, counting respondents.
   *
   * @param code a {@link StandardDimension} name or the questionnaire's own dimension code
   * @param scale the Likert scale of its questions; answers given on another scale in an earlier
   *     version are not pooled with these
   * @param earlierVersion whether only earlier versions have it
   */
  public record DimensionResult(
      String code,
      BilingualText name,
      QuestionKind scale,
      boolean earlierVersion,
      Satisfaction figures) {

    /** Whether it is the overall dimension. */
    public boolean isOverall() {
      return StandardDimension.OVERALL.name().equals(code);
    }
  }

  /**
   * One period of a trend.
   *
   * @param period its label ({@link TrendPeriod#label})
   * @param from its first day
   * @param to its last day
   * @param n the responses counted in it
   * @param overall the overall dimension's figures, {@code null} without one
   * @param dimensions every dimension's figures, by code, in the order of {@link #dimensions()}
   */
  public record TrendPoint(
      String period,
      LocalDate from,
      LocalDate to,
      long n,
      @Nullable Satisfaction overall,
      Map<String, Satisfaction> dimensions) {}
}
