// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.report;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font the PDF report is set in: {@code civicdesk.performance.report-font}, a font file
 * with, for a collection, {@code ,index} (default Noto Sans CJK TC, index 3 of the Debian
 * package fonts-noto-cjk). Loaded on first use; a missing or unreadable file fails with a message
 * naming the setting.
 */
@Component
class ReportFont {

  static final String DEFAULT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3";

  private final String location;
  private volatile BaseFont font;

  ReportFont(@Value("${civicdesk.performance.report-font:" + DEFAULT + "}") String location) {
    this.location = location;
  }

  /** The font, embedded as a subset with Identity-H encoding. */
  BaseFont get() {
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

  static BaseFont load(String location) {
    int comma = location.lastIndexOf(',');
    String file = comma > 0 && location.substring(comma + 1).matches("\\d+")
        ? location.substring(0, comma) : location;
    if (!Files.isReadable(Path.of(file))) {
      throw new IllegalStateException("The performance report's CJK font " + file + " is missing:"
          + " install fonts-noto-cjk or set civicdesk.performance.report-font to a font file"
          + " (with ,index for a .ttc collection)");
    }
    try {
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("The performance report's CJK font " + location
          + " cannot be read (civicdesk.performance.report-font): " + e.getMessage(), e);
    }
  }
}
