// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The two pieces every OpenDocument file we write needs: XML text escaping and the stored
 * (uncompressed) {@code mimetype} entry that must come first in the package.
 */
public final class OdfParts {

  private OdfParts() {}

  /**
   * {@code text} escaped for XML content and attributes; characters XML 1.0 does not allow (most
   * control characters, lone surrogates, U+FFFE/U+FFFF) are left out.
   */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> {
                  if (allowed(c)) {
                    s.appendCodePoint(c);
                  }
                }
              }
            });
    return s.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }

  /** Writes {@code bytes} as an uncompressed entry, as ODF requires of {@code mimetype}. */
  public static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
