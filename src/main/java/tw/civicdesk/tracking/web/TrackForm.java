// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

/** The tracking form: the case number and its verification code. */
public class TrackForm {

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
