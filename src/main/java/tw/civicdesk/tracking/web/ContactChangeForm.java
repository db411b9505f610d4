// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * A change of contact: the receipt's number and code, then the new channel ({@code EMAIL} or
 * {@code SMS}) and address; in the second step the six-digit confirmation code sent there.
 */
public class ContactChangeForm extends ReceiptHolderForm {

  private String channel = "EMAIL";
  private String address = "";
  private String confirmation = "";

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
