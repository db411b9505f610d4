// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.civicdesk.platform.files.OdfParts;

/**
 * A spreadsheet download as an OpenDocument spreadsheet (ODS, ODF 1.2), the open format Taiwan's
 * government asks for beside CSV: sheets of rows of text and numbers, each sheet's first row marked
 * as its header. The package holds the {@code mimetype} entry first and stored uncompressed, then
 * {@code content.xml}, {@code styles.xml} and {@code META-INF/manifest.xml}. A cell is a number
 * when given a {@link Number}, empty when given {@code null}, else text; text cells are never
 * formulas, so nothing a citizen typed is evaluated. Characters XML 1.0 does not allow are dropped.
 */
public final class OdsFile {

  /** The media type of an ODS file. */
  public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private static final String[] NAMESPACES = {
    "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "office:version", "1.2"
  };

  /** One sheet: its name, header and rows. */
  private record Sheet(String name, List<String> header, List<List<?>> rows) {}

  private final List<Sheet> sheets = new ArrayList<>();

  /**
   * Starts a new sheet named {@code name} (characters a spreadsheet refuses in a sheet name, {@code
   * [ ] * ? : / \}, become spaces; at most 31 characters) whose first row is {@code header}.
   */
  public OdsFile sheet(String name, List<String> header) {
    String clean = name.replaceAll("[\\[\\]*?:/\\\\]", " ").strip();
    clean = clean.isEmpty() ? "Sheet" + (sheets.size() + 1) : clean;
    sheets.add(
        new Sheet(
            clean.length() > 31 ? clean.substring(0, 31) : clean,
            List.copyOf(header),
            new ArrayList<>()));
    return this;
  }

  /** Appends one row of {@code cells} to the current sheet: numbers, texts or {@code null}. */
  public OdsFile row(List<?> cells) {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("start a sheet before its rows");
    }
    sheets.get(sheets.size() - 1).rows().add(new ArrayList<>(cells));
    return this;
  }

  /** The package's bytes. */
  public byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
      OdfParts.stored(zip, "mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII));
      deflated(zip, "content.xml", content());
      deflated(zip, "styles.xml", styles());
      deflated(zip, "META-INF/manifest.xml", manifest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** The file as a download named {@code fileName} (RFC 6266, UTF-8), kept by no cache. */
  public ResponseEntity<byte[]> download(String fileName) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .contentType(MediaType.parseMediaType(MEDIA_TYPE))
        .body(bytes());
  }

  private String content() {
    StringBuilder xml = new StringBuilder(declaration());
    xml.append(start("office:document-content", NAMESPACES))
        .append("<office:body><office:spreadsheet>");
    for (Sheet sheet : sheets) {
      int columns = sheet.header().size();
      for (List<?> row : sheet.rows()) {
        columns = Math.max(columns, row.size());
      }
      xml.append(start("table:table", "table:name", sheet.name()));
      xml.append(
          start("table:table-column", "table:number-columns-repeated", String.valueOf(columns)));
      xml.append("</table:table-column><table:table-header-rows>");
      row(xml, sheet.header());
      xml.append("</table:table-header-rows>");
      sheet.rows().forEach(r -> row(xml, r));
      xml.append("</table:table>");
    }
    return xml.append("</office:spreadsheet></office:body></office:document-content>").toString();
  }

  private static void row(StringBuilder xml, List<?> cells) {
    xml.append("<table:table-row>");
    for (Object cell : cells) {
      cell(xml, cell);
    }
    xml.append("</table:table-row>");
  }

  private static void cell(StringBuilder xml, @Nullable Object value) {
    if (value == null) {
      xml.append("<table:table-cell/>");
    } else if (value instanceof Number number) {
      String plain = decimal(number).toPlainString();
      xml.append(start("table:table-cell", "office:value-type", "float", "office:value", plain))
          .append("<text:p>")
          .append(plain)
          .append("</text:p></table:table-cell>");
    } else {
      xml.append(start("table:table-cell", "office:value-type", "string"));
      for (String line : value.toString().split("\n", -1)) {
        xml.append("<text:p>").append(OdfParts.escape(line)).append("</text:p>");
      }
      xml.append("</table:table-cell>");
    }
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    return BigDecimal.valueOf(number.longValue());
  }

  private static String styles() {
    return declaration()
        + start("office:document-styles", NAMESPACES)
        + "<office:styles><style:default-style style:family=\"table-cell\">"
        + "<style:text-properties style:language-asian=\"zh\" style:country-asian=\"TW\"/>"
        + "</style:default-style></office:styles></office:document-styles>";
  }

  private static String manifest() {
    String ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    return declaration()
        + start("manifest:manifest", "xmlns:manifest", ns, "manifest:version", "1.2")
        + entry("/", MEDIA_TYPE)
        + entry("content.xml", "text/xml")
        + entry("styles.xml", "text/xml")
        + "</manifest:manifest>";
  }

  private static String entry(String path, String type) {
    return "<manifest:file-entry manifest:full-path=\""
        + OdfParts.escape(path)
        + "\" manifest:media-type=\""
        + OdfParts.escape(type)
        + (path.equals("/") ? "\" manifest:version=\"1.2\"/>" : "\"/>");
  }

  private static String declaration() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  }

  private static String start(String name, String... attributes) {
    StringBuilder s = new StringBuilder("<").append(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      s.append(' ').append(attributes[i]).append("=\"").append(OdfParts.escape(attributes[i + 1]));
      s.append('"');
    }
    return s.append('>').toString();
  }

  private static void deflated(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
