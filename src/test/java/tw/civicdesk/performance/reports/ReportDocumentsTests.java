// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tw.civicdesk.performance.reports.YearReport.IndicatorRow;
import tw.civicdesk.performance.reports.YearReport.PracticeRow;
import tw.civicdesk.performance.reports.YearReport.ScoreRow;
import tw.civicdesk.performance.reports.YearReport.ScoreTable;
import tw.civicdesk.platform.files.PdfFont;

/**
 * The three documents written from one report with Traditional Chinese text, opened back: the ODT
 * and ODS as zips of XML (mimetype first and stored, content parsed), the PDF's first page rendered
 * with PDFBox and its text extracted.
 */
class ReportDocumentsTests {

  static final Map<String, String> LABELS = labels();

  /** A provider's source, as figures.online-applications gives it. */
  static final String ONLINE_SOURCE = "本所各月收件之申辦案件，線上收件之件數占全部收件件數之比率";

  static final String COMPUTED = "系統依實際作業計算：" + ONLINE_SOURCE;
  static final String BY_UNITS = "由各單位於進度報告中填報";

  private static Map<String, String> labels() {
    Map<String, String> zh = new LinkedHashMap<>();
    try (var in =
        ReportDocumentsTests.class.getResourceAsStream("/i18n/evaluation_zh_TW.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      p.forEach((k, v) -> zh.put((String) k, (String) v));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    zh.put("performance.plan.status.IN_EXECUTION", "執行中");
    return zh;
  }

  static YearReport report() {
    YearReport.Labels l =
        (key, args) ->
            new java.text.MessageFormat(LABELS.get(key), java.util.Locale.TAIWAN).format(args);
    List<BigDecimal> trend =
        Arrays.asList(new BigDecimal("62.5"), new BigDecimal("71"), null, null);
    byte[] chart = BarChart.png(List.of("Q1", "Q2", "Q3", "Q4"), trend, new BigDecimal("80"));
    List<ScoreRow> rows =
        List.of(
            new ScoreRow(
                "優質便民服務",
                0,
                new BigDecimal("400"),
                new BigDecimal("350"),
                new BigDecimal("330.5"),
                new BigDecimal("320")),
            new ScoreRow(
                "服務流程",
                1,
                new BigDecimal("200"),
                new BigDecimal("180"),
                new BigDecimal("175.5"),
                null));
    return new YearReport(
        l,
        "臺南市鹽水區公所",
        2026,
        "115年度提升服務品質執行計畫",
        "執行中",
        1,
        "府計研字第1150000001號",
        List.of("政府服務躍升方案"),
        List.of("全面提升為民服務品質"),
        List.of("本所各課、室"),
        List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
        List.of(
            new PracticeRow(
                "服務流程", "定期辦理公文稽催管制", List.of("民政課：辦理中。每月稽催一次（已審核）", "未填報", "未填報", "未填報"))),
        List.of(
            new IndicatorRow(
                "提供線上申辦",
                "線上申辦比率",
                "%",
                new BigDecimal("80"),
                new BigDecimal("71"),
                trend,
                "未達成",
                l.get("report.source.computed", ONLINE_SOURCE),
                chart),
            new IndicatorRow(
                "提供線上申辦",
                "宣導場次",
                "場",
                new BigDecimal("4"),
                new BigDecimal("5"),
                Arrays.asList(new BigDecimal("2"), new BigDecimal("5"), null, null),
                "達成",
                l.get("report.source.units"),
                chart)),
        new ScoreTable(
            "政府服務品質獎（第一線服務機關）",
            "評核中",
            2025,
            rows,
            new ScoreRow(
                "總分",
                0,
                new BigDecimal("1000"),
                new BigDecimal("855"),
                new BigDecimal("776"),
                new BigDecimal("700"))));
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** Checks the ODF rules for the mimetype entry: first, stored, no extra field; returns it. */
  static String mimetype(byte[] zip) {
    // local file header: signature, version, flags, method (offset 8), …, name length (26),
    // extra length (28), name (30)
    assertThat(Arrays.copyOfRange(zip, 0, 4)).containsExactly(0x50, 0x4B, 0x03, 0x04);
    assertThat(zip[8] | zip[9] << 8).as("stored, not deflated").isZero();
    int nameLength = zip[26] | zip[27] << 8;
    assertThat(zip[28] | zip[29] << 8).as("no extra field").isZero();
    assertThat(new String(zip, 30, nameLength, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    int size = zip[18] & 0xFF | (zip[19] & 0xFF) << 8;
    return new String(zip, 30 + nameLength, size, StandardCharsets.US_ASCII);
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<String> texts(Document doc, String namespace, String local) {
    NodeList nodes = doc.getElementsByTagNameNS(namespace, local);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  @Test
  void theOdtHasTheTitlePageThePlanProgressAChartPerIndicatorAndTheScores() throws Exception {
    byte[] odt = OdtReport.write(report());
    assertThat(mimetype(odt)).isEqualTo("application/vnd.oasis.opendocument.text");
    Map<String, byte[]> parts = unzip(odt);
    assertThat(parts.keySet()).first().isEqualTo("mimetype");
    assertThat(parts)
        .containsKeys("content.xml", "styles.xml", "META-INF/manifest.xml", "Pictures/chart-1.png");
    Document content = parse(parts.get("content.xml"));
    List<String> paragraphs = texts(content, TEXT, "p");
    assertThat(paragraphs)
        .contains(
            "臺南市鹽水區公所 2026 年度績效報告",
            "計畫名稱：115年度提升服務品質執行計畫",
            "修正次數：1",
            "全面提升為民服務品質",
            "定期辦理公文稽催管制",
            "未填報",
            "350",
            "330.5",
            "855",
            COMPUTED,
            BY_UNITS);
    assertThat(texts(content, TEXT, "h")).contains("四、評核分數", "線上申辦比率（各季，目標值 80）");
    assertThat(new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8))
        .contains("Pictures/chart-1.png", "image/png");
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(parts.get("Pictures/chart-1.png")));
    assertThat(chart.getWidth()).isEqualTo(BarChart.WIDTH);
  }

  @Test
  void theOdsHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
    byte[] ods = OdsReport.write(report());
    assertThat(mimetype(ods)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    Document content = parse(unzip(ods).get("content.xml"));
    NodeList sheets = content.getElementsByTagNameNS(TABLE, "table");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < sheets.getLength(); i++) {
      names.add(((org.w3c.dom.Element) sheets.item(i)).getAttributeNS(TABLE, "name"));
    }
    assertThat(names).containsExactly("執行情形", "量化指標", "評核分數");
    List<String> floats = new ArrayList<>();
    NodeList cells = content.getElementsByTagNameNS(TABLE, "table-cell");
    for (int i = 0; i < cells.getLength(); i++) {
      org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(i);
      if ("float".equals(cell.getAttributeNS(OFFICE, "value-type"))) {
        floats.add(cell.getAttributeNS(OFFICE, "value"));
      }
    }
    assertThat(floats).contains("80", "71", "62.5", "1000", "855", "776", "175.5");
    assertThat(texts(content, TEXT, "p"))
        .contains("定期辦理公文稽催管制", "民政課：辦理中。每月稽催一次（已審核）", "優質便民服務", "總分", COMPUTED, BY_UNITS);
  }

  @Test
  void thePdfsFirstPageIsTheTitlePageInChineseAndRendersNotBlank() throws Exception {
    long start = System.nanoTime();
    byte[] pdf = PdfReport.write(report(), PdfFont.load(PdfFont.DEFAULT));
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("report PDF: %d bytes, written in %d ms%n", pdf.length, millis);
    java.nio.file.Files.write(
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
            .resolve("report.pdf"),
        pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(2, 3);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(doc);
      assertThat(first).contains("臺南市鹽水區公所", "115年度提升服務品質執行計畫", "執行中");
      String all = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertThat(all).contains("線上申辦比率", "855", "評核分數", COMPUTED, BY_UNITS);
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 60);
      ImageIO.write(
          page,
          "png",
          java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
              .resolve("report-page-1.png")
              .toFile());
      assertThat(darkPixels(page)).as("text is drawn on the title page").isGreaterThan(500);
      for (int n = 1; n < doc.getNumberOfPages(); n++) {
        ImageIO.write(
            new PDFRenderer(doc).renderImageWithDPI(n, 60),
            "png",
            java.nio.file.Path.of("target", "screenshots", "report-page-" + (n + 1) + ".png")
                .toFile());
      }
    }
  }

  @Test
  void aMissingFontFailsWithAMessageNamingTheSetting() {
    assertThatThrownBy(() -> PdfFont.load("/nowhere/font.ttc,3"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("civicdesk.performance.report-font")
        .hasMessageContaining("/nowhere");
  }

  static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
