// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.surveys.Choice;

/** One choice of a choice question on the builder's form: its code and its texts. */
public class ChoiceForm {

  @SingleLine private String code = "";
  private BilingualForm text = new BilingualForm();

  /** An empty row. */
  public ChoiceForm() {}

  static ChoiceForm of(Choice choice) {
    ChoiceForm form = new ChoiceForm();
    form.code = choice.code();
    form.text = BilingualForm.of(choice.text());
    return form;
  }

  /** Whether nothing was typed in the row (it is then left out). */
  boolean isBlank() {
    return code.isBlank() && text.isBlank();
  }

  public String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code == null ? "" : code;
  }

  public BilingualForm getText() {
    return text;
  }

  public void setText(BilingualForm text) {
    this.text = text;
  }
}
