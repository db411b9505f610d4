// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font the handbook is set in: the one every PDF of CivicDesk uses, {@code
 * civicdesk.performance.report-font} (a TrueType font file, with {@code ,index} for a collection;
 * ADR 0032), embedded as a subset. Loaded on first use; a missing or unreadable font fails with a
 * message naming the setting.
 */
@Component
class HandbookFont {

  private final String location;
  private volatile BaseFont font;

  HandbookFont(
      @Value("${civicdesk.performance.report-font:/usr/share/fonts/truetype/arphic/uming.ttc,2}")
          String location) {
    this.location = location;
  }

  BaseFont get() {
    BaseFont loaded = font;
    if (loaded == null) {
      synchronized (this) {
        if (font == null) {
          font = load();
        }
        loaded = font;
      }
    }
    return loaded;
  }

  private BaseFont load() {
    int comma = location.lastIndexOf(',');
    String file =
        comma > 0 && location.substring(comma + 1).matches("\\d+")
            ? location.substring(0, comma)
            : location;
    if (!Files.isReadable(Path.of(file))) {
      throw new IllegalStateException(
          "The PDF font "
              + file
              + " is missing: install fonts-arphic-uming or set"
              + " civicdesk.performance.report-font to a TrueType font file");
    }
    try {
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "The PDF font " + location + " cannot be read (civicdesk.performance.report-font)", e);
    }
  }
}
