// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A QR code drawn as SVG reads back as the very link it stands for (e.g. a kiosk's activation
 * link).
 */
class QrCodeTests {

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
  private static final int SCALE = 4;

  @Test
  void theCodeReadsBackAsTheActivationLink() throws Exception {
    String link =
        "https://desk.example.gov.tw/kiosk/activate/q3N0xV9yZ2VfLWtpb3NrLXRlc3QtdG9rZW4tMDEyMzQ1";
    String uri = QrCode.svgDataUri(link);
    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);

    Matcher box = VIEW_BOX.matcher(svg);
    assertThat(box.find()).isTrue();
    int width = Integer.parseInt(box.group(1));
    int height = Integer.parseInt(box.group(2));
    int[] pixels = new int[width * SCALE * height * SCALE];
    java.util.Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher square = SQUARE.matcher(svg);
    while (square.find()) {
      int x = Integer.parseInt(square.group(1));
      int y = Integer.parseInt(square.group(2));
      for (int dy = 0; dy < SCALE; dy++) {
        for (int dx = 0; dx < SCALE; dx++) {
          pixels[(y * SCALE + dy) * width * SCALE + x * SCALE + dx] = 0xFF000000;
        }
      }
    }
    var bitmap =
        new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(width * SCALE, height * SCALE, pixels)));

    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);
  }
}
