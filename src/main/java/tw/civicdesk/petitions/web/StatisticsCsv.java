// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.petitions.statistics.StatisticsRow;
import tw.civicdesk.platform.web.CsvFile;

/**
 * The petition statistics as CSV ({@link CsvFile}: RFC 4180, UTF-8 with a byte-order mark, formulas
 * made inert): one line per group; a header of stable column codes (docs/petitions.md), the first
 * naming the grouping ({@code month}, {@code kind}, {@code channel}, {@code category}, {@code
 * district}) with the group's code, then its name in the request's language; percentages and
 * averages with a dot and one decimal, empty where there is nothing to divide by.
 */
final class StatisticsCsv {

  /** The columns after the group's code and name. */
  static final List<String> FIGURES =
      List.of(
          "received",
          "named",
          "repeats",
          "repeat_percent",
          "replied",
          "replied_on_time",
          "on_time_percent",
          "average_days",
          "p90_days",
          "not_processed",
          "transferred");

  private StatisticsCsv() {}

  static CsvFile write(StatisticsTables.Table table) {
    List<String> header = new ArrayList<>();
    header.add(table.by().parameter());
    header.add("label");
    header.addAll(FIGURES);
    CsvFile csv = new CsvFile(header);
    for (StatisticsTables.Line line : table.lines()) {
      StatisticsRow r = line.row();
      csv.line(
          List.of(
              r.group(),
              line.label(),
              text(r.received()),
              text(r.named()),
              text(r.repeats()),
              text(r.repeatPercent()),
              text(r.replied()),
              text(r.repliedOnTime()),
              text(r.onTimePercent()),
              text(r.averageDays()),
              text(r.p90Days()),
              text(r.notProcessed()),
              text(r.transferred())));
    }
    return csv;
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
