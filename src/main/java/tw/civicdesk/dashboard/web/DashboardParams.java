// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.dashboard.Grouping;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresQueryRejected;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Turns the dashboard's parameters into a figures query, as the figures API reads them ({@link
 * FiguresQuery#month}, the period rules of {@link FiguresQuery}); every malformed parameter becomes
 * a field error on the form, in the caller's language, and then there is no query.
 */
final class DashboardParams {

  /** A valid request: the query and how its rows are grouped. */
  record Parsed(FiguresQuery query, Grouping grouping) {}

  private DashboardParams() {}

  static Optional<Parsed> parse(
      AgencyCode agency,
      DashboardForm form,
      List<Grouping> choices,
      BindingResult result,
      Clock clock) {
    YearMonth now = YearMonth.now(clock);
    YearMonth from = month(form.getFrom(), now.withMonth(1), "from", result);
    YearMonth to = month(form.getTo(), now, "to", result);
    Grouping grouping = grouping(form.getBy(), choices, result);
    if (from == null || to == null || grouping == null) {
      return Optional.empty();
    }
    form.setFrom(from.toString());
    form.setTo(to.toString());
    form.setBy(grouping.parameter());
    try {
      return Optional.of(
          new Parsed(
              new FiguresQuery(
                  agency, grouping.belowToo(), null, from, to, Set.of(grouping.dimension())),
              grouping));
    } catch (FiguresQueryRejected e) {
      reject(e, result);
      return Optional.empty();
    }
  }

  private static @Nullable YearMonth month(
      @Nullable String raw, YearMonth otherwise, String field, BindingResult result) {
    try {
      return FiguresQuery.month(raw, otherwise, field);
    } catch (FiguresQueryRejected e) {
      reject(e, result);
      return null;
    }
  }

  private static @Nullable Grouping grouping(
      @Nullable String raw, List<Grouping> choices, BindingResult result) {
    if (raw == null || raw.isBlank()) {
      return choices.get(0);
    }
    Optional<Grouping> chosen = Grouping.ofParameter(raw).filter(choices::contains);
    if (chosen.isEmpty()) {
      result.rejectValue("by", "dashboard.error.by");
      return null;
    }
    return chosen.get();
  }

  private static void reject(FiguresQueryRejected e, BindingResult result) {
    String field = e.field() == null ? "from" : e.field();
    result.rejectValue(field, e.messageKey(), e.messageArguments(), e.messageKey());
  }
}
