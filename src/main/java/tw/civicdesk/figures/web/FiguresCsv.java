// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.figures.web.FiguresView.Row;
import tw.civicdesk.platform.web.CsvFile;

/**
 * The figures as CSV ({@link CsvFile}: RFC 4180, UTF-8 with a byte-order mark, formulas made
 * inert); a header of stable column codes (the JSON names in snake case, documented in {@code
 * docs/figures.md}) so that spreadsheets and scripts keep working in either language; unit names in
 * the request's language; rates and averages with a dot and four decimals.
 */
final class FiguresCsv {

  static final List<String> HEADER =
      List.of(
          "agency",
          "unit_id",
          "unit_name",
          "service",
          "channel",
          "kind",
          "month",
          "received",
          "decided",
          "decided_on_time",
          "on_time_rate",
          "decided_extended",
          "closed",
          "extended",
          "transferred",
          "withdrawn",
          "merged",
          "average_working_days",
          "p90_working_days",
          "open",
          "overdue",
          "follow_ups",
          "follow_ups_answered");

  private FiguresCsv() {}

  static CsvFile write(FiguresView view, Locale locale) {
    CsvFile csv = new CsvFile(HEADER);
    for (Row r : view.rows()) {
      csv.line(cells(r, locale));
    }
    return csv;
  }

  /** One row's cells in {@link #HEADER}'s order: its group, then its figures. */
  private static List<String> cells(Row r, Locale locale) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(text(r.agency()));
    cells.add(text(r.unitId()));
    cells.add(
        r.unitName() == null
            ? ""
            : Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? r.unitName().en()
                : r.unitName().zhTw());
    cells.add(text(r.service()));
    cells.add(text(r.channel()));
    cells.add(text(r.kind()));
    cells.add(text(r.month()));
    for (Object n : figures(r)) {
      cells.add(text(n));
    }
    return cells;
  }

  /** The figures of a row, from {@code received} to {@code follow_ups_answered}. */
  private static @Nullable Object[] figures(Row r) {
    return new @Nullable Object[] {
      r.received(),
      r.decided(),
      r.decidedOnTime(),
      decimal(r.onTimeRate()),
      r.decidedExtended(),
      r.closed(),
      r.extended(),
      r.transferred(),
      r.withdrawn(),
      r.merged(),
      decimal(r.averageWorkingDays()),
      r.p90WorkingDays(),
      r.open(),
      r.overdue(),
      r.followUps(),
      r.followUpsAnswered()
    };
  }

  private static @Nullable String decimal(@Nullable Double value) {
    return value == null ? null : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
