// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.PublicText;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitContact;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The handbook read back and held against the catalogue: from the PDF (PDFBox) and the ODT
 * (content.xml), in both languages, every published service's name, fee, time limit and each
 * document appear in order under its unit; a service never published and the unpublished draft of a
 * published one do not; the table of contents lists every service, and in the PDF each service's
 * page number is the page its section starts on; a unit's book holds that unit only.
 */
@IntegrationTest
class HandbookTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Catalogue catalogue;
  @Autowired CatalogueEditing editing;
  @Autowired Handbooks handbooks;

  TestOrganisation.Setup agency;
  Unit second;
  List<ServiceCode> published = new ArrayList<>();

  @BeforeEach
  void catalogue() {
    agency = TestOrganisation.from(context).agency("HBK", null);
    second = TestOrganisation.from(context).unit(agency, "B");
    var officer = agency.as(Role.QUALITY_OFFICER);
    published.add(CatalogueFixtures.publishLowIncomeCertificate(context, agency));
    published.add(publish("SEAL", agency.unit().id(), CatalogueFixtures.withoutTimeLimit("印鑑登記")));
    published.add(publish("TREE", second.id(), CatalogueFixtures.withoutTimeLimit("路樹修剪申請")));
    for (int i = 0; i < 14; i++) {
      published.add(
          publish(
              "MORE" + i,
              second.id(),
              CatalogueFixtures.withoutTimeLimit("證明書核發第" + (i + 1) + "類")));
    }
    // Never published, and a published service's unpublished draft: neither may appear.
    editing.create(
        officer,
        agency.code(),
        new ServiceCode(agency.code().value() + "-DRAFT"),
        agency.unit().id(),
        CatalogueFixtures.withoutTimeLimit("尚未公告的草稿服務"));
    ServiceCode seal = new ServiceCode(agency.code().value() + "-SEAL");
    var entry = catalogue.entryFor(officer, seal);
    editing.saveDraft(
        officer,
        seal,
        entry.revision(),
        agency.unit().id(),
        CatalogueFixtures.withoutTimeLimit("改版中未公告名稱"));
  }

  private ServiceCode publish(String suffix, long unitId, ServiceContent content) {
    var officer = agency.as(Role.QUALITY_OFFICER);
    ServiceCode code = new ServiceCode(agency.code().value() + "-" + suffix);
    var entry = editing.create(officer, agency.code(), code, unitId, content);
    editing.publish(officer, code, entry.revision());
    return code;
  }

  @Test
  void thePdfHoldsEveryPublishedServiceUnderItsUnitAndTheContentsGiveTheRightPages()
      throws Exception {
    for (Locale locale : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
      byte[] pdf =
          mvc.perform(
                  get("/agencies/" + agency.code().value() + "/handbook.pdf")
                      .param("lang", locale == Locale.ENGLISH ? "en" : "zh-TW"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      Files.createDirectories(Path.of("target/handbook"));
      Files.write(Path.of("target/handbook/handbook-" + locale + ".pdf"), pdf);
      List<String> pages = pages(pdf);
      Handbook book = handbooks.build(agency.code().value(), null, locale);
      String body = String.join("\n", pages.subList(2, pages.size()));
      assertInOrder(body, locale);
      assertThat(String.join("\n", pages)).doesNotContain("尚未公告的草稿服務", "改版中未公告名稱");
      String contents = pages.get(1);
      int checked = 0;
      for (Handbook.Chapter chapter : book.chapters()) {
        for (Handbook.Service s : chapter.services()) {
          Matcher m = Pattern.compile(Pattern.quote(s.name()) + "\\s+(\\d+)").matcher(contents);
          assertThat(m.find()).as("contents list " + s.name()).isTrue();
          int page = Integer.parseInt(m.group(1));
          assertThat(pages.get(page - 1))
              .as(s.name() + " starts on page " + page)
              .contains(s.name());
          assertThat(pages.get(page - 2))
              .as(s.name() + " not on the page before")
              .doesNotContain(s.name() + "\n");
          checked++;
        }
      }
      assertThat(checked).isEqualTo(published.size());
      assertThat(pages.size()).as("the book runs over several pages").isGreaterThan(4);
    }
  }

  @Test
  void theOdtHoldsTheSameAndItsContentsListEveryService() throws Exception {
    for (Locale locale : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
      byte[] odt =
          mvc.perform(
                  get("/agencies/" + agency.code().value() + "/handbook.odt")
                      .param("lang", locale == Locale.ENGLISH ? "en" : "zh-TW"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      String xml = contentXml(odt);
      String text = xml.replaceAll("<[^>]+>", "\n").replace("&amp;", "&");
      String index =
          xml.substring(xml.indexOf("<text:index-body>"), xml.indexOf("</text:index-body>"));
      String body =
          xml.substring(xml.indexOf("</text:table-of-content>")).replaceAll("<[^>]+>", "\n");
      assertInOrder(body, locale);
      assertThat(text).doesNotContain("尚未公告的草稿服務", "改版中未公告名稱");
      for (ServiceCode code : published) {
        String name = name(code, locale);
        assertThat(index).as("contents list " + name).contains(name);
      }
    }
  }

  @Test
  void aUnitsHandbookHoldsThatUnitOnlyAndAnUnknownUnitOrAgencyIsNotFound() throws Exception {
    Handbook book = handbooks.build(agency.code().value(), "B", Locale.TAIWAN);
    assertThat(book.chapters()).hasSize(1);
    assertThat(book.subtitle()).isEqualTo("社會課B");
    assertThat(book.chapters().get(0).services()).hasSize(15);
    List<String> pages =
        pages(
            mvc.perform(
                    get("/agencies/" + agency.code().value() + "/handbook.pdf").param("unit", "B"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(String.join("\n", pages)).contains("路樹修剪申請").doesNotContain("印鑑登記", "低收入戶證明申請");
    mvc.perform(get("/agencies/" + agency.code().value() + "/handbook.pdf").param("unit", "NOPE"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/agencies/NO-SUCH-AGENCY/handbook.odt")).andExpect(status().isNotFound());
  }

  @Test
  void theCounterGivesTheOwningUnitsOwnPhoneEmailAndHoursAndTheAgencysWhereTheUnitGivesNone() {
    context
        .getBean(OrganisationAdministration.class)
        .updateUnit(
            agency.as(Role.AGENCY_ADMIN),
            second.id(),
            new UnitDraft(
                second.code(),
                second.name(),
                second.kind(),
                new UnitContact(
                    PublicText.NONE,
                    "03-988-1234 #205",
                    "trees@example.gov.tw",
                    new PublicText("週一至週六 08:00–17:00", "Mon–Sat 08:00–17:00"))),
            second.version());

    Handbook book = handbooks.build(agency.code().value(), null, Locale.TAIWAN);
    String first = counter(book.chapters().get(0).services().get(0));
    String tree = counter(book.chapters().get(1).services().get(0));
    assertThat(tree).contains("03-988-1234 #205", "trees@example.gov.tw", "週一至週六 08:00–17:00");
    assertThat(first).doesNotContain("#205", "trees@example.gov.tw");
  }

  private static String counter(Handbook.Service service) {
    return service.sections().stream()
        .filter(s -> s.label().equals("承辦單位及洽詢"))
        .findFirst()
        .orElseThrow()
        .lines()
        .toString();
  }

  /** Each unit's services, then each one's name, documents, fee and time limit, in order. */
  private void assertInOrder(String body, Locale locale) {
    Handbook book = handbooks.build(agency.code().value(), null, locale);
    assertThat(book.chapters()).hasSize(2);
    List<String> expected = new ArrayList<>();
    for (Handbook.Chapter chapter : book.chapters()) {
      expected.add(chapter.unit());
      for (Handbook.Service s : chapter.services()) {
        ServiceVersion v = catalogue.published(new ServiceCode(s.code())).orElseThrow();
        ServiceContent c = v.content();
        assertThat(v.unitId())
            .isEqualTo(
                chapter.unit().equals(in(second.name(), locale))
                    ? second.id()
                    : agency.unit().id());
        assertThat(s.name()).isEqualTo(in(c.name(), locale));
        expected.add(in(c.name(), locale));
        c.documents().forEach(d -> expected.add(in(d.name(), locale)));
        expected.add(handbooks.fee(c.fee(), locale));
        expected.add(handbooks.timeLimit(c, locale));
      }
    }
    int at = 0;
    String flat =
        java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    for (String piece : expected) {
      String want =
          java.text.Normalizer.normalize(piece, java.text.Normalizer.Form.NFKC)
              .replaceAll("\\s+", "");
      int found = flat.indexOf(want, at);
      assertThat(found)
          .as(
              "'"
                  + piece
                  + "' after "
                  + flat.substring(Math.max(0, at - 40), Math.min(flat.length(), at + 40)))
          .isGreaterThanOrEqualTo(0);
      at = found + 1;
    }
    assertThat(expected).hasSizeGreaterThan(4 * published.size());
  }

  private String name(ServiceCode code, Locale locale) {
    return in(catalogue.published(code).orElseThrow().content().name(), locale);
  }

  private static String in(BilingualText text, Locale locale) {
    return text.in(locale);
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // Read as the page is seen: the service headings are drawn after the rest of their page.
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        // A glyph shared by a character and its Kangxi radical (身 U+8EAB, ⾝ U+2F9D) may be read
        // back as the radical; NFKC folds it to the character a reader sees.
        pages.add(
            java.text.Normalizer.normalize(stripper.getText(doc), java.text.Normalizer.Form.NFKC));
      }
    }
    return pages;
  }

  private static String contentXml(byte[] odt) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no content.xml");
  }
}
