// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.civicdesk.handbook.Handbook.Chapter;
import tw.civicdesk.handbook.Handbook.Section;
import tw.civicdesk.platform.files.PdfFont;

/**
 * Writes a handbook as an A4 PDF: a cover, the table of contents with the page each service starts
 * on, then one chapter per unit. The page numbers are known only once the book is laid out, so it
 * is laid out twice: the first time to learn them (the table of contents has as many lines either
 * way, so the second layout puts every service on the same page), the second time to print them.
 * Every page but the cover carries its number at the foot.
 */
@Component
class HandbookPdf {

  private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
  private static final Color ACCENT = new Color(0x0b, 0x4f, 0x6c);

  private final PdfFont font;

  HandbookPdf(PdfFont font) {
    this.font = font;
  }

  byte[] write(Handbook book) {
    Map<String, Integer> pages = new HashMap<>();
    render(book, pages);
    Map<String, Integer> firstLayout = Map.copyOf(pages);
    return render(book, new HashMap<>(firstLayout), firstLayout);
  }

  private byte[] render(Handbook book, Map<String, Integer> found) {
    return render(book, found, Map.of());
  }

  /** Lays the book out, recording in {@code found} the page each service starts on. */
  private byte[] render(Handbook book, Map<String, Integer> found, Map<String, Integer> known) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new Pages(found));
      doc.addTitle(book.agency() + " " + book.title());
      doc.addCreator("CivicDesk");
      doc.open();
      cover(doc, book);
      doc.newPage();
      contents(doc, book, known);
      for (Chapter chapter : book.chapters()) {
        doc.newPage();
        chapter(doc, chapter);
      }
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The handbook PDF could not be written", e);
    }
    return out.toByteArray();
  }

  private Font font(float size, int style, Color color) {
    Font f = new Font(font.get(), size, style);
    f.setColor(color);
    return f;
  }

  private void cover(Document doc, Handbook book) {
    Paragraph agency = new Paragraph(book.agency(), font(22, Font.NORMAL, INK));
    agency.setSpacingBefore(180);
    doc.add(agency);
    Paragraph title = new Paragraph(book.title(), font(36, Font.BOLD, ACCENT));
    title.setSpacingBefore(12);
    doc.add(title);
    if (book.subtitle() != null) {
      doc.add(new Paragraph(book.subtitle(), font(20, Font.NORMAL, INK)));
    }
    Paragraph date = new Paragraph(book.generated(), font(12, Font.NORMAL, INK));
    date.setSpacingBefore(36);
    doc.add(date);
  }

  private void contents(Document doc, Handbook book, Map<String, Integer> known) {
    Paragraph heading = new Paragraph(book.contentsTitle(), font(20, Font.BOLD, ACCENT));
    heading.setSpacingAfter(12);
    doc.add(heading);
    PdfPTable table = new PdfPTable(new float[] {10, 1});
    table.setWidthPercentage(100);
    for (Chapter chapter : book.chapters()) {
      PdfPCell unit = cell(chapter.unit(), font(13, Font.BOLD, INK), Element.ALIGN_LEFT);
      unit.setColspan(2);
      unit.setPaddingTop(8);
      table.addCell(unit);
      for (Handbook.Service s : chapter.services()) {
        Integer page = known.get(s.code());
        PdfPCell name = cell(s.name(), font(11, Font.NORMAL, INK), Element.ALIGN_LEFT);
        name.setPaddingLeft(14);
        table.addCell(name);
        table.addCell(
            cell(
                page == null ? "0" : page.toString(),
                font(11, Font.NORMAL, INK),
                Element.ALIGN_RIGHT));
      }
    }
    doc.add(table);
  }

  private static PdfPCell cell(String text, Font f, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, f));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    cell.setPadding(3);
    return cell;
  }

  private void chapter(Document doc, Chapter chapter) {
    Paragraph unit = new Paragraph(chapter.unit(), font(20, Font.BOLD, ACCENT));
    unit.setSpacingAfter(6);
    doc.add(unit);
    for (Handbook.Service s : chapter.services()) {
      Chunk name = new Chunk(s.name(), font(15, Font.BOLD, INK));
      name.setGenericTag(s.code());
      Paragraph heading = new Paragraph(name);
      heading.setSpacingBefore(14);
      heading.setSpacingAfter(4);
      heading.setKeepTogether(true);
      doc.add(heading);
      for (Section section : s.sections()) {
        section(doc, section);
      }
    }
  }

  private void section(Document doc, Section section) {
    Paragraph label = new Paragraph(section.label(), font(11, Font.BOLD, ACCENT));
    label.setSpacingBefore(4);
    doc.add(label);
    int n = 1;
    for (String line : section.lines()) {
      String text =
          section.numbered()
              ? (n++) + ". " + line
              : section.lines().size() > 1 ? "• " + line : line;
      Paragraph p = new Paragraph(text, font(11, Font.NORMAL, INK));
      p.setIndentationLeft(12);
      p.setLeading(16);
      doc.add(p);
    }
  }

  /** Records where each service starts and prints the page number at the foot. */
  private final class Pages extends PdfPageEventHelper {

    private final Map<String, Integer> found;

    Pages(Map<String, Integer> found) {
      this.found = found;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
      found.putIfAbsent(text, writer.getPageNumber());
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      int page = writer.getPageNumber();
      if (page == 1) {
        return;
      }
      ColumnText.showTextAligned(
          writer.getDirectContent(),
          Element.ALIGN_CENTER,
          new Phrase(Integer.toString(page), font(10, Font.NORMAL, INK)),
          (document.left() + document.right()) / 2,
          document.bottom() - 28,
          0);
    }
  }
}
