// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tw.civicdesk.handbook.Handbook.Chapter;
import tw.civicdesk.handbook.Handbook.Section;
import tw.civicdesk.platform.files.OdfParts;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Writes a handbook as an OpenDocument text: the cover, a table of contents ({@code
 * text:table-of-content} over the headings, with the entries filled in; an office suite adds the
 * page numbers when it updates the index), then a level-1 heading per unit and a level-2 heading
 * per service, each followed by its labelled sections. Only {@code mimetype}, {@code content.xml},
 * {@code styles.xml} and the manifest.
 */
final class HandbookOdt {

  private static final String NS =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " office:version=\"1.2\"";

  private HandbookOdt() {}

  static byte[] write(Handbook book, Locale locale) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
      OdfParts.stored(
          zip,
          "mimetype",
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      entry(zip, "content.xml", content(book, locale));
      entry(zip, "styles.xml", styles(locale));
      entry(zip, "META-INF/manifest.xml", manifest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String e(String text) {
    return OdfParts.escape(text);
  }

  static String content(Handbook book, Locale locale) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content")
        .append(NS)
        .append("><office:automatic-styles><style:style style:name=\"Break\"")
        .append(" style:family=\"paragraph\" style:parent-style-name=\"Standard\">")
        .append("<style:paragraph-properties fo:break-before=\"page\"/></style:style>")
        .append("</office:automatic-styles><office:body><office:text>");
    x.append("<text:p text:style-name=\"Cover\">").append(e(book.agency())).append("</text:p>");
    x.append("<text:p text:style-name=\"Title\">").append(e(book.title())).append("</text:p>");
    if (book.subtitle() != null) {
      x.append("<text:p text:style-name=\"Subtitle\">")
          .append(e(book.subtitle()))
          .append("</text:p>");
    }
    x.append("<text:p>").append(e(book.generated())).append("</text:p>");
    contents(x, book);
    for (Chapter chapter : book.chapters()) {
      x.append("<text:h text:outline-level=\"1\" text:style-name=\"Heading_20_1\">")
          .append(e(chapter.unit()))
          .append("</text:h>");
      for (Handbook.Service s : chapter.services()) {
        x.append("<text:h text:outline-level=\"2\" text:style-name=\"Heading_20_2\">")
            .append(e(s.name()))
            .append("</text:h>");
        for (Section section : s.sections()) {
          section(x, section);
        }
      }
    }
    x.append("</office:text></office:body></office:document-content>");
    return x.toString();
  }

  private static void contents(StringBuilder x, Handbook book) {
    x.append("<text:table-of-content text:name=\"contents\" text:protected=\"true\">")
        .append("<text:table-of-content-source text:outline-level=\"2\">")
        .append("<text:index-title-template>")
        .append(e(book.contentsTitle()))
        .append("</text:index-title-template></text:table-of-content-source><text:index-body>")
        .append("<text:index-title text:name=\"contents-title\"><text:p text:style-name=\"Break\">")
        .append(e(book.contentsTitle()))
        .append("</text:p></text:index-title>");
    for (Chapter chapter : book.chapters()) {
      x.append("<text:p text:style-name=\"Contents_20_1\">")
          .append(e(chapter.unit()))
          .append("</text:p>");
      for (Handbook.Service s : chapter.services()) {
        x.append("<text:p text:style-name=\"Contents_20_2\">")
            .append(e(s.name()))
            .append("</text:p>");
      }
    }
    x.append("</text:index-body></text:table-of-content>");
  }

  private static void section(StringBuilder x, Section section) {
    x.append("<text:p text:style-name=\"Label\">").append(e(section.label())).append("</text:p>");
    if (section.lines().size() == 1 && !section.numbered()) {
      x.append("<text:p>").append(e(section.lines().get(0))).append("</text:p>");
      return;
    }
    x.append("<text:list>");
    int n = 1;
    for (String line : section.lines()) {
      x.append("<text:list-item><text:p>")
          .append(section.numbered() ? (n++) + ". " : "")
          .append(e(line))
          .append("</text:p></text:list-item>");
    }
    x.append("</text:list>");
  }

  private static String styles(Locale locale) {
    String lang =
        Languages.isEnglish(locale)
            ? "fo:language=\"en\""
            : "style:language-asian=\"zh\" style:country-asian=\"TW\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles"
        + NS
        + "><office:styles>"
        + "<style:default-style style:family=\"paragraph\"><style:text-properties fo:font-size=\"11pt\" "
        + lang
        + "/></style:default-style>"
        + "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
        + "<style:style style:name=\"Cover\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"6cm\"/><style:text-properties fo:font-size=\"20pt\"/></style:style>"
        + "<style:style style:name=\"Title\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"32pt\" fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Subtitle\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"18pt\"/></style:style>"
        + "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:default-outline-level=\"1\"><style:paragraph-properties fo:break-before=\"page\" fo:margin-bottom=\"0.3cm\"/><style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" style:default-outline-level=\"2\"><style:paragraph-properties fo:margin-top=\"0.4cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Label\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-top=\"0.2cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        + "<style:style style:name=\"Contents_20_2\" style:display-name=\"Contents 2\" style:family=\"paragraph\"><style:paragraph-properties fo:margin-left=\"0.5cm\"/></style:style>"
        + "</office:styles></office:document-styles>";
  }

  private static String manifest() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
  }
}
