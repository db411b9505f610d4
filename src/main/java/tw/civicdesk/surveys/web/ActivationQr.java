// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

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
 * A kiosk's activation link as a QR code, so that the tablet at the counter opens it with its
 * camera instead of someone typing 60 characters: an SVG data URI for an {@code <img>} (the content
 * policy allows {@code img-src data:}), black on white. Made on the page that shows the link once,
 * never stored.
 */
final class ActivationQr {

  private ActivationQr() {}

  /** The QR code of {@code link} as a {@code data:image/svg+xml} URI. */
  static String dataUri(String link) {
    BitMatrix m = matrix(link);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + m.getWidth()
            + " "
            + m.getHeight()
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
            + " fill=\"#fff\"/><path fill=\"#000\" d=\""
            + path
            + "\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static BitMatrix matrix(String link) {
    try {
      return new QRCodeWriter()
          .encode(
              link,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("An activation link always fits a QR code", e);
    }
  }
}
