// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Choice;
import tw.civicdesk.surveys.OwnDimension;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;

/**
 * Reads the builder's form into a {@link Questionnaire} and lists every problem at once: what the
 * form itself cannot read (a Chinese text left blank, which a {@link BilingualText} cannot hold; a
 * bound that is no number) and then {@link Questionnaire#problems()}, one problem per field. Only
 * the parts a question's kind uses are kept; choice codes are read in lower case and the agency's
 * own dimension codes in upper case, as the rules want them.
 */
final class QuestionnaireReading {

  /** Stands in for a blank Chinese text so that the rest can still be checked. */
  private static final String BLANK = "?";

  /** The questionnaire read, and the problems found (none when it may be saved). */
  record Read(Questionnaire questionnaire, List<FieldProblem> problems) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  private QuestionnaireReading() {}

  /** Reads {@code form}, whose blank rows have been dropped. */
  static Read read(QuestionnaireForm form) {
    QuestionnaireReading reading = new QuestionnaireReading();
    Questionnaire questionnaire = reading.questionnaire(form);
    Map<String, FieldProblem> byField = new LinkedHashMap<>();
    reading.problems.forEach(p -> byField.putIfAbsent(p.field(), p));
    questionnaire.problems().forEach(p -> byField.putIfAbsent(p.field(), p));
    return new Read(questionnaire, List.copyOf(byField.values()));
  }

  private Questionnaire questionnaire(QuestionnaireForm form) {
    BilingualText title = text("title", form.getTitle());
    BilingualText intro = form.getIntro().isBlank() ? null : text("intro", form.getIntro());
    List<OwnDimension> own = new ArrayList<>();
    for (int i = 0; i < form.getOwnDimensions().size(); i++) {
      DimensionForm d = form.getOwnDimensions().get(i);
      own.add(
          new OwnDimension(
              d.getCode().strip().toUpperCase(Locale.ROOT),
              text("ownDimensions[" + i + "].name", d.getName())));
    }
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < form.getQuestions().size(); i++) {
      questions.add(question("questions[" + i + "]", form.getQuestions().get(i)));
    }
    return new Questionnaire(title, intro, questions, own);
  }

  private Question question(String field, QuestionForm q) {
    QuestionKind kind = q.kindValue();
    BilingualText text = text(field + ".text", q.getText());
    String dimension = kind.isLikert() && !q.getDimension().isBlank() ? q.getDimension() : null;
    List<Choice> choices = new ArrayList<>();
    if (kind.hasChoices()) {
      for (ChoiceForm c : q.getChoices()) {
        if (c.getText().getZh().isBlank()) {
          problems.add(problem(field + ".choices", "surveys.questionnaire.choices"));
        }
        choices.add(
            new Choice(
                c.getCode().strip().toLowerCase(Locale.ROOT),
                new BilingualText(zhOrBlank(c.getText()), c.getText().getEn())));
      }
    }
    boolean number = kind == QuestionKind.NUMBER;
    return new Question(
        q.getId(),
        kind,
        dimension,
        q.isRequired(),
        kind.isLikert() && q.isNotApplicable(),
        text,
        choices,
        number ? bound(field + ".min", q.getMin()) : null,
        number ? bound(field + ".max", q.getMax()) : null);
  }

  private BilingualText text(String field, BilingualForm form) {
    if (form.getZh().isBlank()) {
      problems.add(problem(field + ".zh", "surveys.questionnaire.blank"));
    }
    return new BilingualText(zhOrBlank(form), form.getEn());
  }

  private static String zhOrBlank(BilingualForm form) {
    return form.getZh().isBlank() ? BLANK : form.getZh();
  }

  private @Nullable BigDecimal bound(String field, String raw) {
    if (raw.isBlank()) {
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(raw.strip());
      if (value.precision() - value.scale() <= 12 && value.scale() <= 4) {
        return value;
      }
    } catch (NumberFormatException e) {
      // a problem below
    }
    problems.add(problem(field, "survey-builder.number"));
    return null;
  }

  private static FieldProblem problem(String field, String key) {
    return new FieldProblem(field, key, List.of());
  }
}
