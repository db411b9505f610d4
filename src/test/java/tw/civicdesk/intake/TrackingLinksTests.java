// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.files.QrCode;

/**
 * A receipt's QR code reads back as the tracking link, which names the case but never its
 * verification code.
 */
class TrackingLinksTests {

  final TrackingLinks links = new TrackingLinks(PublicAddress.of("https://civicdesk.example.tw/"));
  final CaseNumber number = new CaseNumber("YILAN-JIAOXI-20260213-00042");

  @Test
  void theLinkNamesTheCaseOnTheConfiguredSite() {
    assertThat(links.trackingUrl(number))
        .isEqualTo("https://civicdesk.example.tw/track?number=YILAN-JIAOXI-20260213-00042");
  }

  @Test
  void theQrCodeDecodesToTheTrackingLink() throws Exception {
    boolean[][] dark = QrCode.modules(links.trackingUrl(number), 2);
    int scale = 4;
    int size = dark.length * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = dark[y / scale][x / scale] ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    String read =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
            .getText();
    assertThat(read).isEqualTo(links.trackingUrl(number));
  }

  @Test
  void theDataUriIsAnSvgImageWithOneSquarePerDarkModule() {
    String uri = links.qrCodeDataUri(number);
    assertThat(uri).startsWith("data:image/svg+xml;base64,");
    String svg =
        new String(
            Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);
    long darkModules = 0;
    for (boolean[] row : QrCode.modules(links.trackingUrl(number), 2)) {
      for (boolean d : row) {
        darkModules += d ? 1 : 0;
      }
    }
    assertThat(svg).startsWith("<svg").contains("crispEdges");
    assertThat(svg.split("h1v1h-1z", -1)).hasSize((int) darkModules + 1);
  }
}
