// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the ODT and ODS writers share: the namespaces, the styles part, cells and numbers. */
final class OdfXml {

  /** The namespace declarations of every content and styles part. */
  static final String[] NAMESPACES = {
    "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xmlns:xlink", "http://www.w3.org/1999/xlink",
    "xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "office:version", "1.2"
  };

  /** The font the documents ask for; readers substitute a CJK font they have. */
  static final String FONT = "Noto Sans CJK TC";

  private OdfXml() {}

  /** Opens the root element {@code name} with the namespaces. */
  static Xml root(String name) {
    return new Xml().start(name, NAMESPACES);
  }

  /** The styles part: the default font for Latin and CJK text, and the default language. */
  static String styles(String language) {
    Xml xml = root("office:document-styles");
    xml.start("office:font-face-decls")
        .empty("style:font-face", "style:name", FONT, "svg:font-family", "'" + FONT + "'")
        .end();
    xml.start("office:styles")
        .start("style:default-style", "style:family", "paragraph")
        .empty(
            "style:text-properties",
            "style:font-name",
            FONT,
            "style:font-name-asian",
            FONT,
            "fo:language",
            language,
            "style:language-asian",
            "zh",
            "style:country-asian",
            "TW")
        .end()
        .end();
    return xml.end().toString();
  }

  /** A cell holding text, one paragraph per line. */
  static void textCell(Xml xml, String text, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "office:value-type";
    all[1] = "string";
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    xml.start("table:table-cell", all);
    for (String line : text.split("\n", -1)) {
      xml.element("text:p", line);
    }
    xml.end();
  }

  /** A cell holding a number, or an empty cell. */
  static void numberCell(Xml xml, @Nullable BigDecimal value, String... attributes) {
    if (value == null) {
      xml.empty("table:table-cell", attributes);
      return;
    }
    String[] all = new String[attributes.length + 4];
    all[0] = "office:value-type";
    all[1] = "float";
    all[2] = "office:value";
    all[3] = value.toPlainString();
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    xml.start("table:table-cell", all).element("text:p", number(value)).end();
  }

  /** A number as the documents show it: no trailing zeros; a dash where there is none. */
  static String number(@Nullable BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
