// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Counter kiosks: a one-time activation link works once and for 24 hours, makes the device's cookie
 * and stores only digests; the kiosk records answers as the KIOSK channel with its unit; the same
 * answer sent twice is stored once; a revoked or unregistered device is refused; only the agency's
 * quality officer or administrator reaches the kiosks, and only their own agency's.
 */
@IntegrationTest
class KiosksTests {

  private static final Pattern LINK = Pattern.compile("/kiosk/activate/([A-Za-z0-9_-]{43})<");

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Kiosks kiosks;

  TestOrganisation.Setup agency;
  SurveyView survey;

  @BeforeEach
  void anAgencyWithACounterSurvey() {
    agency = TestOrganisation.from(context).agency("KIOSK", null);
    survey = SurveyFixtures.open(context, agency, "counter", 30);
  }

  long responses(long kioskId) {
    return jdbc.sql("select count(*) from survey_response where kiosk_id = ?")
        .param(kioskId)
        .query(Long.class)
        .single();
  }

  Map<String, Object> kioskRow(long id) {
    return jdbc.sql(
            "select activation_hash, token_hash, activated_at, registered_at,"
                + " activation_expires_at from survey_kiosk where id = ?")
        .param(id)
        .query()
        .singleRow();
  }

  static String sha256(String token) {
    return HexFormat.of().formatHex(Kiosks.digest(token));
  }

  static String hex(Object bytes) {
    return bytes == null ? null : HexFormat.of().formatHex((byte[]) bytes);
  }

  @Test
  void theConsoleRegistersAKioskWhoseOneTimeLinkActivatesTheDeviceOnce() throws Exception {
    String page =
        mvc.perform(
                post("/console/surveys/kiosks")
                    .with(csrf())
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .param("name", "一樓服務台")
                    .param("survey", survey.code().value())
                    .param("unit", Long.toString(agency.unit().id())))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher link = LINK.matcher(page);
    assertThat(link.find()).as("the activation link on the page").isTrue();
    String token = link.group(1);
    Kiosk kiosk = kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks().get(0);
    Map<String, Object> row = kioskRow(kiosk.id());
    assertThat(kiosk.state()).isEqualTo(Kiosk.State.WAITING);
    assertThat(kiosk.unitId()).isEqualTo(agency.unit().id());
    assertThat(hex(row.get("activation_hash"))).as("only the digest").isEqualTo(sha256(token));
    assertThat(row.get("token_hash")).isNull();
    assertThat(
            Duration.between(
                ((java.sql.Timestamp) row.get("registered_at")).toInstant(),
                ((java.sql.Timestamp) row.get("activation_expires_at")).toInstant()))
        .isEqualTo(Duration.ofHours(24));

    // Opening the link only shows the button: a chat program's preview does not use it up.
    mvc.perform(get("/kiosk/activate/" + token))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("一樓服務台")));
    assertThat(kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks().get(0).state())
        .isEqualTo(Kiosk.State.WAITING);

    var activated =
        mvc.perform(post("/kiosk/activate/" + token).with(csrf()))
            .andExpect(redirectedUrl("/kiosk"))
            .andReturn()
            .getResponse();
    String cookie = activated.getHeader("Set-Cookie");
    assertThat(cookie)
        .startsWith(KioskFixtures.COOKIE + "=")
        .contains("Path=/kiosk", "HttpOnly", "SameSite=Strict", "Max-Age=")
        .doesNotContain("Secure");
    String device = activated.getCookie(KioskFixtures.COOKIE).getValue();
    row = kioskRow(kiosk.id());
    assertThat(row.get("activation_hash")).as("the link is used up").isNull();
    assertThat(hex(row.get("token_hash"))).isEqualTo(sha256(device));
    assertThat(device).hasSize(43).isNotEqualTo(token);

    mvc.perform(post("/kiosk/activate/" + token).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(get("/kiosk/activate/" + token)).andExpect(status().isNotFound());
    mvc.perform(get("/kiosk").cookie(new Cookie(KioskFixtures.COOKIE, device)))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("autocomplete=\"off\"")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString(survey.questionnaire().title().zh())));
  }

  @Test
  void overHttpsTheDeviceCookieIsSecure() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String cookie =
        mvc.perform(post("/kiosk/activate/" + registered.linkToken()).with(csrf()).secure(true))
            .andReturn()
            .getResponse()
            .getHeader("Set-Cookie");
    assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Strict");
  }

  @Test
  void anActivationLinkPastItsDayNoLongerWorks() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    jdbc.sql("update survey_kiosk set activation_expires_at = ? where id = ?")
        .params(OffsetDateTime.now().minusSeconds(1), registered.kiosk().id())
        .update();

    mvc.perform(get("/kiosk/activate/" + registered.linkToken())).andExpect(status().isNotFound());
    var refused =
        mvc.perform(post("/kiosk/activate/" + registered.linkToken()).with(csrf()))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse();
    assertThat(refused.getCookie(KioskFixtures.COOKIE)).isNull();
    assertThat(kioskRow(registered.kiosk().id()).get("token_hash")).isNull();
    assertThat(kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks().get(0).state())
        .isEqualTo(Kiosk.State.EXPIRED);
  }

  @Test
  void anUnregisteredDeviceSeesNoSurveyAndCannotAnswer() throws Exception {
    String page =
        mvc.perform(get("/kiosk"))
            .andExpect(status().isForbidden())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("answers[").doesNotContain("kiosk-form");
    mvc.perform(get("/kiosk").cookie(new Cookie(KioskFixtures.COOKIE, "made-up")))
        .andExpect(status().isForbidden());
    mvc.perform(
            KioskFixtures.answer("made-up", UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isForbidden());
  }

  @Test
  void aKioskAnswerIsRecordedAsTheKioskChannelWithTheKiosksUnit() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    UUID key = UUID.randomUUID();

    mvc.perform(
            KioskFixtures.answer(device, key, SurveyFixtures.counterAnswers(4))
                .accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/kiosk/thanks"));

    Map<String, Object> row =
        jdbc.sql(
                "select channel, unit_id, kiosk_id, client_key, service_code, case_number"
                    + " from survey_response where client_key = ?")
            .param(key)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("channel", "KIOSK")
        .containsEntry("unit_id", agency.unit().id())
        .containsEntry("kiosk_id", registered.kiosk().id())
        .containsEntry("client_key", key)
        .containsEntry("service_code", null)
        .containsEntry("case_number", null);
    mvc.perform(get("/kiosk/thanks"))
        .andExpect(status().isOk())
        .andExpect(header().string("Refresh", "5;url=/kiosk?lang=zh-TW"));
  }

  @Test
  void theSameAnswerSentTwiceWithItsClientKeyIsStoredOnce() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    UUID key = UUID.randomUUID();
    var answer = KioskFixtures.answer(device, key, SurveyFixtures.counterAnswers(5));

    mvc.perform(answer.accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isCreated())
        .andExpect(content().json("{\"stored\": true}"));
    mvc.perform(
            KioskFixtures.answer(device, key, SurveyFixtures.counterAnswers(5))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"stored\": false}"));
    mvc.perform(
            KioskFixtures.answer(device, key, SurveyFixtures.counterAnswers(5))
                .accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/kiosk/thanks"));

    assertThat(responses(registered.kiosk().id())).isOne();
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isCreated());
    assertThat(responses(registered.kiosk().id())).isEqualTo(2);
  }

  @Test
  void anAnswerBreakingARuleIsShownAgainWithItsErrorAndStoresNothing() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    Map<String, Object> answers = SurveyFixtures.counterAnswers(4);
    answers.remove("overall");
    answers.put("courtesy", 9);

    String page =
        mvc.perform(
                KioskFixtures.answer(device, UUID.randomUUID(), answers)
                    .accept(MediaType.TEXT_HTML))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("answers-overall-error", "answers-courtesy-error", "error-summary");
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), answers)
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnprocessableContent());
    assertThat(responses(registered.kiosk().id())).isZero();
  }

  @Test
  void aRevokedKioskIsRefusedFromItsNextRequest() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    mvc.perform(get("/kiosk").cookie(new Cookie(KioskFixtures.COOKIE, device)))
        .andExpect(status().isOk());

    mvc.perform(
            post("/console/surveys/kiosks/" + registered.kiosk().id() + "/revoke")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(redirectedUrl("/console/surveys/kiosks"));

    mvc.perform(get("/kiosk").cookie(new Cookie(KioskFixtures.COOKIE, device)))
        .andExpect(status().isForbidden());
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isForbidden());
    assertThat(responses(registered.kiosk().id())).isZero();
    assertThat(kiosks.overview(agency.as(Role.AGENCY_ADMIN)).kiosks().get(0).state())
        .isEqualTo(Kiosk.State.REVOKED);
  }

  @Test
  void anUnusedLinkOfARevokedKioskNoLongerWorks() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    kiosks.revoke(agency.as(Role.QUALITY_OFFICER), registered.kiosk().id());
    mvc.perform(post("/kiosk/activate/" + registered.linkToken()).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyTheAgencysQualityOfficerOrAdministratorReachesItsKiosks() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("KIOSKO", null);
    for (Role role : new Role[] {Role.COUNTER_CLERK, Role.CASE_OFFICER, Role.UNIT_HEAD}) {
      mvc.perform(get("/console/surveys/kiosks").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/console/surveys/kiosks/" + registered.kiosk().id() + "/revoke")
                  .with(csrf())
                  .with(user(agency.as(role))))
          .andExpect(status().isNotFound());
    }
    for (Role role : new Role[] {Role.QUALITY_OFFICER, Role.AGENCY_ADMIN}) {
      mvc.perform(
              post("/console/surveys/kiosks/" + registered.kiosk().id() + "/revoke")
                  .with(csrf())
                  .with(user(other.as(role))))
          .andExpect(status().isNotFound());
      mvc.perform(get("/console/surveys/kiosks").with(user(other.as(role))))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("一樓服務台"))));
    }
    mvc.perform(get("/console/surveys/kiosks").with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("一樓服務台")));
    assertThat(kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks().get(0).state())
        .isEqualTo(Kiosk.State.WAITING);
  }

  @Test
  void aKioskShowsOnlyAnOpenCounterOrGeneralSurveyOfItsAgencyAndOneOfItsUnits() throws Exception {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("KIOSKS", null);
    SurveyView othersSurvey = SurveyFixtures.open(context, other, "counter", 30);
    SurveyView staffSurvey = SurveyFixtures.open(context, agency, "staff", 30);
    for (String code :
        new String[] {othersSurvey.code().value(), staffSurvey.code().value(), "X"}) {
      mvc.perform(
              post("/console/surveys/kiosks")
                  .with(csrf())
                  .with(user(agency.as(Role.QUALITY_OFFICER)))
                  .param("name", "櫃台")
                  .param("survey", code))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("survey-error")));
    }
    mvc.perform(
            post("/console/surveys/kiosks")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("name", " ")
                .param("survey", survey.code().value())
                .param("unit", Long.toString(other.unit().id())))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("name-error")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("unit-error")));
    assertThat(kiosks.overview(agency.as(Role.QUALITY_OFFICER)).kiosks()).isEmpty();
  }

  @Test
  void anAnswerFromAnotherSitesPageIsRefused() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    for (String site : new String[] {"cross-site", "same-site"}) {
      mvc.perform(
              KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                  .header("Sec-Fetch-Site", site)
                  .accept(MediaType.TEXT_HTML))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                .header("Sec-Fetch-Site", "same-origin")
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isCreated());
    assertThat(responses(registered.kiosk().id())).isOne();
  }

  @Test
  void aKioskWhoseSurveyClosedSaysSoAndTakesNoAnswer() throws Exception {
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, registered.linkToken());
    context.getBean(Surveys.class).close(agency.as(Role.QUALITY_OFFICER), survey.code());
    mvc.perform(get("/kiosk").cookie(new Cookie(KioskFixtures.COOKIE, device)))
        .andExpect(status().isConflict())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("kiosk-form"))));
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(5))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isConflict());
    assertThat(responses(registered.kiosk().id())).isZero();
  }
}
