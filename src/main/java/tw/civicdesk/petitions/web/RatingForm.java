// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.validation.constraints.Size;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * The rating form: the receipt's case number and code (public page only), a score 1-5, a comment
 * and, when unhappy, the wish to have the case reopened; for staff also the channel it came by.
 */
public class RatingForm extends ReceiptHolderForm {

  @SingleLine
  @Size(max = 2)
  private String score = "";

  @Size(max = 4000)
  private String comment = "";

  private boolean reopen;

  @SingleLine
  @Size(max = 20)
  private String channel = "PHONE";

  /** The score as typed, 0 when it is no number (refused by the ratings' check). */
  int scoreValue() {
    try {
      return Integer.parseInt(score.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public String getScore() {
    return score;
  }

  public void setScore(String score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public boolean isReopen() {
    return reopen;
  }

  public void setReopen(boolean reopen) {
    this.reopen = reopen;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }
}
