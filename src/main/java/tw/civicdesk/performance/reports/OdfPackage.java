// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tw.civicdesk.platform.files.OdfParts;

/**
 * An OpenDocument package (ODF 1.2 part 3) as the one writer for both the ODT and the ODS: the
 * {@code mimetype} entry first and stored uncompressed, then the XML parts and pictures compressed,
 * and {@code META-INF/manifest.xml} listing them all (ADR 0021).
 */
final class OdfPackage {

  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

  private final String mimetype;
  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final Map<String, String> types = new LinkedHashMap<>();

  OdfPackage(String mimetype) {
    this.mimetype = mimetype;
  }

  /** Adds an XML part, e.g. {@code content.xml}. */
  OdfPackage xml(String path, String xml) {
    return add(path, xml.getBytes(StandardCharsets.UTF_8), "text/xml");
  }

  /** Adds a PNG picture under {@code Pictures/}, returning its path in the package. */
  String png(String name, byte[] png) {
    String path = "Pictures/" + name;
    add(path, png, "image/png");
    return path;
  }

  private OdfPackage add(String path, byte[] bytes, String type) {
    parts.put(path, bytes);
    types.put(path, type);
    return this;
  }

  /** The package's bytes. */
  byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
      OdfParts.stored(zip, "mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  private String manifest() {
    Xml xml =
        new Xml()
            .start(
                "manifest:manifest",
                "xmlns:manifest",
                "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
                "manifest:version",
                "1.2");
    xml.empty(
        "manifest:file-entry",
        "manifest:full-path",
        "/",
        "manifest:version",
        "1.2",
        "manifest:media-type",
        mimetype);
    types.forEach(
        (path, type) ->
            xml.empty(
                "manifest:file-entry", "manifest:full-path", path, "manifest:media-type", type));
    return xml.end().toString();
  }
}
