// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;

/**
 * What every public page for the holder of a receipt asks first: the case number and its
 * verification code (tracking, supplements, withdrawal).
 */
public class ReceiptHolderForm {

  @SingleLine
  @Size(max = 64)
  private String number = "";

  @SingleLine
  @Size(max = 32)
  private String code = "";

  public String getNumber() {
    return number;
  }

  /** Sets the case number, stripped; {@code null} (e.g. no number in the link) is empty. */
  public void setNumber(@org.jspecify.annotations.Nullable String number) {
    this.number = number == null ? "" : number.strip();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
