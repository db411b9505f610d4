// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An ODS file opens as an ODF package whose content holds the sheets, texts and numbers given. */
class OdsFileTests {

  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  /** The package's entries by name, in order, and whether the first is stored. */
  static Map<String, byte[]> unzip(byte[] ods, List<String> names, boolean[] firstStored)
      throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (names.isEmpty()) {
          firstStored[0] = e.getMethod() == ZipEntry.STORED;
        }
        names.add(e.getName());
        entries.put(e.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  /** The content part parsed, namespace-aware. */
  public static Document content(byte[] ods) throws Exception {
    Map<String, byte[]> entries = unzip(ods, new java.util.ArrayList<>(), new boolean[1]);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("content.xml")));
  }

  /** The cells of row {@code row} (0 = the header) of sheet {@code sheet}, as elements. */
  public static List<Element> cells(Document content, String sheet, int row) {
    NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      if (table.getAttributeNS(TABLE, "name").equals(sheet)) {
        Element r = (Element) table.getElementsByTagNameNS(TABLE, "table-row").item(row);
        NodeList cells = r.getElementsByTagNameNS(TABLE, "table-cell");
        return java.util.stream.IntStream.range(0, cells.getLength())
            .mapToObj(c -> (Element) cells.item(c))
            .toList();
      }
    }
    throw new AssertionError("no sheet " + sheet);
  }

  @Test
  void theMimetypeComesFirstUncompressedAndTheManifestListsTheParts() throws Exception {
    byte[] ods = new OdsFile().sheet("Figures", List.of("a")).row(List.of("x")).bytes();
    List<String> names = new java.util.ArrayList<>();
    boolean[] stored = new boolean[1];
    Map<String, byte[]> entries = unzip(ods, names, stored);

    assertThat(names)
        .containsExactly("mimetype", "content.xml", "styles.xml", "META-INF/manifest.xml");
    assertThat(stored[0]).isTrue();
    // ODF: the media type readable at byte 38, right after the local header of "mimetype"
    assertThat(new String(Arrays.copyOfRange(ods, 30, 38), StandardCharsets.US_ASCII))
        .isEqualTo("mimetype");
    assertThat(new String(Arrays.copyOfRange(ods, 38, 38 + 46), StandardCharsets.US_ASCII))
        .isEqualTo(OdsFile.MEDIA_TYPE);
    String manifest = new String(entries.get("META-INF/manifest.xml"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("manifest:full-path=\"content.xml\"", OdsFile.MEDIA_TYPE);
  }

  @Test
  void numbersAreNumbersTextIsTextAndNothingIsAFormula() throws Exception {
    byte[] ods =
        new OdsFile()
            .sheet("滿意度 [2026]", List.of("構面", "n", "rate"))
            .row(List.of("服務禮儀 <&>", 40L, new BigDecimal("0.8750")))
            .row(Arrays.asList("=1+1", null, 0.5))
            .sheet("second", List.of("x"))
            .bytes();
    Document content = content(ods);

    assertThat(cells(content, "滿意度  2026", 0))
        .extracting(Element::getTextContent)
        .containsExactly("構面", "n", "rate");
    List<Element> first = cells(content, "滿意度  2026", 1);
    assertThat(first.get(0).getTextContent()).isEqualTo("服務禮儀 <&>");
    assertThat(first.get(1).getAttributeNS(OFFICE, "value-type")).isEqualTo("float");
    assertThat(first.get(1).getAttributeNS(OFFICE, "value")).isEqualTo("40");
    assertThat(first.get(2).getAttributeNS(OFFICE, "value")).isEqualTo("0.8750");
    List<Element> second = cells(content, "滿意度  2026", 2);
    assertThat(second.get(0).getAttributeNS(OFFICE, "value-type")).isEqualTo("string");
    assertThat(second.get(0).hasAttributeNS(TABLE, "formula")).isFalse();
    assertThat(second.get(1).hasAttributeNS(OFFICE, "value-type")).isFalse();
    assertThat(second.get(2).getAttributeNS(OFFICE, "value")).isEqualTo("0.5");
    assertThat(cells(content, "second", 0)).hasSize(1);
  }

  @Test
  void theDownloadIsAnAttachmentNoCacheKeeps() {
    ResponseEntity<byte[]> download = new OdsFile().sheet("s", List.of("a")).download("滿意度.ods");

    assertThat(download.getHeaders().getContentType()).hasToString(OdsFile.MEDIA_TYPE);
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getCacheControl()).contains("no-store");
  }
}
