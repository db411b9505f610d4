// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.statistics.Dimension;
import tw.civicdesk.petitions.statistics.StatisticsQuery;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The filters of the petition statistics as the page and the CSV take them: agency, months {@code
 * from}/{@code to} ({@code yyyy-MM}; the last twelve months by default), kind, and for the CSV the
 * grouping {@code by}.
 */
public class StatisticsForm {

  private @Nullable String agency;
  private @Nullable String from;
  private @Nullable String to;
  private @Nullable String kind;
  private @Nullable String by;

  /**
   * The query the form asks for, or empty with a field error on {@code result} for each malformed
   * value.
   */
  Optional<StatisticsQuery> query(AgencyCode code, YearMonth thisMonth, BindingResult result) {
    YearMonth last = month("to", to, thisMonth, result);
    YearMonth first = month("from", from, last == null ? thisMonth : last.minusMonths(11), result);
    CaseKind k = null;
    if (kind != null && !kind.isBlank()) {
      k = RulePages.KINDS.stream().filter(c -> c.name().equals(kind)).findFirst().orElse(null);
      if (k == null) {
        result.rejectValue("kind", "petition-admin.statistics.error.kind");
      }
    }
    Dimension d = by == null || by.isBlank() ? Dimension.MONTH : Dimension.of(by).orElse(null);
    if (d == null) {
      result.rejectValue("by", "petition-admin.statistics.error.by");
    }
    if (first != null && last != null && first.isAfter(last)) {
      result.rejectValue("to", "petition-admin.statistics.error.order");
    } else if (first != null
        && last != null
        && first.plusMonths(StatisticsQuery.MAX_MONTHS - 1L).isBefore(last)) {
      result.rejectValue("from", "petition-admin.statistics.error.span", new Object[] {120}, null);
    }
    if (result.hasErrors() || first == null || last == null || d == null) {
      return Optional.empty();
    }
    return Optional.of(new StatisticsQuery(code, first, last, k, d));
  }

  private static @Nullable YearMonth month(
      String field, @Nullable String raw, YearMonth fallback, BindingResult result) {
    return raw == null || raw.isBlank()
        ? fallback
        : FormSupport.parse(
            field, raw, YearMonth::parse, "petition-admin.statistics.error.month", result);
  }

  public @Nullable String getAgency() {
    return agency;
  }

  public void setAgency(@Nullable String agency) {
    this.agency = agency;
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

  public @Nullable String getKind() {
    return kind;
  }

  public void setKind(@Nullable String kind) {
    this.kind = kind;
  }

  public @Nullable String getBy() {
    return by;
  }

  public void setBy(@Nullable String by) {
    this.by = by;
  }
}
