// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Opens an ODS file in a test: its entries, its content part parsed, a sheet's cells. */
public final class OdsReading {

  private OdsReading() {}

  public static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  public static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  /** The package's entries by name, in order, and whether the first is stored. */
  public static Map<String, byte[]> unzip(byte[] ods, List<String> names, boolean[] firstStored)
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
}
