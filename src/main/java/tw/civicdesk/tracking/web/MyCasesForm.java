// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

/** The "my cases" request: the e-mail address the cases were filed with. */
public class MyCasesForm {

  private String address = "";

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
