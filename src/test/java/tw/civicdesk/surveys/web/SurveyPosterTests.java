// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * A QR poster is one bilingual A4 page naming the agency, the survey and the counter or service,
 * whose QR code — read back from the rendered page — opens the survey page as a poster's answer
 * with that counter or service; staff of another agency, a post-case survey and another agency's
 * counter get "not found".
 */
@IntegrationTest
class SurveyPosterTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void aCounterSurvey() {
    agency = TestOrganisation.from(context).agency("SPOST", null);
    survey = SurveyFixtures.open(context, agency, "counter", 30);
  }

  MockHttpServletResponse poster(String query, Role role) throws Exception {
    return mvc.perform(
            get("/console/surveys/" + survey.code().value() + "/poster.pdf" + query)
                .with(user(agency.as(role))))
        .andReturn()
        .getResponse();
  }

  /** The QR code on the first page, rendered at 100 dpi, decoded. */
  static String qrCode(PDDocument pdf) throws Exception {
    BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
    int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))))
        .getText();
  }

  @Test
  void aCountersPosterIsOneBilingualA4PageWhoseQrCodeOpensTheSurveyAsThatCountersPoster()
      throws Exception {
    MockHttpServletResponse sent = poster("?unit=" + agency.unit().id(), Role.COUNTER_CLERK);

    assertThat(sent.getStatus()).isEqualTo(200);
    assertThat(sent.getContentType()).isEqualTo("application/pdf");
    assertThat(sent.getHeader("Content-Disposition")).startsWith("inline");
    byte[] bytes = sent.getContentAsByteArray();
    Path saved = Path.of("target", "posters", "counter-poster.pdf");
    Files.createDirectories(saved.getParent());
    Files.write(saved, bytes);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, within(1f));
      assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(842f, within(1f));
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(agency.unit().name().zh())
          .contains("臨櫃服務滿意度調查")
          .contains("請用手機掃描 QR Code 填寫問卷", "Scan the QR code with your phone to answer")
          .contains("不記名，約 1 分鐘 / Anonymous, about a minute")
          .contains("http://localhost:8080/surveys/" + survey.code().value());
      assertThat(qrCode(pdf))
          .isEqualTo(
              "http://localhost:8080/surveys/"
                  + survey.code().value()
                  + "?via=qr&unit="
                  + agency.unit().id());
    }
  }

  @Test
  void aServicesPosterNamesTheServiceAndItsQrCodeCarriesIt() throws Exception {
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);

    byte[] bytes =
        poster("?service=" + service.value(), Role.QUALITY_OFFICER).getContentAsByteArray();

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("低收入戶證明申請 / Low-income household certificate");
      assertThat(qrCode(pdf)).endsWith("?via=qr&service=" + service.value());
    }
  }

  @Test
  void anotherAgencysStaffAPostCaseSurveyAndAnotherAgencysCounterAreNotFound() throws Exception {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("SPOSX", null);
    SurveyView postCase = SurveyFixtures.open(context, agency, "post-case", 30);

    assertThat(
            mvc.perform(
                    get("/console/surveys/" + survey.code().value() + "/poster.pdf")
                        .with(user(other.as(Role.QUALITY_OFFICER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    get("/console/surveys/" + postCase.code().value() + "/poster.pdf")
                        .with(user(agency.as(Role.QUALITY_OFFICER))))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(poster("?unit=" + other.unit().id(), Role.QUALITY_OFFICER).getStatus())
        .isEqualTo(404);
    assertThat(poster("?service=NO-SUCH-SERVICE", Role.QUALITY_OFFICER).getStatus()).isEqualTo(404);
  }

  @Test
  void thePostersPageListsAPosterForTheAgencyEachCounterAndEachService() throws Exception {
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);

    String page =
        mvc.perform(
                get("/console/surveys/" + survey.code().value() + "/posters")
                    .param("lang", "zh-TW")
                    .with(user(agency.as(Role.QUALITY_OFFICER))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String pdf = "/console/surveys/" + survey.code().value() + "/poster.pdf";
    assertThat(page)
        .contains("QR Code 海報")
        .contains("href=\"" + pdf + "\"")
        .contains("href=\"" + pdf + "?unit=" + agency.unit().id() + "\"")
        .contains("href=\"" + pdf + "?service=" + service.value() + "\"")
        .contains("海報（PDF）：低收入戶證明申請");
  }

  static org.assertj.core.data.Offset<Float> within(float offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
