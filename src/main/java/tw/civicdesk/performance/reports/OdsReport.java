// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.util.List;
import tw.civicdesk.performance.reports.YearReport.IndicatorRow;
import tw.civicdesk.performance.reports.YearReport.PracticeRow;
import tw.civicdesk.performance.reports.YearReport.ScoreRow;

/**
 * The report's tables as an OpenDocument spreadsheet: progress (practices × periods), indicators
 * (target, actual, each period) and scores (items, points, self, review, last year, total), one
 * sheet each, numbers as numbers.
 */
final class OdsReport {

  private OdsReport() {}

  static byte[] write(YearReport report) {
    YearReport.Labels l = report.labels();
    Xml xml = OdfXml.root("office:document-content");
    xml.start("office:body").start("office:spreadsheet");
    progress(xml, report, l);
    indicators(xml, report, l);
    scores(xml, report, l);
    xml.end().end();
    return new OdfPackage(OdfPackage.ODS)
        .xml("content.xml", xml.end().toString())
        .xml("styles.xml", OdfXml.styles(l.get("report.language")))
        .bytes();
  }

  private static void header(Xml xml, List<String> cells) {
    xml.start("table:table-header-rows").start("table:table-row");
    cells.forEach(c -> OdfXml.textCell(xml, c));
    xml.end().end();
  }

  private static void progress(Xml xml, YearReport report, YearReport.Labels l) {
    xml.start("table:table", "table:name", l.get("report.sheet.progress"));
    xml.empty(
        "table:table-column",
        "table:number-columns-repeated",
        String.valueOf(2 + report.periods().size()));
    header(
        xml, concat(List.of(l.get("report.heading"), l.get("report.practice")), report.periods()));
    for (PracticeRow row : report.practices()) {
      xml.start("table:table-row");
      OdfXml.textCell(xml, row.heading());
      OdfXml.textCell(xml, row.text());
      row.cells().forEach(c -> OdfXml.textCell(xml, c));
      xml.end();
    }
    xml.end();
  }

  private static void indicators(Xml xml, YearReport report, YearReport.Labels l) {
    xml.start("table:table", "table:name", l.get("report.sheet.indicators"));
    xml.empty(
        "table:table-column",
        "table:number-columns-repeated",
        String.valueOf(7 + report.periods().size()));
    header(
        xml,
        concat(
            List.of(
                l.get("report.practice"),
                l.get("report.indicator"),
                l.get("report.measure"),
                l.get("report.target"),
                l.get("report.actual"),
                l.get("report.met-heading"),
                l.get("report.source")),
            report.periods()));
    for (IndicatorRow row : report.indicators()) {
      xml.start("table:table-row");
      OdfXml.textCell(xml, row.practice());
      OdfXml.textCell(xml, row.name());
      OdfXml.textCell(xml, row.measure());
      OdfXml.numberCell(xml, row.target());
      OdfXml.numberCell(xml, row.actual());
      OdfXml.textCell(xml, row.met());
      OdfXml.textCell(xml, row.source());
      row.trend().forEach(v -> OdfXml.numberCell(xml, v));
      xml.end();
    }
    xml.end();
  }

  private static void scores(Xml xml, YearReport report, YearReport.Labels l) {
    xml.start("table:table", "table:name", l.get("report.sheet.scores"));
    xml.empty("table:table-column", "table:number-columns-repeated", "6");
    header(
        xml,
        List.of(
            l.get("report.scores.item"),
            l.get("report.scores.level"),
            l.get("report.scores.max"),
            l.get("report.scores.self"),
            l.get("report.scores.review"),
            l.get("report.scores.last-year")));
    if (report.scores() != null) {
      for (ScoreRow row : report.scores().rows()) {
        scoreRow(
            xml, row, l.get(row.depth() == 0 ? "report.scores.dimension" : "report.scores.item"));
      }
      scoreRow(xml, report.scores().total(), "");
    }
    xml.end();
  }

  private static void scoreRow(Xml xml, ScoreRow row, String level) {
    xml.start("table:table-row");
    OdfXml.textCell(xml, row.title());
    OdfXml.textCell(xml, level);
    OdfXml.numberCell(xml, row.max());
    OdfXml.numberCell(xml, row.self());
    OdfXml.numberCell(xml, row.review());
    OdfXml.numberCell(xml, row.lastYear());
    xml.end();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
