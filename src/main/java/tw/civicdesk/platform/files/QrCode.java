// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The one way CivicDesk draws a QR code (a receipt's tracking link, a kiosk's activation link, a
 * survey poster, a queue ticket): error correction M, UTF-8, and a quiet zone of the given number
 * of modules. Links are short, so every one of them fits; a text that does not fit is a bug.
 */
public final class QrCode {

  private QrCode() {}

  /**
   * The modules of the QR code of {@code text}, rows top to bottom: {@code true} where a square is
   * dark; the array is square and includes {@code margin} light modules on every side.
   */
  public static boolean[][] modules(String text, int margin) {
    BitMatrix m;
    try {
      m =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      margin,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The text does not fit a QR code", e);
    }
    boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        dark[y][x] = m.get(x, y);
      }
    }
    return dark;
  }

  /**
   * The QR code of {@code text} (quiet zone of 2) as an SVG {@code data:} URI for an {@code <img>}
   * (the content policy allows {@code img-src data:}): black squares on white, one SVG unit per
   * module, crisp when printed.
   */
  public static String svgDataUri(String text) {
    boolean[][] dark = modules(text, 2);
    int size = dark.length;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (dark[y][x]) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}
