// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.util.ArrayList;
import java.util.List;
import tw.civicdesk.performance.reports.YearReport.IndicatorRow;
import tw.civicdesk.performance.reports.YearReport.PracticeRow;
import tw.civicdesk.performance.reports.YearReport.ScoreRow;

/**
 * The report as an OpenDocument text: a title page, then the plan, progress per practice,
 * indicators with a chart each, and the scores, in that order.
 */
final class OdtReport {

  private static final String CELL = "Cell";

  private OdtReport() {}

  static byte[] write(YearReport report) {
    YearReport.Labels l = report.labels();
    OdfPackage pkg = new OdfPackage(OdfPackage.ODT);
    Xml xml = OdfXml.root("office:document-content");
    automaticStyles(xml);
    xml.start("office:body").start("office:text");
    titlePage(xml, report, l);
    plan(xml, report, l);
    progress(xml, report, l);
    indicators(xml, report, l, pkg);
    scores(xml, report, l);
    xml.end().end();
    return pkg.xml("content.xml", xml.end().toString())
        .xml("styles.xml", OdfXml.styles(l.get("report.language")))
        .bytes();
  }

  private static void automaticStyles(Xml xml) {
    xml.start("office:automatic-styles");
    xml.start("style:style", "style:name", "Title", "style:family", "paragraph")
        .empty("style:paragraph-properties", "fo:margin-top", "4cm", "fo:text-align", "center");
    boldText(xml, "22pt").end();
    xml.start("style:style", "style:name", "Break", "style:family", "paragraph")
        .empty("style:paragraph-properties", "fo:break-before", "page")
        .end();
    xml.start("style:style", "style:name", "Heading", "style:family", "paragraph")
        .empty("style:paragraph-properties", "fo:margin-top", "0.6cm", "fo:margin-bottom", "0.2cm");
    boldText(xml, "15pt").end();
    xml.start("style:style", "style:name", CELL, "style:family", "table-cell")
        .empty(
            "style:table-cell-properties",
            "fo:border",
            "0.5pt solid #000000",
            "fo:padding",
            "0.08cm")
        .end();
    xml.end();
  }

  /** Bold text of {@code size}, Latin and Asian alike, in the style being written. */
  private static Xml boldText(Xml xml, String size) {
    return xml.empty(
        "style:text-properties",
        "fo:font-size",
        size,
        "fo:font-weight",
        "bold",
        "style:font-size-asian",
        size,
        "style:font-weight-asian",
        "bold");
  }

  private static void heading(Xml xml, int level, String text) {
    xml.element(
        "text:h", text, "text:style-name", "Heading", "text:outline-level", String.valueOf(level));
  }

  private static void titlePage(Xml xml, YearReport r, YearReport.Labels l) {
    xml.element(
        "text:p",
        l.get("report.document-title", r.agencyName(), r.year()),
        "text:style-name",
        "Title");
    xml.element("text:p", l.get("report.agency") + "：" + r.agencyName());
    xml.element("text:p", l.get("report.year") + "：" + r.year());
    xml.element("text:p", l.get("report.plan-title") + "：" + r.title());
    xml.element("text:p", l.get("report.status") + "：" + r.status());
    xml.element("text:p", l.get("report.revision") + "：" + r.revision());
    if (r.approvalRef() != null) {
      xml.element("text:p", l.get("report.approval") + "：" + r.approvalRef());
    }
    xml.element("text:p", "", "text:style-name", "Break");
  }

  private static void plan(Xml xml, YearReport r, YearReport.Labels l) {
    heading(xml, 1, l.get("report.section.plan"));
    list(xml, l.get("report.basis"), r.basis());
    list(xml, l.get("report.goals"), r.goals());
    list(xml, l.get("report.scope"), r.scope());
  }

  private static void list(Xml xml, String title, List<String> items) {
    heading(xml, 2, title);
    if (items.isEmpty()) {
      xml.element("text:p", "—");
      return;
    }
    xml.start("text:list");
    items.forEach(i -> xml.start("text:list-item").element("text:p", i).end());
    xml.end();
  }

  private static void table(Xml xml, String name, List<String> header, List<List<String>> rows) {
    xml.start("table:table", "table:name", name);
    xml.empty("table:table-column", "table:number-columns-repeated", String.valueOf(header.size()));
    xml.start("table:table-header-rows").start("table:table-row");
    header.forEach(h -> OdfXml.textCell(xml, h, "table:style-name", CELL));
    xml.end().end();
    for (List<String> row : rows) {
      xml.start("table:table-row");
      row.forEach(c -> OdfXml.textCell(xml, c, "table:style-name", CELL));
      xml.end();
    }
    xml.end();
  }

  private static void progress(Xml xml, YearReport r, YearReport.Labels l) {
    heading(xml, 1, l.get("report.section.progress"));
    List<String> header =
        new ArrayList<>(List.of(l.get("report.heading"), l.get("report.practice")));
    header.addAll(r.periods());
    List<List<String>> rows = new ArrayList<>();
    for (PracticeRow p : r.practices()) {
      List<String> row = new ArrayList<>(List.of(p.heading(), p.text()));
      row.addAll(p.cells());
      rows.add(row);
    }
    table(xml, "Progress", header, rows);
  }

  private static void indicators(Xml xml, YearReport r, YearReport.Labels l, OdfPackage pkg) {
    heading(xml, 1, l.get("report.section.indicators"));
    if (r.indicators().isEmpty()) {
      xml.element("text:p", l.get("report.no-indicators"));
      return;
    }
    indicatorTable(xml, r, l);
    int n = 0;
    for (IndicatorRow i : r.indicators()) {
      n++;
      chart(xml, l, pkg, n, i);
    }
  }

  private static void indicatorTable(Xml xml, YearReport r, YearReport.Labels l) {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorRow i : r.indicators()) {
      rows.add(
          List.of(
              i.practice(),
              i.name(),
              i.measure(),
              OdfXml.number(i.target()),
              OdfXml.number(i.actual()),
              i.met(),
              i.source()));
    }
    table(
        xml,
        "Indicators",
        List.of(
            l.get("report.practice"),
            l.get("report.indicator"),
            l.get("report.measure"),
            l.get("report.target"),
            l.get("report.actual"),
            l.get("report.met-heading"),
            l.get("report.source")),
        rows);
  }

  /** Chart {@code n} (from 1) as {@code chart-n.png} in the package, under its caption. */
  private static void chart(Xml xml, YearReport.Labels l, OdfPackage pkg, int n, IndicatorRow i) {
    String caption = l.get("report.chart-caption", i.name(), OdfXml.number(i.target()));
    heading(xml, 2, caption);
    xml.element("text:p", i.source());
    String path = pkg.png("chart-" + n + ".png", i.chart());
    xml.start("text:p")
        .start(
            "draw:frame",
            "draw:name",
            "chart-" + n,
            "text:anchor-type",
            "as-char",
            "svg:width",
            "14cm",
            "svg:height",
            "6cm");
    xml.empty(
        "draw:image",
        "xlink:href",
        path,
        "xlink:type",
        "simple",
        "xlink:show",
        "embed",
        "xlink:actuate",
        "onLoad");
    xml.element("svg:title", caption).end().end();
  }

  private static void scores(Xml xml, YearReport r, YearReport.Labels l) {
    heading(xml, 1, l.get("report.section.scores"));
    if (r.scores() == null) {
      xml.element("text:p", l.get("report.no-evaluation"));
      return;
    }
    xml.element(
        "text:p", l.get("report.scores.framework", r.scores().framework(), r.scores().status()));
    List<List<String>> rows = new ArrayList<>();
    for (ScoreRow s : r.scores().rows()) {
      rows.add(scoreCells(s));
    }
    rows.add(scoreCells(r.scores().total()));
    String lastYear =
        r.scores().lastYear() == null
            ? l.get("report.scores.last-year")
            : l.get("report.scores.last-year-of", r.scores().lastYear());
    table(
        xml,
        "Scores",
        List.of(
            l.get("report.scores.item"),
            l.get("report.scores.max"),
            l.get("report.scores.self"),
            l.get("report.scores.review"),
            lastYear),
        rows);
  }

  private static List<String> scoreCells(ScoreRow s) {
    String indent = s.depth() == 0 ? "" : "　";
    return List.of(
        indent + s.title(),
        OdfXml.number(s.max()),
        OdfXml.number(s.self()),
        OdfXml.number(s.review()),
        OdfXml.number(s.lastYear()));
  }
}
