// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;

/** The "my cases" request: the e-mail address the cases were filed with. */
public class MyCasesForm {

  @SingleLine
  @Size(max = 254)
  private String address = "";

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
