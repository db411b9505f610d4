// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * What one version of a survey asks: a title and an introduction in both languages, the questions
 * in order, and the agency's own dimensions its Likert questions may use besides the standard ones.
 *
 * <p>The introduction is optional ({@code null}). {@link #problems()} lists what makes it unfit to
 * be asked: a blank or overlong title; no question or more than {@link #MAX_QUESTIONS}; a question
 * id that is malformed or repeated; a question text blank in either language; a Likert question
 * without a known dimension, or a dimension whose Likert questions mix the 5- and the 4-point scale
 * (their points could not be pooled); "not applicable" on a question that is not Likert; a choice
 * question with fewer than 2 or more than 20 choices or a repeated choice code; choices or a
 * dimension on any other kind; a number question whose minimum exceeds its maximum.
 */
public record Questionnaire(
    BilingualText title,
    @Nullable BilingualText intro,
    List<Question> questions,
    List<OwnDimension> ownDimensions) {

  /** The most questions a questionnaire has. */
  public static final int MAX_QUESTIONS = 60;

  /** The longest title, in characters. */
  public static final int TITLE_MAX = 200;

  /** The longest introduction or question text, in characters. */
  public static final int TEXT_MAX = 2000;

  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,20}");
  private static final Pattern OWN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  public Questionnaire {
    questions = List.copyOf(questions);
    ownDimensions = ownDimensions == null ? List.of() : List.copyOf(ownDimensions);
  }

  /** The question with {@code id}, if there is one. */
  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The Likert questions, in order. */
  public List<Question> likertQuestions() {
    return questions.stream().filter(q -> q.kind().isLikert()).toList();
  }

  /** The name of dimension {@code code}: a standard one's, else this questionnaire's own. */
  public @Nullable BilingualText dimensionName(@Nullable String code) {
    StandardDimension standard = StandardDimension.of(code);
    if (standard != null) {
      return standard.displayName();
    }
    return ownDimensions.stream()
        .filter(d -> d.code().equals(code))
        .map(OwnDimension::name)
        .findFirst()
        .orElse(null);
  }

  /** The dimension codes used by its Likert questions, in the order they first appear. */
  public List<String> dimensions() {
    List<String> codes = new ArrayList<>();
    for (Question q : likertQuestions()) {
      if (q.dimension() != null && !codes.contains(q.dimension())) {
        codes.add(q.dimension());
      }
    }
    return codes;
  }

  /** What makes it unfit to be asked; empty when it is fit. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    text(problems, "title", title, TITLE_MAX, true);
    if (intro != null) {
      text(problems, "intro", intro, TEXT_MAX, false);
    }
    Set<String> own = new HashSet<>();
    for (int i = 0; i < ownDimensions.size(); i++) {
      OwnDimension d = ownDimensions.get(i);
      String field = "ownDimensions[" + i + "]";
      if (!OWN_CODE.matcher(d.code()).matches()
          || StandardDimension.of(d.code()) != null
          || !own.add(d.code())) {
        problems.add(problem(field + ".code", "surveys.questionnaire.dimension-code"));
      }
      text(problems, field + ".name", d.name(), TITLE_MAX, true);
    }
    if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
      problems.add(
          new FieldProblem("questions", "surveys.questionnaire.count", List.of(MAX_QUESTIONS)));
    }
    Set<String> ids = new HashSet<>();
    Map<String, QuestionKind> scales = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      question(problems, "questions[" + i + "]", questions.get(i), ids, own, scales);
    }
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidFields} with {@link #problems()} unless there are none. */
  public Questionnaire checked() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return this;
  }

  private static void question(
      List<FieldProblem> problems,
      String field,
      Question q,
      Set<String> ids,
      Set<String> own,
      Map<String, QuestionKind> scales) {
    if (!ID.matcher(q.id()).matches() || !ids.add(q.id())) {
      problems.add(problem(field + ".id", "surveys.questionnaire.question-id"));
    }
    text(problems, field + ".text", q.text(), TEXT_MAX, true);
    QuestionKind kind = q.kind();
    if (kind.isLikert()) {
      String dimension = q.dimension();
      if (dimension == null
          || (StandardDimension.of(dimension) == null && !own.contains(dimension))) {
        problems.add(problem(field + ".dimension", "surveys.questionnaire.dimension"));
      } else {
        QuestionKind first = scales.putIfAbsent(dimension, kind);
        if (first != null && first != kind) {
          problems.add(problem(field + ".kind", "surveys.questionnaire.mixed-scales"));
        }
      }
    } else {
      if (q.dimension() != null) {
        problems.add(problem(field + ".dimension", "surveys.questionnaire.no-dimension"));
      }
      if (q.notApplicable()) {
        problems.add(problem(field + ".notApplicable", "surveys.questionnaire.not-applicable"));
      }
    }
    choices(problems, field, q);
    if (kind == QuestionKind.NUMBER
        && q.min() != null
        && q.max() != null
        && q.min().compareTo(q.max()) > 0) {
      problems.add(problem(field + ".min", "surveys.questionnaire.bounds"));
    }
  }

  private static void choices(List<FieldProblem> problems, String field, Question q) {
    if (q.kind().hasChoices()) {
      Set<String> codes = new HashSet<>();
      boolean bad = q.choices().size() < 2 || q.choices().size() > 20;
      for (Choice c : q.choices()) {
        bad |= !ID.matcher(c.code()).matches() || !codes.add(c.code());
        bad |= blank(c.text().zh()) || blank(c.text().en());
        bad |= !TextCheck.accepts(c.text().zh(), TextKind.LINE, TITLE_MAX);
        bad |= !TextCheck.accepts(c.text().en(), TextKind.LINE, TITLE_MAX);
      }
      if (bad) {
        problems.add(problem(field + ".choices", "surveys.questionnaire.choices"));
      }
    } else if (!q.choices().isEmpty()) {
      problems.add(problem(field + ".choices", "surveys.questionnaire.no-choices"));
    }
  }

  private static void text(
      List<FieldProblem> problems, String field, BilingualText text, int max, boolean required) {
    for (String language : List.of("zh", "en")) {
      String value = language.equals("zh") ? text.zh() : text.en();
      if (required && blank(value)) {
        problems.add(problem(field + "." + language, "surveys.questionnaire.blank"));
      } else if (!TextCheck.accepts(value, TextKind.TEXT, max)) {
        problems.add(
            new FieldProblem(
                field + "." + language, "surveys.questionnaire.too-long", List.of(max)));
      }
    }
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static FieldProblem problem(String field, String key) {
    return new FieldProblem(field, key, List.of());
  }
}
