// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.List;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One page of a survey's free-text answers, newest first.
 *
 * @param title the survey's title as its current version has it
 * @param page this page, from 1
 * @param pages how many pages the filter gives (at least 1)
 * @param total how many answers the filter gives
 * @param tags every tag used on the survey's answers, for filtering, in alphabetical order
 */
public record CommentPage(
    SurveyCode code,
    AgencyCode agency,
    BilingualText title,
    List<SurveyComment> comments,
    int page,
    int pages,
    long total,
    List<String> tags) {

  public CommentPage {
    comments = List.copyOf(comments);
    tags = List.copyOf(tags);
  }

  /** Whether there is a page after this one. */
  public boolean hasNext() {
    return page < pages;
  }

  /** Whether there is a page before this one. */
  public boolean hasPrevious() {
    return page > 1;
  }
}
