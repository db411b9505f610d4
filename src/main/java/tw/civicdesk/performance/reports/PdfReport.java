// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tw.civicdesk.performance.reports.YearReport.IndicatorRow;
import tw.civicdesk.performance.reports.YearReport.PracticeRow;
import tw.civicdesk.performance.reports.YearReport.ScoreRow;

/**
 * The report as PDF with OpenPDF, set in the configured CJK font (embedded as a subset): the same
 * title page and sections as the ODT (ADR 0021).
 */
final class PdfReport {

  private final Document doc;
  private final YearReport.Labels l;
  private final Font body;
  private final Font small;
  private final Font heading;
  private final Font title;

  private PdfReport(Document doc, YearReport.Labels labels, BaseFont font) {
    this.doc = doc;
    this.l = labels;
    this.body = new Font(font, 11);
    this.small = new Font(font, 9);
    this.heading = new Font(font, 15, Font.BOLD);
    this.title = new Font(font, 22, Font.BOLD);
  }

  static byte[] write(YearReport report, BaseFont font) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 56, 56);
    try {
      PdfWriter.getInstance(doc, out);
      doc.addTitle(
          report.labels().get("report.document-title", report.agencyName(), report.year()));
      doc.addCreator("CivicDesk");
      doc.open();
      PdfReport writer = new PdfReport(doc, report.labels(), font);
      writer.titlePage(report);
      writer.plan(report);
      writer.progress(report);
      writer.indicators(report);
      writer.scores(report);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the PDF report could not be written", e);
    }
    return out.toByteArray();
  }

  private void titlePage(YearReport r) {
    Paragraph t = new Paragraph(l.get("report.document-title", r.agencyName(), r.year()), title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingBefore(140);
    t.setSpacingAfter(40);
    doc.add(t);
    line(l.get("report.agency") + "：" + r.agencyName());
    line(l.get("report.year") + "：" + r.year());
    line(l.get("report.plan-title") + "：" + r.title());
    line(l.get("report.status") + "：" + r.status());
    line(l.get("report.revision") + "：" + r.revision());
    if (r.approvalRef() != null) {
      line(l.get("report.approval") + "：" + r.approvalRef());
    }
    doc.newPage();
  }

  private void line(String text) {
    Paragraph p = new Paragraph(text, body);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(6);
    doc.add(p);
  }

  private void heading(String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingBefore(12);
    p.setSpacingAfter(6);
    doc.add(p);
  }

  private void plan(YearReport r) {
    heading(l.get("report.section.plan"), heading);
    list(l.get("report.basis"), r.basis());
    list(l.get("report.goals"), r.goals());
    list(l.get("report.scope"), r.scope());
  }

  private void list(String name, List<String> items) {
    heading(name, new Font(body.getBaseFont(), 12, Font.BOLD));
    if (items.isEmpty()) {
      doc.add(new Paragraph("—", body));
    }
    int n = 0;
    for (String item : items) {
      n++;
      Paragraph p = new Paragraph(n + ". " + item, body);
      p.setIndentationLeft(12);
      doc.add(p);
    }
  }

  private PdfPTable table(List<String> header, float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(6);
    table.setSpacingAfter(6);
    for (String h : header) {
      PdfPCell cell = new PdfPCell(new Paragraph(h, small));
      cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
      table.addCell(cell);
    }
    return table;
  }

  private void cells(PdfPTable table, List<String> cells) {
    cells.forEach(c -> table.addCell(new PdfPCell(new Paragraph(c, small))));
  }

  private void progress(YearReport r) {
    heading(l.get("report.section.progress"), heading);
    List<String> header =
        new ArrayList<>(List.of(l.get("report.heading"), l.get("report.practice")));
    header.addAll(r.periods());
    float[] widths = new float[header.size()];
    java.util.Arrays.fill(widths, 2f);
    widths[1] = 3f;
    PdfPTable table = table(header, widths);
    for (PracticeRow p : r.practices()) {
      List<String> row = new ArrayList<>(List.of(p.heading(), p.text()));
      row.addAll(p.cells());
      cells(table, row);
    }
    doc.add(table);
  }

  private void indicators(YearReport r) {
    heading(l.get("report.section.indicators"), heading);
    if (r.indicators().isEmpty()) {
      doc.add(new Paragraph(l.get("report.no-indicators"), body));
      return;
    }
    PdfPTable table =
        table(
            List.of(
                l.get("report.practice"),
                l.get("report.indicator"),
                l.get("report.measure"),
                l.get("report.target"),
                l.get("report.actual"),
                l.get("report.met-heading"),
                l.get("report.source")),
            new float[] {3, 3, 1, 1, 1, 1, 4});
    for (IndicatorRow i : r.indicators()) {
      cells(
          table,
          List.of(
              i.practice(),
              i.name(),
              i.measure(),
              OdfXml.number(i.target()),
              OdfXml.number(i.actual()),
              i.met(),
              i.source()));
    }
    doc.add(table);
    for (IndicatorRow i : r.indicators()) {
      chart(i);
    }
  }

  /**
   * The indicator's chart under a caption naming it and its target, and its source, kept together
   * on one page (a caption is never left at the foot of a page without its chart).
   */
  private void chart(IndicatorRow i) {
    PdfPTable box = new PdfPTable(1);
    box.setWidthPercentage(100);
    box.setKeepTogether(true);
    box.setSpacingBefore(12);
    box.addCell(
        plain(
            new Paragraph(
                l.get("report.chart-caption", i.name(), OdfXml.number(i.target())),
                new Font(body.getBaseFont(), 12, Font.BOLD))));
    box.addCell(plain(new Paragraph(i.source(), body)));
    try {
      Image chart = Image.getInstance(i.chart());
      chart.scaleToFit(420, 180);
      PdfPCell cell = new PdfPCell(chart, false);
      cell.setBorder(PdfPCell.NO_BORDER);
      cell.setPaddingTop(4);
      box.addCell(cell);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    doc.add(box);
  }

  /** A borderless cell holding {@code content}. */
  private static PdfPCell plain(Paragraph content) {
    PdfPCell cell = new PdfPCell();
    cell.addElement(content);
    cell.setBorder(PdfPCell.NO_BORDER);
    return cell;
  }

  private void scores(YearReport r) {
    heading(l.get("report.section.scores"), heading);
    if (r.scores() == null) {
      doc.add(new Paragraph(l.get("report.no-evaluation"), body));
      return;
    }
    doc.add(
        new Paragraph(
            l.get("report.scores.framework", r.scores().framework(), r.scores().status()), body));
    String lastYear =
        r.scores().lastYear() == null
            ? l.get("report.scores.last-year")
            : l.get("report.scores.last-year-of", r.scores().lastYear());
    PdfPTable table =
        table(
            List.of(
                l.get("report.scores.item"),
                l.get("report.scores.max"),
                l.get("report.scores.self"),
                l.get("report.scores.review"),
                lastYear),
            new float[] {4, 1, 1, 1, 1});
    for (ScoreRow s : r.scores().rows()) {
      scoreRow(table, s, small);
    }
    scoreRow(table, r.scores().total(), new Font(small.getBaseFont(), 9, Font.BOLD));
    doc.add(table);
  }

  private void scoreRow(PdfPTable table, ScoreRow s, Font font) {
    PdfPCell name = new PdfPCell(new Paragraph(new Chunk(s.title(), font)));
    name.setPaddingLeft(s.depth() == 0 ? 4 : 16);
    table.addCell(name);
    for (var v :
        List.of(
            OdfXml.number(s.max()),
            OdfXml.number(s.self()),
            OdfXml.number(s.review()),
            OdfXml.number(s.lastYear()))) {
      PdfPCell cell = new PdfPCell(new Paragraph(v, font));
      cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      table.addCell(cell);
    }
  }
}
