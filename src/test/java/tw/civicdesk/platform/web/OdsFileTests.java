// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** An ODS file opens as an ODF package whose content holds the sheets, texts and numbers given. */
class OdsFileTests {

  @Test
  void theMimetypeComesFirstUncompressedAndTheManifestListsTheParts() throws Exception {
    byte[] ods = new OdsFile().sheet("Figures", List.of("a")).row(List.of("x")).bytes();
    List<String> names = new java.util.ArrayList<>();
    boolean[] stored = new boolean[1];
    Map<String, byte[]> entries = OdsReading.unzip(ods, names, stored);

    assertThat(names)
        .containsExactly("mimetype", "content.xml", "styles.xml", "META-INF/manifest.xml");
    assertThat(stored[0]).isTrue();
    // ODF: the media type readable at byte 38, right after the local header of "mimetype"
    assertThat(new String(Arrays.copyOfRange(ods, 30, 38), StandardCharsets.US_ASCII))
        .isEqualTo("mimetype");
    assertThat(new String(Arrays.copyOfRange(ods, 38, 38 + 46), StandardCharsets.US_ASCII))
        .isEqualTo(OdsFile.MEDIA_TYPE);
    String manifest = new String(entries.get("META-INF/manifest.xml"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("manifest:full-path=\"content.xml\"", OdsFile.MEDIA_TYPE);
  }

  @Test
  void numbersAreNumbersTextIsTextAndNothingIsAFormula() throws Exception {
    byte[] ods =
        new OdsFile()
            .sheet("滿意度 [2026]", List.of("構面", "n", "rate"))
            .row(List.of("服務禮儀 <&>", 40L, new BigDecimal("0.8750")))
            .row(Arrays.asList("=1+1", null, 0.5))
            .sheet("second", List.of("x"))
            .bytes();
    Document content = OdsReading.content(ods);

    assertThat(OdsReading.cells(content, "滿意度  2026", 0))
        .extracting(Element::getTextContent)
        .containsExactly("構面", "n", "rate");
    List<Element> first = OdsReading.cells(content, "滿意度  2026", 1);
    assertThat(first.get(0).getTextContent()).isEqualTo("服務禮儀 <&>");
    assertThat(first.get(1).getAttributeNS(OdsReading.OFFICE, "value-type")).isEqualTo("float");
    assertThat(first.get(1).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("40");
    assertThat(first.get(2).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("0.8750");
    List<Element> second = OdsReading.cells(content, "滿意度  2026", 2);
    assertThat(second.get(0).getAttributeNS(OdsReading.OFFICE, "value-type")).isEqualTo("string");
    assertThat(second.get(0).hasAttributeNS(OdsReading.TABLE, "formula")).isFalse();
    assertThat(second.get(1).hasAttributeNS(OdsReading.OFFICE, "value-type")).isFalse();
    assertThat(second.get(2).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("0.5");
    assertThat(OdsReading.cells(content, "second", 0)).hasSize(1);
  }

  @Test
  void theDownloadIsAnAttachmentNoCacheKeeps() {
    ResponseEntity<byte[]> download = new OdsFile().sheet("s", List.of("a")).download("滿意度.ods");

    assertThat(download.getHeaders().getContentType()).hasToString(OdsFile.MEDIA_TYPE);
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getCacheControl()).contains("no-store");
  }
}
