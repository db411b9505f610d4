// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.web.CsvFile;
import tw.civicdesk.platform.web.OdsFile;
import tw.civicdesk.surveys.statistics.Results;
import tw.civicdesk.surveys.statistics.Results.DimensionResult;
import tw.civicdesk.surveys.statistics.Results.QuestionResult;
import tw.civicdesk.surveys.statistics.Results.TrendPoint;
import tw.civicdesk.surveys.statistics.Satisfaction;
import tw.civicdesk.surveys.statistics.TrendPeriod;

/**
 * The results page's tables as downloads (CSV and ODS): a header of stable column codes, names in
 * the request's language, rates and margins as fractions to 4 decimals (as the JSON API), empty
 * where there is no figure. {@code dimensions}: one line per dimension; {@code questions}: one per
 * Likert question with the count of each point; {@code trend}: one per period and figure (the
 * overall one, then each dimension).
 */
final class ResultsTables {

  /** The tables a download may ask for. */
  static final List<String> NAMES = List.of("dimensions", "questions", "trend");

  private static final List<String> FIGURES =
      List.of(
          "n",
          "not_applicable",
          "satisfaction_rate",
          "mean",
          "margin_of_error",
          "margin_of_error_observed",
          "too_few");

  /** One table: its name, header and rows (texts, numbers, or null for an empty cell). */
  record Table(String name, List<String> header, List<List<@Nullable Object>> rows) {}

  private ResultsTables() {}

  /** The table named {@code name}, if it is one of {@link #NAMES}. */
  static Optional<Table> table(String name, Results r, TrendPeriod period, Locale locale) {
    return switch (name) {
      case "dimensions" -> Optional.of(dimensions(r, locale));
      case "questions" -> Optional.of(questions(r, locale));
      case "trend" -> Optional.of(trend(r, period, locale));
      default -> Optional.empty();
    };
  }

  static Table dimensions(Results r, Locale locale) {
    List<String> header = new ArrayList<>(List.of("dimension", "name", "scale", "earlier_version"));
    header.addAll(FIGURES);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (DimensionResult d : r.dimensions()) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(d.code());
      row.add(d.name().in(locale));
      row.add(d.scale().name());
      row.add(String.valueOf(d.earlierVersion()));
      figures(row, d.figures());
      rows.add(row);
    }
    return new Table("dimensions", header, rows);
  }

  static Table questions(Results r, Locale locale) {
    List<String> header =
        new ArrayList<>(List.of("question", "text", "kind", "dimension", "earlier_version"));
    for (int p = 1; p <= 5; p++) {
      header.add("points_" + p);
    }
    header.addAll(FIGURES);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (QuestionResult q : r.questions()) {
      List<@Nullable Object> row = new ArrayList<>();
      row.add(q.question().id());
      row.add(q.question().text().in(locale));
      row.add(q.question().kind().name());
      row.add(q.question().dimension());
      row.add(String.valueOf(q.earlierVersion()));
      for (int p = 1; p <= 5; p++) {
        row.add(p <= q.question().kind().scale() ? q.figures().count(p) : null);
      }
      figures(row, q.figures());
      rows.add(row);
    }
    return new Table("questions", header, rows);
  }

  static Table trend(Results r, TrendPeriod period, Locale locale) {
    List<String> header =
        new ArrayList<>(List.of("period", "from", "to", "responses", "dimension", "name"));
    header.addAll(FIGURES);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (TrendPoint p : r.trend(period)) {
      for (DimensionResult d : r.dimensions()) {
        List<@Nullable Object> row = new ArrayList<>();
        row.add(p.period());
        row.add(p.from().toString());
        row.add(p.to().toString());
        row.add(p.n());
        row.add(d.code());
        row.add(d.name().in(locale));
        figures(row, p.dimensions().get(d.code()));
        rows.add(row);
      }
    }
    return new Table("trend-" + period.parameter(), header, rows);
  }

  private static void figures(List<@Nullable Object> row, Satisfaction s) {
    row.add(s.n());
    row.add(s.notApplicable());
    row.add(s.satisfactionRate());
    row.add(s.mean());
    row.add(s.marginOfError());
    row.add(s.marginOfErrorObserved());
    row.add(String.valueOf(s.tooFew()));
  }

  static CsvFile csv(Table table) {
    CsvFile csv = new CsvFile(table.header());
    for (List<@Nullable Object> row : table.rows()) {
      csv.line(row.stream().map(ResultsTables::text).toList());
    }
    return csv;
  }

  static OdsFile ods(List<Table> tables) {
    OdsFile ods = new OdsFile();
    for (Table t : tables) {
      ods.sheet(t.name(), t.header());
      t.rows().forEach(ods::row);
    }
    return ods;
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
  }
}
