// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

/** What the public pages for the holder of a receipt ask first: the case number and its code. */
public class ReceiptHolderForm {

  private String number = "";
  private String code = "";

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
