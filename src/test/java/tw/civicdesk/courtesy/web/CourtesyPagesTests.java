// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.courtesy.Courtesy;
import tw.civicdesk.courtesy.CourtesyFixtures;
import tw.civicdesk.courtesy.CourtesyTest;
import tw.civicdesk.courtesy.FollowUp;
import tw.civicdesk.courtesy.FollowUps;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The courtesy pages over MockMvc: the form records a server-scored test (a total sent by the
 * client is ignored) and refuses bad input beside each field with 422; the schedule and form are
 * 404 to staff off the panel, another agency's tests and follow-ups 404; names stay hidden.
 */
@IntegrationTest
class CourtesyPagesTests {

  static final LocalDateTime MARCH = LocalDateTime.of(2026, 3, 3, 10, 15);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Courtesy courtesy;
  @Autowired FollowUps followUps;
  @Autowired JdbcClient jdbc;

  MockHttpServletRequestBuilder fullForm(TestOrganisation.Setup a, String mark) {
    return fullForm(a, mark, java.util.Map.of());
  }

  /** The form filled in, with {@code changed} parameters in place of the usual ones. */
  MockHttpServletRequestBuilder fullForm(
      TestOrganisation.Setup a, String mark, java.util.Map<String, String> changed) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("calledOn", "2026-03-03");
    values.put("unitId", String.valueOf(a.unit().id()));
    values.put("rings[0]", "4");
    values.putAll(changed);
    MockHttpServletRequestBuilder post =
        post("/console/courtesy/tests/new")
            .with(csrf())
            .param("sheetId", String.valueOf(courtesy.currentSheet(a.code()).id()))
            .param("calledOn", values.get("calledOn"))
            .param("calledTime", "10:15")
            .param("unitId", values.get("unitId"))
            .param("extension", "201")
            .param("parts", "SWITCHBOARD", "UNIT")
            .param("rings[0]", values.get("rings[0]"))
            .param("rings[1]", "")
            .param("seconds[1]", "8")
            .param("answeredBy", "林小姐")
            .param("total", "100");
    for (int i : List.of(1, 2, 3, 5, 6, 7, 8, 9)) {
      post.param("marks[" + i + "]", mark);
    }
    return post;
  }

  @Test
  void theFormRecordsATestScoredByTheServer() throws Exception {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CPF", null);
    StaffPrincipal officer = a.as(Role.QUALITY_OFFICER);
    String location =
        mvc.perform(fullForm(a, "3").with(user(officer)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    // 25 + 15 (within 4 rings, 8 s) + 60 × 3/5 = 76.0, whatever "total" the client sent.
    assertThat(courtesy.test(officer, id).total()).isEqualByComparingTo("76.0");
    String html =
        mvc.perform(get(location).with(user(officer)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("電話禮貌測試 " + id);
    assertThat(html).contains("76.0", "普通").doesNotContain("林小姐");
  }

  @Test
  void badInputIsRefusedBesideEachFieldAndNothingIsRecorded() throws Exception {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CPE", null);
    String html =
        mvc.perform(
                fullForm(
                        a,
                        "9",
                        java.util.Map.of("unitId", "", "calledOn", "2099-01-01", "rings[0]", ""))
                    .param("lang", "en")
                    .with(user(a.as(Role.QUALITY_OFFICER))))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select(".error-summary a").eachAttr("href"))
        .contains("#calledOn", "#unitId", "#rings0", "#marks1", "#marks9");
    assertThat(page.select("#marks1-error").text()).isEqualTo("Give a mark from 0 to 5.");
    assertThat(page.select("#rings0-error").text())
        .isEqualTo("Enter the rings or the seconds before the call was answered.");
    Long tests =
        jdbc.sql("select count(*) from courtesy_test where agency_code = ?")
            .param(a.code().value())
            .query(Long.class)
            .single();
    assertThat(tests).isZero();
  }

  @Test
  void theScheduleAndTheFormAreNotFoundToStaffOffThePanel() throws Exception {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CPS", null);
    for (Role role :
        List.of(Role.CASE_OFFICER, Role.UNIT_HEAD, Role.AGENCY_HEAD, Role.AGENCY_ADMIN)) {
      StaffPrincipal s = a.as(role);
      mvc.perform(get("/console/courtesy/schedule").with(user(s))).andExpect(status().isNotFound());
      mvc.perform(get("/console/courtesy/tests/new").with(user(s)))
          .andExpect(status().isNotFound());
      mvc.perform(fullForm(a, "5").with(user(s))).andExpect(status().isNotFound());
      mvc.perform(
              post("/console/courtesy/schedule")
                  .with(csrf())
                  .with(user(s))
                  .param("from", "2026-04-01")
                  .param("to", "2026-04-02")
                  .param("unitId", String.valueOf(a.unit().id())))
          .andExpect(status().isNotFound());
    }
    courtesy.setPanel(a.as(Role.QUALITY_OFFICER), a.code(), a.username(Role.CASE_OFFICER), true);
    StaffPrincipal tester = a.as(Role.CASE_OFFICER);
    mvc.perform(get("/console/courtesy/schedule").with(user(tester))).andExpect(status().isOk());
    mvc.perform(get("/console/courtesy/tests/new").with(user(tester))).andExpect(status().isOk());
    mvc.perform(get("/console/courtesy/panel").with(user(tester))).andExpect(status().isNotFound());
  }

  @Test
  void anotherAgencysTestsAndFollowUpsAreNotFound() throws Exception {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CPO", null);
    TestOrganisation.Setup b = TestOrganisation.from(context).agency("CPO", null);
    CourtesyTest low =
        courtesy.record(
            a.as(Role.QUALITY_OFFICER),
            a.code(),
            CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(9, 1)));
    FollowUp f = followUps.list(a.as(Role.QUALITY_OFFICER), a.code()).get(0);
    for (Role role : List.of(Role.QUALITY_OFFICER, Role.UNIT_HEAD, Role.SYSTEM_ADMIN)) {
      StaffPrincipal other = b.as(role);
      mvc.perform(get("/console/courtesy/tests/" + low.id()).with(user(other)))
          .andExpect(status().isNotFound());
      mvc.perform(get("/console/courtesy/follow-ups/" + f.id()).with(user(other)))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/console/courtesy/follow-ups/" + f.id() + "/report")
                  .with(csrf())
                  .with(user(other))
                  .param("version", "0")
                  .param("report", "x"))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/console/courtesy/follow-ups/" + f.id()).with(user(a.as(Role.CASE_OFFICER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/courtesy/follow-ups/" + f.id()).with(user(a.as(Role.UNIT_HEAD))))
        .andExpect(status().isOk());
  }

  @Test
  void everyCourtesyPageOpensForTheQualityOfficer() throws Exception {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CPA", null);
    StaffPrincipal officer = a.as(Role.QUALITY_OFFICER);
    courtesy.record(
        officer, a.code(), CourtesyFixtures.test(context, a, MARCH, CourtesyFixtures.both(9, 1)));
    for (String path :
        List.of(
            "/console/courtesy",
            "/console/courtesy/results?year=2026",
            "/console/courtesy/schedule",
            "/console/courtesy/panel",
            "/console/courtesy/sheet",
            "/console/courtesy/follow-ups")) {
      String html =
          mvc.perform(get(path).with(user(officer)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(Jsoup.parse(html).select("h1")).as(path).hasSize(1);
    }
  }
}
