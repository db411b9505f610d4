// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.address.PublicAddress;

/**
 * The link a receipt gives to the public tracking page, and the same link as a QR code for a phone.
 * The link carries the case number only, never the verification code (which the holder types in),
 * so neither a photo of the QR code nor a browser history gives the case away. The site's address
 * comes from {@link PublicAddress}: the setting, else the request's own address.
 */
@Component
public class TrackingLinks {

  private final PublicAddress address;

  TrackingLinks(PublicAddress address) {
    this.address = address;
  }

  /** The absolute address of the tracking page for {@code number} (during a request). */
  public String trackingUrl(CaseNumber number) {
    return address.link("/track?number=" + number.value());
  }

  /** The modules of the QR code of {@code text}: {@code true} where a square is dark. */
  static boolean[][] qrModules(String text) {
    try {
      BitMatrix m =
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
                      2,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
      boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
      for (int y = 0; y < m.getHeight(); y++) {
        for (int x = 0; x < m.getWidth(); x++) {
          dark[y][x] = m.get(x, y);
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalStateException("A tracking link always fits a QR code", e);
    }
  }

  /**
   * The QR code of {@link #trackingUrl} as an SVG data URI for an {@code <img>} (allowed by the
   * content security policy: {@code img-src 'self' data:}), black on white, crisp when printed.
   */
  public String qrCodeDataUri(CaseNumber number) {
    boolean[][] dark = qrModules(trackingUrl(number));
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
