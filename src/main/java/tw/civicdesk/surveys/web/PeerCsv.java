// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.web.CsvFile;
import tw.civicdesk.surveys.StandardDimension;

/**
 * The comparison with peers as CSV ({@link CsvFile}: RFC 4180, UTF-8 with a byte-order mark,
 * formulas made inert), one line per agency. Columns (stable codes, ADR 0047): {@code type}, {@code
 * agency}, {@code name} (in the request's language), {@code responses}, {@code too_few_below}, then
 * for {@code overall} and each of {@code environment}, {@code courtesy}, {@code professionalism},
 * {@code measures}: {@code <x>_n}, {@code <x>_percent}, {@code <x>_margin_points} (1.96·√(0.25/n))
 * and {@code <x>_observed_margin_points} (1.96·√(p(1−p)/n)). Numbers with a dot and one decimal; a
 * rate and its margins are empty where n is 0 or below the threshold ("too few answers"), as on the
 * page. No free text of any agency is in it.
 */
final class PeerCsv {

  private PeerCsv() {}

  static CsvFile write(List<PeerTables.Table> tables) {
    List<String> header =
        new ArrayList<>(List.of("type", "agency", "name", "responses", "too_few_below"));
    for (String figure : figures()) {
      header.addAll(
          List.of(
              figure + "_n",
              figure + "_percent",
              figure + "_margin_points",
              figure + "_observed_margin_points"));
    }
    CsvFile csv = new CsvFile(header);
    for (PeerTables.Table table : tables) {
      for (PeerTables.Line line : table.lines()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    table.type().name(),
                    line.code(),
                    line.name(),
                    String.valueOf(line.responses()),
                    String.valueOf(line.tooFewBelow())));
        cells(cells, line.overall());
        line.dimensions().forEach(f -> cells(cells, f));
        csv.line(cells);
      }
    }
    return csv;
  }

  private static List<String> figures() {
    List<String> names = new ArrayList<>(List.of("overall"));
    for (StandardDimension d : PeerTables.DIMENSIONS) {
      names.add(d.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static void cells(List<String> cells, PeerTables.Figure f) {
    cells.add(String.valueOf(f.n()));
    cells.add(f.shown());
    cells.add(f.shows() ? text(f.margin()) : "");
    cells.add(f.shows() ? text(f.observed()) : "");
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
