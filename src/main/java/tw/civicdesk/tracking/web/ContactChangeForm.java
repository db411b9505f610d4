// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * A change of contact: the receipt's number and code, then the new channel ({@code EMAIL} or {@code
 * SMS}) and address; in the second step the six-digit confirmation code sent there.
 */
public class ContactChangeForm extends ReceiptHolderForm {

  @SingleLine private String channel = "EMAIL";

  @SingleLine
  @Size(max = 254)
  private String address = "";

  @SingleLine
  @Size(max = 32)
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
