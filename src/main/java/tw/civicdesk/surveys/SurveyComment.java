// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.LocalDate;
import java.util.List;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One free-text answer as the quality officer reads it: the question as its version asked it, the
 * date and the channel, the text and the officer's tags. Nothing ties it to a person: no case
 * number, kiosk, unit or account is part of it.
 *
 * @param responseId the answer's response, with {@code questionId} the key of a tag
 * @param tags its tags, in alphabetical order
 */
public record SurveyComment(
    long responseId,
    String questionId,
    BilingualText question,
    LocalDate answeredOn,
    SurveyChannel channel,
    String text,
    List<String> tags) {

  public SurveyComment {
    tags = List.copyOf(tags);
  }
}
