// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.surveys.CommentFilter;
import tw.civicdesk.surveys.SurveyCode;

/**
 * The filters of a survey's free-text answers as the page, its links and its tag forms carry them:
 * {@code q} (a piece of the text), {@code tag}, the days {@code from} and {@code to} ({@code
 * yyyy-MM-dd}) and {@code page}. A malformed day or a day range the wrong way round is a field
 * error; a malformed page is the first.
 */
public class CommentsForm {

  /** The longest search the page takes, in characters. */
  static final int SEARCH_MAX = 100;

  private @Nullable String q;
  private @Nullable String tag;
  private @Nullable String from;
  private @Nullable String to;
  private @Nullable String page;

  /** The filter the form asks for, or empty with a field error on {@code result} for each fault. */
  Optional<CommentFilter> filter(BindingResult result) {
    LocalDate first = day("from", from, result);
    LocalDate last = day("to", to, result);
    if (first != null && last != null && first.isAfter(last)) {
      result.rejectValue("to", "survey-peers.error.order");
    }
    if (q != null && q.strip().length() > SEARCH_MAX) {
      result.rejectValue(
          "q", "survey-peers.comments.error.search", new Object[] {SEARCH_MAX}, null);
    }
    if (result.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new CommentFilter(q, tag, first, last, pageNumber()));
  }

  /** The page's address with these filters and this page. */
  String url(SurveyCode code) {
    return url(code, pageNumber());
  }

  /** The page's address with these filters and page {@code number}. */
  String url(SurveyCode code, int number) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/console/surveys/{code}/comments");
    add(url, "q", q);
    add(url, "tag", tag);
    add(url, "from", from);
    add(url, "to", to);
    if (number > 1) {
      url.queryParam("page", number);
    }
    return url.buildAndExpand(code.value()).encode().toUriString();
  }

  private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      url.queryParam(name, value.strip());
    }
  }

  private int pageNumber() {
    try {
      return page == null || page.isBlank() ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static @Nullable LocalDate day(String field, @Nullable String raw, BindingResult result) {
    return FormSupport.parse(field, raw, LocalDate::parse, "survey-peers.error.day", result);
  }

  public @Nullable String getQ() {
    return q;
  }

  public void setQ(@Nullable String q) {
    this.q = q;
  }

  public @Nullable String getTag() {
    return tag;
  }

  public void setTag(@Nullable String tag) {
    this.tag = tag;
  }

  public @Nullable String getFrom() {
    return from;
  }

  public void setFrom(@Nullable String from) {
    this.from = from;
  }

  public @Nullable String getTo() {
    return to;
  }

  public void setTo(@Nullable String to) {
    this.to = to;
  }

  public @Nullable String getPage() {
    return page;
  }

  public void setPage(@Nullable String page) {
    this.page = page;
  }
}
