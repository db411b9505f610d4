// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;

/** A rating staff record from an outbound call or a paper form: the rating and the channel. */
public class StaffRatingForm extends RatingForm {

  @SingleLine
  @Size(max = 20)
  private String channel = "PHONE";

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }
}
