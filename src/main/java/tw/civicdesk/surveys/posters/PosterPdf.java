// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.posters;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.files.QrCode;

/**
 * Writes a QR poster: one A4 page, in Chinese and English, with the agency's name, the survey's
 * title, where it is asked (a counter or a service), a large QR code of the answering link drawn as
 * vector squares (crisp at any print size), the short address to type under it, and that the survey
 * is anonymous and short.
 */
final class PosterPdf {

  /** The QR code's side on the page, in points (12 cm). */
  static final float QR_SIZE = 340f;

  /** The texts of a poster, each in Chinese and English. */
  record Texts(
      String agencyZh,
      String agencyEn,
      String titleZh,
      String titleEn,
      @Nullable String placeZh,
      @Nullable String placeEn,
      String scanZh,
      String scanEn,
      String typeZh,
      String typeEn,
      String anonymous) {}

  private PosterPdf() {}

  static byte[] write(Texts t, String qrLink, String shortLink, BaseFont font) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 48, 40);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    doc.addTitle(t.titleZh() + " / " + t.titleEn());
    doc.addCreator("CivicDesk");
    doc.open();
    add(doc, t.agencyZh(), font, 20, Font.BOLD, 0);
    add(doc, t.agencyEn(), font, 12, Font.NORMAL, 0);
    add(doc, t.titleZh(), font, 30, Font.BOLD, 20);
    add(doc, t.titleEn(), font, 16, Font.NORMAL, 2);
    if (t.placeZh() != null && t.placeEn() != null) {
      add(doc, t.placeZh() + " / " + t.placeEn(), font, 15, Font.NORMAL, 10);
    }
    add(doc, t.scanZh(), font, 20, Font.BOLD, 16);
    add(doc, t.scanEn(), font, 14, Font.NORMAL, 0);
    Image qr = Image.getInstance(qrCode(writer.getDirectContent(), qrLink));
    qr.setAlignment(Image.MIDDLE);
    qr.setSpacingBefore(4);
    doc.add(qr);
    add(doc, t.typeZh() + " / " + t.typeEn(), font, 11, Font.NORMAL, 0);
    add(doc, shortLink, font, 15, Font.BOLD, 2);
    add(doc, t.anonymous(), font, 18, Font.BOLD, 16);
    doc.close();
    return out.toByteArray();
  }

  /**
   * A centred line: in Helvetica when it is plain ASCII (English reads better in it than in the CJK
   * font's Latin letters), else in the CJK font.
   */
  private static void add(
      Document doc, String text, BaseFont cjk, float size, int style, float spacingBefore) {
    Font font =
        text.chars().allMatch(c -> c < 0x80)
            ? new Font(Font.HELVETICA, size, style, Color.BLACK)
            : new Font(cjk, size, style, Color.BLACK);
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingBefore(spacingBefore);
    doc.add(p);
  }

  /** The QR code of {@code link}, black squares on white with its quiet zone, QR_SIZE square. */
  private static PdfTemplate qrCode(PdfContentByte canvas, String link) {
    boolean[][] m = QrCode.modules(link, 4);
    PdfTemplate qr = canvas.createTemplate(QR_SIZE, QR_SIZE);
    float module = QR_SIZE / m.length;
    qr.setColorFill(Color.WHITE);
    qr.rectangle(0, 0, QR_SIZE, QR_SIZE);
    qr.fill();
    qr.setColorFill(Color.BLACK);
    for (int y = 0; y < m.length; y++) {
      for (int x = 0; x < m[y].length; x++) {
        if (m[y][x]) {
          // PDF's y grows upwards; the matrix's first row is the top. Squares overlap a hair so
          // that no seam shows between neighbours.
          qr.rectangle(x * module, QR_SIZE - (y + 1) * module, module + 0.05f, module + 0.05f);
        }
      }
    }
    qr.fill();
    return qr;
  }
}
