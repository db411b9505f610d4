// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.surveys.OwnDimension;

/** One of the agency's own dimensions on the builder's form: its code and its name. */
public class DimensionForm {

  @SingleLine private String code = "";
  private BilingualForm name = new BilingualForm();

  /** An empty row. */
  public DimensionForm() {}

  static DimensionForm of(OwnDimension dimension) {
    DimensionForm form = new DimensionForm();
    form.code = dimension.code();
    form.name = BilingualForm.of(dimension.name());
    return form;
  }

  /** Whether nothing was typed in the row (it is then left out). */
  boolean isBlank() {
    return code.isBlank() && name.isBlank();
  }

  public String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code == null ? "" : code;
  }

  public BilingualForm getName() {
    return name;
  }

  public void setName(BilingualForm name) {
    this.name = name;
  }
}
