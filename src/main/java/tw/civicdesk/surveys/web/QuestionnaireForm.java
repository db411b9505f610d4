// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;

/**
 * The builder's form: a whole questionnaire, sent back and forth until it is saved. Its property
 * paths are those of {@link Questionnaire#problems()} ({@code title.zh}, {@code
 * questions[2].choices}, {@code ownDimensions[0].code}), so that each problem is shown beside its
 * field. The buttons that change its shape (add, remove, move a question; add or remove a choice or
 * a dimension) are {@link #apply applied} on the server and change nothing stored.
 */
public class QuestionnaireForm {

  private BilingualForm title = new BilingualForm();
  private BilingualForm intro = new BilingualForm();
  private List<QuestionForm> questions = new ArrayList<>();
  private List<DimensionForm> ownDimensions = new ArrayList<>();
  @SingleLine private String newKind = QuestionKind.LIKERT5.name();

  /** An empty form. */
  public QuestionnaireForm() {}

  /** Fills the form with {@code questionnaire}. */
  void fill(Questionnaire questionnaire) {
    title = BilingualForm.of(questionnaire.title());
    intro = BilingualForm.of(questionnaire.intro());
    questions = new ArrayList<>(questionnaire.questions().stream().map(QuestionForm::of).toList());
    ownDimensions =
        new ArrayList<>(questionnaire.ownDimensions().stream().map(DimensionForm::of).toList());
  }

  /**
   * Applies the button {@code action} ({@code add-question}, {@code up:2}, {@code down:2}, {@code
   * remove:2}, {@code add-choice:2}, {@code remove-choice:2:1}, {@code add-dimension}, {@code
   * remove-dimension:0}; anything else only shows the form again, e.g. after a kind was changed). A
   * new question gets the first id {@code q1, q2, …} used neither on the form nor in {@code
   * earlierIds} (a question keeps its id across versions, so an old one is never reused).
   *
   * @return the id of the element the page should scroll to, or {@code null}
   */
  @Nullable String apply(String action, Collection<String> earlierIds) {
    String[] parts = action.split(":");
    int i = parts.length > 1 ? index(parts[1]) : -1;
    int j = parts.length > 2 ? index(parts[2]) : -1;
    boolean question = i >= 0 && i < questions.size();
    return switch (parts[0]) {
      case "add-question" -> {
        questions.add(QuestionForm.blank(nextId(earlierIds), kindOf(newKind)));
        yield "question-" + (questions.size() - 1);
      }
      case "up", "down", "remove" -> question ? move(parts[0], i) : null;
      case "add-choice", "remove-choice" -> question ? choice(parts[0], i, j) : null;
      case "add-dimension" -> {
        ownDimensions.add(new DimensionForm());
        yield "dimension-" + (ownDimensions.size() - 1);
      }
      case "remove-dimension" -> {
        if (i >= 0 && i < ownDimensions.size()) {
          ownDimensions.remove(i);
        }
        yield "dimensions";
      }
      default -> {
        if (question) {
          questions.get(i).ensureChoiceRows();
        }
        yield question ? "question-" + i : null;
      }
    };
  }

  /** Moves question {@code i} up or down one place, or removes it. */
  private String move(String action, int i) {
    if (action.equals("remove")) {
      questions.remove(i);
      return "questions";
    }
    int to = action.equals("up") ? i - 1 : i + 1;
    if (to < 0 || to >= questions.size()) {
      return "question-" + i;
    }
    questions.add(to, questions.remove(i));
    return "question-" + to;
  }

  private String choice(String action, int i, int j) {
    List<ChoiceForm> choices = questions.get(i).getChoices();
    if (action.equals("add-choice")) {
      choices.add(new ChoiceForm());
    } else if (j >= 0 && j < choices.size()) {
      choices.remove(j);
    }
    return "question-" + i;
  }

  /** Leaves out the choice and dimension rows where nothing was typed. */
  void dropBlankRows() {
    ownDimensions.removeIf(DimensionForm::isBlank);
    questions.forEach(q -> q.getChoices().removeIf(ChoiceForm::isBlank));
  }

  /** Shows at least two choice rows on every choice question. */
  void ensureChoiceRows() {
    questions.forEach(QuestionForm::ensureChoiceRows);
  }

  /** Whether some Likert question is on the form but none of them is in the OVERALL dimension. */
  boolean lacksOverall() {
    List<QuestionForm> likert = questions.stream().filter(q -> q.kindValue().isLikert()).toList();
    return !likert.isEmpty() && likert.stream().noneMatch(q -> "OVERALL".equals(q.getDimension()));
  }

  private String nextId(Collection<String> earlierIds) {
    Set<String> taken = new HashSet<>(earlierIds);
    questions.forEach(q -> taken.add(q.getId()));
    int n = 1;
    while (taken.contains("q" + n)) {
      n++;
    }
    return "q" + n;
  }

  static QuestionKind kindOf(String raw) {
    QuestionForm probe = new QuestionForm();
    probe.setKind(raw);
    return probe.kindValue();
  }

  private static int index(String raw) {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public BilingualForm getTitle() {
    return title;
  }

  public void setTitle(BilingualForm title) {
    this.title = title;
  }

  public BilingualForm getIntro() {
    return intro;
  }

  public void setIntro(BilingualForm intro) {
    this.intro = intro;
  }

  public List<QuestionForm> getQuestions() {
    return questions;
  }

  public void setQuestions(List<QuestionForm> questions) {
    this.questions = questions;
  }

  public List<DimensionForm> getOwnDimensions() {
    return ownDimensions;
  }

  public void setOwnDimensions(List<DimensionForm> ownDimensions) {
    this.ownDimensions = ownDimensions;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(@Nullable String newKind) {
    this.newKind = newKind == null ? "" : newKind;
  }
}
