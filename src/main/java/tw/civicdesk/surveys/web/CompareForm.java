// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.statistics.PeerComparison;

/**
 * The filters of the comparison with peers as the page, its CSV and the JSON take them: {@code
 * purpose} (a citizen survey's: {@code COUNTER} by default, {@code POST_CASE}, {@code GENERAL}) and
 * the days {@code from} and {@code to} ({@code yyyy-MM-dd}; by default the twelve months up to
 * today). A malformed value is an error of its field.
 */
public class CompareForm {

  private @Nullable String purpose;
  private @Nullable String from;
  private @Nullable String to;

  /** What the form asks for, or empty with a field error on {@code result} for each fault. */
  Optional<Query> query(LocalDate today, BindingResult result) {
    SurveyPurpose p = SurveyPurpose.COUNTER;
    if (purpose != null && !purpose.isBlank()) {
      p =
          PeerComparison.COMPARED.stream()
              .filter(c -> c.name().equals(purpose.strip()))
              .findFirst()
              .orElse(null);
      if (p == null) {
        result.rejectValue("purpose", "survey-peers.compare.error.purpose");
      }
    }
    LocalDate last = CommentsForm.day("to", to, result);
    LocalDate first = CommentsForm.day("from", from, result);
    if (result.hasErrors() || p == null) {
      return Optional.empty();
    }
    last = last == null ? today : last;
    first = first == null ? last.minusYears(1).plusDays(1) : first;
    return Optional.of(new Query(p, first, last));
  }

  /** A checked query. */
  record Query(SurveyPurpose purpose, LocalDate from, LocalDate to) {

    /** The address of {@code path} with this query. */
    String url(String path) {
      return UriComponentsBuilder.fromPath(path)
          .queryParam("purpose", purpose.name())
          .queryParam("from", from.toString())
          .queryParam("to", to.toString())
          .build()
          .encode()
          .toUriString();
    }

    /** The CSV's file name, e.g. {@code survey-peers-COUNTER-2026-01-01-2026-12-31.csv}. */
    String fileName() {
      return "survey-peers-" + purpose.name() + "-" + from + "-" + to + ".csv";
    }
  }

  public @Nullable String getPurpose() {
    return purpose;
  }

  public void setPurpose(@Nullable String purpose) {
    this.purpose = purpose;
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
}
