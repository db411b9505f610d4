// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font every PDF CivicDesk writes is set in — the year's report, survey posters, the
 * service handbook: {@code civicdesk.performance.report-font}, a font file with, for a collection,
 * {@code ,index} (default AR PL UMing TW, index 2 of the Debian package fonts-arphic-uming). The
 * font must have TrueType outlines ({@code glyf}): a font with CFF outlines (an {@code .otf}, or
 * Noto Sans CJK's {@code .ttc}) is refused, because OpenPDF's CFF subsetter drops subroutines that
 * glyphs call and misdraws them (ADR 0032). Loaded on first use; a missing, unreadable or CFF font
 * fails with a message naming the setting.
 */
@Component
public class PdfFont {

  /** AR PL UMing TW, index 2 of the Debian package fonts-arphic-uming. */
  public static final String DEFAULT = "/usr/share/fonts/truetype/arphic/uming.ttc,2";

  private final String location;
  private volatile BaseFont font;

  PdfFont(@Value("${civicdesk.performance.report-font:" + DEFAULT + "}") String location) {
    this.location = location;
  }

  /** The font, embedded as a subset with Identity-H encoding. */
  public BaseFont get() {
    BaseFont loaded = font;
    if (loaded == null) {
      synchronized (this) {
        if (font == null) {
          font = load(location);
        }
        loaded = font;
      }
    }
    return loaded;
  }

  /**
   * Loads the font at {@code location} (a file, with {@code ,index} for a collection).
   *
   * @throws IllegalStateException naming the setting when the file is missing, unreadable or has
   *     CFF outlines
   */
  public static BaseFont load(String location) {
    int comma = location.lastIndexOf(',');
    boolean indexed = comma > 0 && location.substring(comma + 1).matches("\\d+");
    String file = indexed ? location.substring(0, comma) : location;
    if (!Files.isReadable(Path.of(file))) {
      throw new IllegalStateException(
          "The PDF font "
              + file
              + " is missing: install"
              + " fonts-arphic-uming or set civicdesk.performance.report-font to a TrueType font file"
              + " (with ,index for a .ttc collection)");
    }
    try {
      if (!hasTrueTypeOutlines(
          Path.of(file), indexed ? Integer.parseInt(location.substring(comma + 1)) : 0)) {
        throw new IllegalStateException(
            "The PDF font "
                + location
                + " has CFF outlines, which"
                + " OpenPDF cannot subset correctly (ADR 0032): set"
                + " civicdesk.performance.report-font to a font with TrueType outlines");
      }
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalStateException s && s.getMessage().startsWith("The PDF font")) {
        throw s;
      }
      throw new IllegalStateException(
          "The PDF font "
              + location
              + " cannot be read (civicdesk.performance.report-font): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Whether the font at {@code index} of {@code file} (0 for a single font) has a {@code glyf}
   * table: reads the collection header and the font's table directory only.
   */
  static boolean hasTrueTypeOutlines(Path file, int index) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      byte[] tag = new byte[4];
      in.readFully(tag);
      long directory = 0;
      if ("ttcf".equals(new String(tag, StandardCharsets.US_ASCII))) {
        in.seek(8);
        long fonts = in.readInt() & 0xFFFFFFFFL;
        if (index >= fonts) {
          throw new IOException("the collection has " + fonts + " fonts, not index " + index);
        }
        in.seek(12 + 4L * index);
        directory = in.readInt() & 0xFFFFFFFFL;
      }
      in.seek(directory + 4);
      int tables = in.readUnsignedShort();
      for (int i = 0; i < tables; i++) {
        in.seek(directory + 12 + 16L * i);
        in.readFully(tag);
        if ("glyf".equals(new String(tag, StandardCharsets.US_ASCII))) {
          return true;
        }
      }
      return false;
    }
  }
}
