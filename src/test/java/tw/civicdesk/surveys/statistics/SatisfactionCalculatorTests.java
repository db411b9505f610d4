// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.civicdesk.surveys.QuestionKind;

/** The satisfaction arithmetic against figures worked out by hand (the sums are in comments). */
class SatisfactionCalculatorTests {

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void noAnswerAtAllHasNoRateMeanOrMargin() {
    Satisfaction s = SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(), 0, 30);

    assertThat(s.n()).isZero();
    assertThat(s.distribution())
        .containsExactly(
            Map.entry(1, 0L),
            Map.entry(2, 0L),
            Map.entry(3, 0L),
            Map.entry(4, 0L),
            Map.entry(5, 0L));
    assertThat(s.satisfactionRate()).isNull();
    assertThat(s.mean()).isNull();
    assertThat(s.marginOfError()).isNull();
    assertThat(s.marginOfErrorObserved()).isNull();
    assertThat(s.tooFew()).isTrue();
    assertThat(s.showsRate()).isFalse();
  }

  @Test
  void answersThatAreAllNotApplicableCountAsNoneButAreKept() {
    Satisfaction s = SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(), 7, 1);

    assertThat(s.n()).isZero();
    assertThat(s.notApplicable()).isEqualTo(7);
    assertThat(s.satisfactionRate()).isNull();
    assertThat(s.mean()).isNull();
    assertThat(s.marginOfError()).isNull();
    assertThat(s.marginOfErrorObserved()).isNull();
  }

  @Test
  void oneAnswerIsAWholeRateWithTheWidestMargin() {
    // one "4" of 5: p = 1/1 = 1; mean 4; 1.96 * sqrt(0.25 / 1) = 1.96 * 0.5 = 0.98;
    // observed 1.96 * sqrt(1 * 0 / 1) = 0
    Satisfaction s = SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(4, 1L), 2, 1);

    assertThat(s.n()).isEqualTo(1);
    assertThat(s.notApplicable()).isEqualTo(2);
    assertThat(s.satisfactionRate()).isEqualTo(dec("1.0000"));
    assertThat(s.mean()).isEqualTo(dec("4.0000"));
    assertThat(s.marginOfError()).isEqualTo(dec("0.9800"));
    assertThat(s.marginOfErrorObserved()).isEqualTo(dec("0.0000"));
    assertThat(s.tooFew()).isFalse();
  }

  @Test
  void aFivePointQuestionCountsItsTopTwoPoints() {
    // 1:2, 2:3, 3:5, 4:20, 5:10 -> n = 40, satisfied = 20 + 10 = 30, p = 30/40 = 0.75
    // mean = (1*2 + 2*3 + 3*5 + 4*20 + 5*10)/40 = (2 + 6 + 15 + 80 + 50)/40 = 153/40 = 3.825
    // margin = 1.96 * sqrt(0.25/40) = 1.96 * 0.0790569 = 0.154952 -> 0.1550
    // observed = 1.96 * sqrt(0.75 * 0.25 / 40) = 1.96 * sqrt(0.0046875) = 1.96 * 0.0684653
    //          = 0.134192 -> 0.1342
    Satisfaction s =
        SatisfactionCalculator.question(
            QuestionKind.LIKERT5, Map.of(1, 2L, 2, 3L, 3, 5L, 4, 20L, 5, 10L), 4, 30);

    assertThat(s.n()).isEqualTo(40);
    assertThat(s.distribution())
        .containsExactly(
            Map.entry(1, 2L),
            Map.entry(2, 3L),
            Map.entry(3, 5L),
            Map.entry(4, 20L),
            Map.entry(5, 10L));
    assertThat(s.satisfactionRate()).isEqualTo(dec("0.7500"));
    assertThat(s.mean()).isEqualTo(dec("3.8250"));
    assertThat(s.marginOfError()).isEqualTo(dec("0.1550"));
    assertThat(s.marginOfErrorObserved()).isEqualTo(dec("0.1342"));
  }

  @Test
  void aFourPointQuestionCountsItsTopTwoPointsWithoutAMiddle() {
    // 1:1, 2:2, 3:4, 4:3 -> n = 10, satisfied = 4 + 3 = 7, p = 0.7
    // mean = (1 + 4 + 12 + 12)/10 = 29/10 = 2.9
    // margin = 1.96 * sqrt(0.25/10) = 1.96 * 0.1581139 = 0.309903 -> 0.3099
    // observed = 1.96 * sqrt(0.7 * 0.3 / 10) = 1.96 * sqrt(0.021) = 1.96 * 0.1449138
    //          = 0.284031 -> 0.2840
    Satisfaction s =
        SatisfactionCalculator.question(
            QuestionKind.LIKERT4, Map.of(1, 1L, 2, 2L, 3, 4L, 4, 3L), 0, 5);

    assertThat(s.n()).isEqualTo(10);
    assertThat(s.distribution()).hasSize(4);
    assertThat(s.satisfactionRate()).isEqualTo(dec("0.7000"));
    assertThat(s.mean()).isEqualTo(dec("2.9000"));
    assertThat(s.marginOfError()).isEqualTo(dec("0.3099"));
    assertThat(s.marginOfErrorObserved()).isEqualTo(dec("0.2840"));
  }

  @Test
  void aThousandAndSixtyEightAnswersAtHalfGiveThreePoints() {
    // 1.96 * sqrt(0.25/1068) = 1.96 * 0.5/32.6803 = 0.98/32.6803 = 0.0299875 -> 0.0300;
    // at p = 534/1068 = 0.5 the observed margin is the same
    Satisfaction s =
        SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(2, 534L, 4, 534L), 0, 30);

    assertThat(s.satisfactionRate()).isEqualTo(dec("0.5000"));
    assertThat(s.mean()).isEqualTo(dec("3.0000"));
    assertThat(s.marginOfError()).isEqualTo(dec("0.0300"));
    assertThat(s.marginOfErrorObserved()).isEqualTo(dec("0.0300"));
    assertThat(SatisfactionCalculator.marginOfError(1068)).isEqualTo(dec("0.0300"));
  }

  @Test
  void aDimensionCountsRespondentsWhoAnsweredOneTwoOrThreeOfItsQuestions() {
    // three 5-point questions; a respondent is satisfied when the mean of its points is >= 4
    // A: 5, 4, 4      -> 13/3 = 4.3333  satisfied
    // B: 4, N/A, 3    -> 7/2  = 3.5     not
    // C: 3            -> 3/1  = 3       not
    // E: 5, 3         -> 8/2  = 4.0     satisfied (exactly at the line)
    // F: N/A, N/A, N/A -> not counted, one "not applicable" respondent
    // G: nothing       -> not counted at all
    // n = 4, satisfied = 2, p = 0.5; mean = (4.3333 + 3.5 + 3 + 4)/4 = 14.8333/4 = 3.70833 ->
    // 3.7083
    // margin = 1.96 * sqrt(0.25/4) = 1.96 * 0.25 = 0.49; observed at 0.5 the same
    List<Respondent> respondents =
        List.of(
            new Respondent(13, 3, 0),
            new Respondent(7, 2, 1),
            new Respondent(3, 1, 0),
            new Respondent(8, 2, 0),
            new Respondent(0, 0, 3),
            new Respondent(0, 0, 0));

    Satisfaction s = SatisfactionCalculator.dimension(QuestionKind.LIKERT5, respondents, 1);

    assertThat(s.n()).isEqualTo(4);
    assertThat(s.notApplicable()).isEqualTo(1);
    assertThat(s.distribution()).isEmpty();
    assertThat(s.satisfactionRate()).isEqualTo(dec("0.5000"));
    assertThat(s.mean()).isEqualTo(dec("3.7083"));
    assertThat(s.marginOfError()).isEqualTo(dec("0.4900"));
    assertThat(s.marginOfErrorObserved()).isEqualTo(dec("0.4900"));
  }

  @Test
  void alikeRespondentsCountedTogetherGiveTheSameFiguresAsOneByOne() {
    // 3 x (13, 3) + 1 x (7, 2): n = 4, satisfied = 3, p = 0.75;
    // mean = (3 * 4.33333 + 3.5)/4 = (13 + 3.5)/4 = 16.5/4 = 4.125 -> 4.1250
    Satisfaction weighted =
        SatisfactionCalculator.dimension(
            QuestionKind.LIKERT5,
            Map.of(new Respondent(13, 3, 0), 3L, new Respondent(7, 2, 0), 1L),
            1);
    Satisfaction oneByOne =
        SatisfactionCalculator.dimension(
            QuestionKind.LIKERT5,
            List.of(
                new Respondent(13, 3, 0),
                new Respondent(13, 3, 0),
                new Respondent(13, 3, 0),
                new Respondent(7, 2, 0)),
            1);

    assertThat(weighted).isEqualTo(oneByOne);
    assertThat(weighted.satisfactionRate()).isEqualTo(dec("0.7500"));
    assertThat(weighted.mean()).isEqualTo(dec("4.1250"));
  }

  @Test
  void aFourPointDimensionIsSatisfiedFromThree() {
    // 4-point: satisfied from 3. X: 3, 2 -> 2.5 not; Y: 3, 3 -> 3 satisfied; Z: 4 -> 4 satisfied
    // n = 3, p = 2/3 = 0.66667 -> 0.6667; mean = (2.5 + 3 + 4)/3 = 9.5/3 = 3.16667 -> 3.1667
    List<Respondent> respondents =
        List.of(new Respondent(5, 2, 0), new Respondent(6, 2, 0), new Respondent(4, 1, 0));

    Satisfaction s = SatisfactionCalculator.dimension(QuestionKind.LIKERT4, respondents, 1);

    assertThat(s.satisfactionRate()).isEqualTo(dec("0.6667"));
    assertThat(s.mean()).isEqualTo(dec("3.1667"));
  }

  @Test
  void aDimensionOfNoRespondentHasNoRate() {
    Satisfaction s =
        SatisfactionCalculator.dimension(QuestionKind.LIKERT5, List.of(new Respondent(0, 0, 2)), 1);

    assertThat(s.n()).isZero();
    assertThat(s.notApplicable()).isEqualTo(1);
    assertThat(s.satisfactionRate()).isNull();
    assertThat(s.mean()).isNull();
    assertThat(s.marginOfError()).isNull();
    assertThat(s.tooFew()).isTrue();
  }

  @Test
  void belowTheThresholdTheFiguresAreTooFewAndAtItTheyAreNot() {
    // threshold 30: 29 answers are too few, 30 are enough
    // 30 answers, 20 of them "5": p = 20/30 = 0.6667; margin 1.96 * sqrt(0.25/30) = 0.178923
    // -> 0.1789; observed 1.96 * sqrt(2/3 * 1/3 / 30) = 0.168690 -> 0.1687
    Satisfaction below =
        SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(5, 20L, 1, 9L), 0, 30);
    Satisfaction at =
        SatisfactionCalculator.question(QuestionKind.LIKERT5, Map.of(5, 20L, 1, 10L), 0, 30);

    assertThat(below.n()).isEqualTo(29);
    assertThat(below.tooFew()).isTrue();
    assertThat(below.showsRate()).isFalse();
    assertThat(at.tooFew()).isFalse();
    assertThat(at.showsRate()).isTrue();
    assertThat(at.satisfactionRate()).isEqualTo(dec("0.6667"));
    assertThat(at.marginOfError()).isEqualTo(dec("0.1789"));
    assertThat(at.marginOfErrorObserved()).isEqualTo(dec("0.1687"));
  }

  @Test
  void pointsOutsideTheScaleAndNonLikertKindsAreRefused() {
    assertThatThrownBy(
            () -> SatisfactionCalculator.question(QuestionKind.LIKERT4, Map.of(5, 1L), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SatisfactionCalculator.question(QuestionKind.TEXT, Map.of(), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                SatisfactionCalculator.dimension(
                    QuestionKind.LIKERT4, List.of(new Respondent(9, 2, 0)), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
