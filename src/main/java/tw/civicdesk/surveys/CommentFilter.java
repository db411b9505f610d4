// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which free-text answers of a survey to list.
 *
 * @param search a piece of the text, matched anywhere and regardless of case; {@code %} and {@code
 *     _} in it are plain characters; {@code null} or blank for any text
 * @param tag only answers carrying this tag; {@code null} for any
 * @param from the first day answered, if any
 * @param to the last day answered, if any
 * @param page the page, from 1; {@link SurveyComments#PAGE_SIZE} answers a page
 */
public record CommentFilter(
    @Nullable String search,
    @Nullable String tag,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int page) {

  /** Every answer, first page. */
  public static final CommentFilter ALL = new CommentFilter(null, null, null, null, 1);

  public CommentFilter {
    search = search == null || search.isBlank() ? null : search.strip();
    tag = tag == null || tag.isBlank() ? null : tag.strip();
    page = Math.max(1, page);
  }

  /** The filter's pattern for SQL {@code LIKE … ESCAPE '\'}: the search, wildcards made plain. */
  @Nullable String likePattern() {
    if (search == null) {
      return null;
    }
    String escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
