// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.platform.files.PhotoSamples;

/**
 * The feedback pages over HTTP: an anonymous facility report with a phone photo is filed with the
 * photo stripped of its GPS position and shows on the public list without any personal data; a
 * petition without a real name or without a contact is refused on the page about the citizen and
 * nothing is filed; a photo of another type, too large, empty or one too many is refused with a
 * localized error on its field in both languages; a page reached before its turn goes to the start,
 * and a page keeps only its own answers whatever else a request sends.
 */
@IntegrationTest
class FeedbackFormTests {

  static final String CLIENT = "10.77.0.1";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyTakingEveryKind() {
    agency = TestOrganisation.from(context).agency("FEED", null);
    PetitionFixtures.open(context, agency);
  }

  int cases() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Integer.class)
        .single();
  }

  @Test
  void anAnonymousReportWithAPhotoIsFiledWithoutTheGpsAndListedWithoutPersonalData()
      throws Exception {
    FeedbackWalk walk = new FeedbackWalk(mvc, CLIENT, "zh-TW");
    walk.post("/feedback", Map.of("agency", agency.code().value(), "kind", "FACILITY_REPORT"));
    walk.post("/feedback/category", Map.of("category", "street-light"));
    walk.post(
        "/feedback/where",
        Map.of(
            "address", "礁溪路五段100號前",
            "district", "礁溪鄉",
            "lat", "24.827812",
            "lon", "121.774536",
            "atHome", "true"));
    walk.post("/feedback/details", Map.of("subject", "路燈整晚不亮", "description", "從上週起每晚都不亮，很危險。"));
    byte[] phone = PhotoSamples.jpegWithGps(640, 480, 6);
    assertThat(walk.photo("IMG_0001.JPG", "image/jpeg", phone).getRedirectedUrl())
        .isEqualTo("/feedback/photos");
    walk.post("/feedback/you", Map.of("identify", FeedbackForm.ANONYMOUS));
    assertThat(walk.get("/feedback/check").getContentAsString()).contains("路燈整晚不亮");

    MockHttpServletResponse sent = walk.send();

    assertThat(sent.getRedirectedUrl()).startsWith("/feedback/filed/");
    String number = sent.getRedirectedUrl().substring("/feedback/filed/".length());
    String filed = walk.get(sent.getRedirectedUrl()).getContentAsString();
    assertThat(filed).contains(number.substring(0, 4));
    byte[] stored =
        jdbc.sql("select content from casework_attachment where case_number = ?")
            .param(number)
            .query(byte[].class)
            .single();
    assertThat(PhotoSamples.jpegMarkers(stored)).doesNotContain(0xe1, 0xfe);
    assertThat(PhotoSamples.contains(stored, "Exif".getBytes())).isFalse();
    assertThat(PhotoSamples.contains(stored, PhotoSamples.CAMERA.getBytes())).isFalse();
    assertThat(
            jdbc.sql("select count(*) from casework_applicant where case_number = ?")
                .param(number)
                .query(Integer.class)
                .single())
        .as("an anonymous report keeps nobody's data")
        .isZero();

    String list = walk.get("/reports?agency=" + agency.code().value()).getContentAsString();
    assertThat(list)
        .contains(number, "路燈故障", "礁溪路五段")
        .doesNotContain("100號", "路燈整晚不亮", "很危險", "24.827812", "121.774536");
  }

  @Test
  void aPetitionWithoutARealNameOrAContactIsRefusedAndNothingIsFiled() throws Exception {
    FeedbackWalk walk = new FeedbackWalk(mvc, CLIENT, "en");
    walk.post("/feedback", Map.of("agency", agency.code().value(), "kind", "PETITION"));
    walk.post("/feedback/category", Map.of("category", "noise"));
    assertThat(walk.post("/feedback/where", Map.of()).getRedirectedUrl())
        .as("a petition's place is optional")
        .isEqualTo("/feedback/details");
    walk.post(
        "/feedback/details",
        Map.of(
            "subject", "Noise at night", "description", "Loud.", "agency", "OTHER", "name", "X"));
    FeedbackForm draft = FeedbackDrafts.draft(walk.session()).orElseThrow();
    assertThat(draft.getSubject()).isEqualTo("Noise at night");
    assertThat(draft.getAgency())
        .as("a page keeps only its own answers")
        .isEqualTo(agency.code().value());
    assertThat(draft.getName()).isEmpty();

    MockHttpServletResponse anonymous =
        walk.post("/feedback/you", Map.of("identify", FeedbackForm.ANONYMOUS));
    assertThat(anonymous.getStatus()).isEqualTo(200);
    assertThat(anonymous.getContentAsString()).contains("This kind of case needs your real name");
    assertThat(walk.get("/feedback/you").getContentAsString())
        .as("petitions offer no anonymous choice")
        .doesNotContain("report anonymously");

    MockHttpServletResponse noContact =
        walk.post(
            "/feedback/you",
            Map.of(
                "identify",
                "named",
                "name",
                "Lin Xiaoming",
                "notifyBy",
                "NONE",
                "consent",
                "true"));
    assertThat(noContact.getContentAsString()).contains("Give at least one way to reach you");
    assertThat(walk.get("/feedback/check").getRedirectedUrl())
        .as("the check-answers page sends back to what is missing")
        .isEqualTo("/feedback/you?change=1");
    assertThat(cases()).isZero();

    walk.post(
        "/feedback/you",
        Map.of(
            "identify", "named",
            "name", "Lin Xiaoming",
            "notifyBy", "EMAIL",
            "email", "lin@example.invalid",
            "consent", "true"));
    assertThat(walk.send().getRedirectedUrl()).startsWith("/feedback/filed/");
    assertThat(cases()).isOne();
  }

  @Test
  void aPhotoOfAnotherTypeTooLargeOrOneTooManyIsRefusedOnItsFieldInBothLanguages()
      throws Exception {
    for (String lang : List.of("zh-TW", "en")) {
      boolean en = lang.equals("en");
      FeedbackWalk walk = new FeedbackWalk(mvc, CLIENT, lang);
      walk.anonymousReport(agency.code().value(), "pothole", "礁溪路五段");

      String text =
          walk.photo("photo.jpg", "image/jpeg", "not a photo".getBytes()).getContentAsString();
      assertThat(text)
          .contains(en ? "The photo must be a JPEG or PNG file." : "照片必須是 JPEG 或 PNG 檔。")
          .contains("id=\"photo-error\"", "aria-invalid=\"true\"");
      byte[] large = Arrays.copyOf(PhotoSamples.plain(64, 64, "jpeg"), 8 * 1024 * 1024 + 1);
      assertThat(walk.photo("big.jpg", "image/jpeg", large).getContentAsString())
          .contains(en ? "Each photo must be 8 MB or smaller." : "每張照片不可超過 8 MB。");
      assertThat(walk.photo("empty.png", "image/png", new byte[0]).getContentAsString())
          .contains(en ? "The file you chose is empty" : "選擇的檔案是空的");
      for (int i = 0; i < 3; i++) {
        assertThat(
                walk.photo("p" + i + ".png", "image/png", PhotoSamples.pngWithText(32, 32))
                    .getStatus())
            .isEqualTo(302);
      }
      assertThat(
              walk.photo("p4.png", "image/png", PhotoSamples.plain(32, 32, "png"))
                  .getContentAsString())
          .contains(en ? "You can add at most 3 photos." : "最多只能附 3 張照片。");
      assertThat(FeedbackDrafts.draft(walk.session()).orElseThrow().getPhotos()).hasSize(3);
    }
    assertThat(cases()).isZero();
  }

  @Test
  void aQuestionReachedBeforeItsTurnGoesToTheStart() throws Exception {
    FeedbackWalk walk = new FeedbackWalk(mvc, CLIENT, "zh-TW");

    assertThat(walk.get("/feedback/where").getRedirectedUrl()).isEqualTo("/feedback");
    assertThat(walk.post("/feedback/details", Map.of("subject", "x")).getRedirectedUrl())
        .isEqualTo("/feedback");
    assertThat(walk.get("/feedback/check").getRedirectedUrl()).isEqualTo("/feedback");
  }
}
