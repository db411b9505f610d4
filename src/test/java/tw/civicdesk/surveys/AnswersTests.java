// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.i18n.BilingualText;

/** Raw answers are checked against their questionnaire, every problem named at once. */
class AnswersTests {

  static final BilingualText T = new BilingualText("題目", "Question");

  static final Questionnaire Q =
      new Questionnaire(
          new BilingualText("問卷", "Survey"),
          null,
          List.of(
              Question.likert("q5", QuestionKind.LIKERT5, "COURTESY", true, T),
              Question.likert("q4", QuestionKind.LIKERT4, "MEASURES", false, T),
              new Question(
                  "many",
                  QuestionKind.MULTIPLE,
                  null,
                  false,
                  false,
                  T,
                  List.of(new Choice("a", T), new Choice("b", T), new Choice("c", T)),
                  null,
                  null),
              new Question(
                  "age",
                  QuestionKind.NUMBER,
                  null,
                  false,
                  false,
                  T,
                  List.of(),
                  BigDecimal.ZERO,
                  BigDecimal.valueOf(120)),
              Question.text("comment", T)),
          List.of());

  static List<String> problems(Map<String, ?> raw) {
    try {
      Answers.check(Q, raw);
      return List.of();
    } catch (InvalidFields e) {
      return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
  }

  @Test
  void aLikertValueIsAWholeNumberOnItsScaleOrNotApplicableWhereAllowed() {
    assertThat(Answers.check(Q, Map.of("q5", 5, "q4", "4")))
        .containsEntry("q5", AnswerValue.points(5))
        .containsEntry("q4", AnswerValue.points(4));
    assertThat(Answers.check(Q, Map.of("q5", "na", "q4", 1)).get("q5").notApplicable()).isTrue();

    assertThat(problems(Map.of("q5", 6, "q4", 5)))
        .containsExactly(
            "answers.q5:surveys.answer.out-of-scale", "answers.q4:surveys.answer.out-of-scale");
    assertThat(problems(Map.of("q5", 0, "q4", 2.5)))
        .containsExactly(
            "answers.q5:surveys.answer.out-of-scale", "answers.q4:surveys.answer.out-of-scale");
    assertThat(problems(Map.of("q5", 3, "q4", "NA")))
        .containsExactly("answers.q4:surveys.answer.not-applicable");
  }

  @Test
  void aMissingRequiredAnswerAndAnAnswerToNoQuestionAreNamed() {
    assertThat(problems(Map.of("q5", " ", "nope", 1)))
        .containsExactlyInAnyOrder(
            "answers.nope:surveys.answer.unknown-question",
            "answers.q5:surveys.answer.required",
            "answers.q4:surveys.answer.required");
  }

  @Test
  void choicesNumbersAndTextsKeepTheirRules() {
    assertThat(Answers.check(Q, Map.of("q5", 1, "q4", 1, "many", List.of("c", "a"))).get("many"))
        .isEqualTo(AnswerValue.chosen(List.of("c", "a")));
    assertThat(problems(Map.of("q5", 1, "q4", 1, "many", List.of("a", "a"))))
        .containsExactly("answers.many:surveys.answer.choice");
    assertThat(problems(Map.of("q5", 1, "q4", 1, "many", List.of("z"))))
        .containsExactly("answers.many:surveys.answer.choice");
    assertThat(problems(Map.of("q5", 1, "q4", 1, "age", 121)))
        .containsExactly("answers.age:surveys.answer.bounds");
    assertThat(problems(Map.of("q5", 1, "q4", 1, "age", "many")))
        .containsExactly("answers.age:surveys.answer.number");
    assertThat(problems(Map.of("q5", 1, "q4", 1, "comment", "a\u0000b")))
        .containsExactly("answers.comment:surveys.answer.text");
    assertThat(problems(Map.of("q5", 1, "q4", 1, "comment", "x".repeat(Question.TEXT_MAX + 1))))
        .containsExactly("answers.comment:surveys.answer.text");
    assertThat(Answers.check(Q, Map.of("q5", 1, "q4", 1, "comment", "  停車位不足  ")).get("comment"))
        .isEqualTo(AnswerValue.text("停車位不足"));
  }

  @Test
  void everyTemplateOfTheLibraryIsFitToBeAsked() {
    assertThat(SurveyTemplates.all())
        .extracting(SurveyTemplates.SurveyTemplate::id)
        .containsExactly("counter", "post-case", "staff");
    for (SurveyTemplates.SurveyTemplate t : SurveyTemplates.all()) {
      assertThat(t.questionnaire().problems()).as(t.id()).isEmpty();
      assertThat(t.questionnaire().dimensions()).as(t.id()).contains("OVERALL");
    }
  }

  @Test
  void aQuestionnaireMixingScalesInOneDimensionOrWithoutADimensionIsUnfit() {
    Questionnaire mixed =
        new Questionnaire(
            new BilingualText("問卷", "Survey"),
            null,
            List.of(
                Question.likert("a", QuestionKind.LIKERT5, "COURTESY", false, T),
                Question.likert("b", QuestionKind.LIKERT4, "COURTESY", false, T),
                Question.likert("c", QuestionKind.LIKERT4, "UNKNOWN", false, T),
                Question.likert("c", QuestionKind.LIKERT4, "MEASURES", false, T)),
            List.of());
    assertThat(mixed.problems())
        .extracting(p -> p.field() + ":" + p.messageKey())
        .containsExactly(
            "questions[1].kind:surveys.questionnaire.mixed-scales",
            "questions[2].dimension:surveys.questionnaire.dimension",
            "questions[3].id:surveys.questionnaire.question-id");
    assertThatThrownBy(mixed::checked).isInstanceOf(InvalidFields.class);
  }
}
