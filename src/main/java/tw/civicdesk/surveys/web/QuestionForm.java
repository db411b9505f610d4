// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;

/**
 * One question on the builder's form. Only the parts its kind uses are shown and kept: a dimension
 * and "not applicable" for a Likert question, choices for a choice question, bounds for a number.
 * Bounds are typed as text and read by the form, so that a wrong one is a field error.
 */
public class QuestionForm {

  @SingleLine private String id = "";
  @SingleLine private String kind = QuestionKind.LIKERT5.name();
  @SingleLine private String dimension = "";
  private boolean required = true;
  private boolean notApplicable;
  private BilingualForm text = new BilingualForm();
  private List<ChoiceForm> choices = new ArrayList<>();
  @SingleLine private String min = "";
  @SingleLine private String max = "";

  /** An empty question. */
  public QuestionForm() {}

  /** A new question of {@code kind} with {@code id}, required, with two empty choice rows. */
  static QuestionForm blank(String id, QuestionKind kind) {
    QuestionForm form = new QuestionForm();
    form.id = id;
    form.kind = kind.name();
    form.required = kind != QuestionKind.TEXT;
    form.ensureChoiceRows();
    return form;
  }

  static QuestionForm of(Question q) {
    QuestionForm form = new QuestionForm();
    form.id = q.id();
    form.kind = q.kind().name();
    form.dimension = q.dimension() == null ? "" : q.dimension();
    form.required = q.required();
    form.notApplicable = q.notApplicable();
    form.text = BilingualForm.of(q.text());
    form.choices = new ArrayList<>(q.choices().stream().map(ChoiceForm::of).toList());
    form.min = q.min() == null ? "" : q.min().toPlainString();
    form.max = q.max() == null ? "" : q.max().toPlainString();
    return form;
  }

  /** The kind typed, LIKERT5 when it is none of them. */
  QuestionKind kindValue() {
    for (QuestionKind k : QuestionKind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return QuestionKind.LIKERT5;
  }

  /** A choice question shows at least two choice rows. */
  void ensureChoiceRows() {
    if (kindValue().hasChoices()) {
      while (choices.size() < 2) {
        choices.add(new ChoiceForm());
      }
    }
  }

  public String getId() {
    return id;
  }

  public void setId(@Nullable String id) {
    this.id = id == null ? "" : id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(@Nullable String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getDimension() {
    return dimension;
  }

  public void setDimension(@Nullable String dimension) {
    this.dimension = dimension == null ? "" : dimension;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isNotApplicable() {
    return notApplicable;
  }

  public void setNotApplicable(boolean notApplicable) {
    this.notApplicable = notApplicable;
  }

  public BilingualForm getText() {
    return text;
  }

  public void setText(BilingualForm text) {
    this.text = text;
  }

  public List<ChoiceForm> getChoices() {
    return choices;
  }

  public void setChoices(List<ChoiceForm> choices) {
    this.choices = choices;
  }

  public String getMin() {
    return min;
  }

  public void setMin(@Nullable String min) {
    this.min = min == null ? "" : min;
  }

  public String getMax() {
    return max;
  }

  public void setMax(@Nullable String max) {
    this.max = max == null ? "" : max;
  }
}
