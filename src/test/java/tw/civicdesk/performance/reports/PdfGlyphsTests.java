// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.DemoNames;
import tw.civicdesk.platform.files.PdfFont;

/**
 * Every character of the seed data comes back out of the PDF as it went in (ADR 0032): each demo
 * plan's report, written with the configured font, holds its agency's name, its title and every
 * heading, practice and basis text of the plan (extracted with PDFBox); every glyph of the embedded
 * subset has the outline of the same glyph in the whole font; and on each line every glyph sits on
 * one baseline. Runs on what every PDF CivicDesk makes uses: {@link PdfReport} with {@link
 * PdfFont}.
 */
class PdfGlyphsTests {

  @Test
  void eachDemoPlansReportHoldsItsAgencysNameAndEveryTitleOfThePlan() throws Exception {
    Map<String, String> agencies = DemoNames.agencyNamesZh();
    BaseFont font = PdfFont.load(PdfFont.DEFAULT);
    for (Map.Entry<String, List<String>> plan : demoPlanTexts().entrySet()) {
      JsonNode json = demoPlans().get(plan.getKey());
      String agency = agencies.get(json.get("agency").asString());
      byte[] pdf =
          PdfReport.write(report(agency, json.get("title").asString(), plan.getValue()), font);
      String text = squeeze(extract(pdf));
      assertThat(text).as(plan.getKey()).contains(squeeze(agency));
      for (String source : plan.getValue()) {
        assertThat(text).as(plan.getKey()).contains(squeeze(source));
      }
    }
  }

  @Test
  void everyDemoAgencyAndUnitNameComesBackOutOfThePdf() throws Exception {
    List<String> names = DemoNames.all();
    byte[] pdf = PdfReport.write(report("宜蘭縣礁溪鄉公所", "聯繫與公開", names), PdfFont.load(PdfFont.DEFAULT));
    String text = squeeze(extract(pdf));
    names.forEach(name -> assertThat(text).contains(squeeze(name)));
  }

  @Test
  void everyGlyphOfTheSubsetHasTheOutlineOfTheWholeFontsGlyphAndSitsOnItsLinesBaseline()
      throws Exception {
    List<String> texts = new ArrayList<>(DemoNames.all());
    demoPlanTexts().values().forEach(texts::addAll);
    YearReport report = report("宜蘭縣礁溪鄉公所", "宜蘭縣礁溪鄉公所 聯絡 開放", texts);
    byte[] subset = PdfReport.write(report, PdfFont.load(PdfFont.DEFAULT));
    assertThat(outlineMismatches(subset, whole(report, PdfFont.DEFAULT))).isEmpty();
    assertThat(offBaseline(subset)).isEmpty();
  }

  @Test
  void aFontWithCffOutlinesIsRefusedWithAMessageNamingTheSetting() {
    String noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,3";
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of(noto.split(",")[0])));
    assertThatThrownBy(() -> PdfFont.load(noto))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CFF")
        .hasMessageContaining("civicdesk.performance.report-font");
  }

  /** The same report with the whole font embedded: the outlines to compare the subset with. */
  static byte[] whole(YearReport report, String location) throws Exception {
    BaseFont font =
        BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
    font.setSubset(false);
    return PdfReport.write(report, font);
  }

  /**
   * The characters whose glyph in {@code subset} has other outline bounds than in {@code whole}
   * (same font, same codes): a subsetter that drops a subroutine or a component moves or mangles
   * the glyph, which the text layer never shows.
   */
  static List<String> outlineMismatches(byte[] subset, byte[] whole) throws IOException {
    List<String> wrong = new ArrayList<>();
    try (PDDocument a = Loader.loadPDF(subset);
        PDDocument b = Loader.loadPDF(whole)) {
      PDType0Font sub = firstType0(a);
      PDType0Font full = firstType0(b);
      for (int code : codes(a)) {
        Rectangle2D s = sub.getDescendantFont().getPath(code).getBounds2D();
        Rectangle2D f = full.getDescendantFont().getPath(code).getBounds2D();
        if (Math.abs(s.getMinX() - f.getMinX()) > 0.5
            || Math.abs(s.getMinY() - f.getMinY()) > 0.5
            || Math.abs(s.getMaxX() - f.getMaxX()) > 0.5
            || Math.abs(s.getMaxY() - f.getMaxY()) > 0.5) {
          wrong.add(sub.toUnicode(code) + " (" + code + "): " + s + " ≠ " + f);
        }
      }
    }
    return wrong;
  }

  /** The glyph codes shown with the report's CJK font, in the order first drawn. */
  private static List<Integer> codes(PDDocument doc) throws IOException {
    List<Integer> codes = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (text.getFont() instanceof PDType0Font) {
              for (int code : text.getCharacterCodes()) {
                if (!codes.contains(code)) {
                  codes.add(code);
                }
              }
            }
            super.processTextPosition(text);
          }
        };
    stripper.getText(doc);
    return codes;
  }

  private static PDType0Font firstType0(PDDocument doc) throws IOException {
    for (PDPage page : doc.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        if (font instanceof PDType0Font t) {
          return t;
        }
      }
    }
    throw new AssertionError("no CJK font in the PDF");
  }

  /**
   * The lines whose glyphs (spaces aside) do not all share one baseline: PDFBox's y of each text
   * position.
   */
  static List<String> offBaseline(byte[] pdf) throws IOException {
    List<String> off = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              List<TextPosition> inked =
                  positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
              if (inked.stream()
                  .anyMatch(p -> Math.abs(p.getYDirAdj() - inked.get(0).getYDirAdj()) > 0.01f)) {
                off.add(
                    text
                        + positions.stream()
                            .map(p -> p.getUnicode() + "@" + p.getYDirAdj())
                            .toList());
              }
              super.writeString(text, positions);
            }
          };
      stripper.writeText(doc, new StringWriter());
    }
    return off;
  }

  static YearReport report(String agency, String title, List<String> texts) {
    YearReport sample = ReportDocumentsTests.report();
    return new YearReport(
        sample.labels(),
        agency,
        2026,
        title,
        "執行中",
        0,
        null,
        List.of(),
        texts,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  static String extract(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Each demo plan file's JSON by file name. */
  static Map<String, JsonNode> demoPlans() throws IOException {
    Map<String, JsonNode> plans = new LinkedHashMap<>();
    JsonMapper json = JsonMapper.builder().build();
    for (Resource r :
        new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.json")) {
      try (InputStream in = r.getInputStream()) {
        plans.put(r.getFilename(), json.readTree(in));
      }
    }
    assertThat(plans).hasSizeGreaterThanOrEqualTo(8);
    return plans;
  }

  /** Each demo plan's title and every title, text, goal and scope in its content. */
  static Map<String, List<String>> demoPlanTexts() throws IOException {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    demoPlans()
        .forEach(
            (file, plan) -> {
              List<String> out = new ArrayList<>(List.of(plan.get("title").asString()));
              collect(plan.get("content"), out);
              texts.put(file, out);
            });
    return texts;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isObject()) {
      for (String field : List.of("title", "text", "heading", "name")) {
        if (node.has(field) && node.get(field).isString()) {
          out.add(node.get(field).asString());
        }
      }
      node.values().forEach(child -> collect(child, out));
    } else if (node.isArray()) {
      node.values()
          .forEach(
              child -> {
                if (child.isString()) {
                  out.add(child.asString());
                } else {
                  collect(child, out);
                }
              });
    }
  }
}
