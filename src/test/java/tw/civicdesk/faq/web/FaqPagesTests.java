// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.FaqCode;
import tw.civicdesk.faq.FaqFeedback;
import tw.civicdesk.faq.FaqFixtures;
import tw.civicdesk.faq.FaqStatus;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The FAQ pages over MockMvc: the public list and entry (no draft, no notes), votes counted once a
 * day per browser, the console form's field errors and summary, reach by role.
 */
@IntegrationTest
class FaqPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Faq faq;
  @Autowired FaqFeedback feedback;

  TestOrganisation.Setup agency;
  StaffEntry published;
  StaffEntry draft;

  @BeforeEach
  void entries() {
    agency = TestOrganisation.from(context).agency("FAQP", null);
    published = FaqFixtures.published(context, agency, "PUB", "身分證遺失怎麼補發？");
    draft = FaqFixtures.draft(context, agency, "HIDDEN", "這是尚未公開的草稿問題");
  }

  @Test
  void theListShowsPublishedEntriesByCategoryAndNeverADraft() throws Exception {
    String html =
        mvc.perform(get("/faq").param("agency", agency.code().value()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("h2").eachText()).contains("一般問題");
    assertThat(page.select("a[href=/faq/" + code(published) + "]").text()).isEqualTo("身分證遺失怎麼補發？");
    assertThat(html).doesNotContain("尚未公開的草稿", code(draft));
    assertThat(mvc.perform(get("/faq")).andReturn().getResponse().getContentAsString())
        .contains("身分證遺失怎麼補發？")
        .doesNotContain("尚未公開的草稿");
  }

  @Test
  void theEntryPageShowsTheAnswerAndAgencyNeverTheNotesAndADraftIs404() throws Exception {
    String html =
        mvc.perform(get("/faq/" + code(published)).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("請攜帶身分證正本。", "Did this answer help you?")
        .doesNotContain("secretnote", "secretstep");
    mvc.perform(get("/faq/" + code(draft))).andExpect(status().isNotFound());
    mvc.perform(get("/faq/NO-SUCH-ENTRY")).andExpect(status().isNotFound());
    mvc.perform(get("/faq/not a code")).andExpect(status().isNotFound());
    assertThat(feedback.answeredViews(agency.code(), days(-2), days(2))).contains(1L);
  }

  @Test
  void aSecondVoteFromTheSameBrowserOnTheSameDayIsNotCounted() throws Exception {
    Cookie voted =
        mvc.perform(post("/faq/" + code(published) + "/vote").with(csrf()).param("helpful", "no"))
            .andExpect(redirectedUrl("/faq/" + code(published) + "#vote"))
            .andExpect(cookie().httpOnly("faq-voted-" + code(published), true))
            .andReturn()
            .getResponse()
            .getCookie("faq-voted-" + code(published));
    mvc.perform(
            post("/faq/" + code(published) + "/vote")
                .with(csrf())
                .cookie(voted)
                .param("helpful", "no"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/faq/" + code(published)).cookie(voted))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("name=\"helpful\""))));
    var list = feedback.unhelpful(agency.as(Role.QUALITY_OFFICER), agency.code());
    assertThat(list).singleElement().satisfies(u -> assertThat(u.unhelpful()).isOne());
    mvc.perform(post("/faq/" + code(draft) + "/vote").with(csrf()).param("helpful", "yes"))
        .andExpect(status().isNotFound());
  }

  @Test
  void theFormShowsEveryProblemBesideItsFieldAndInTheSummaryAndStoresNothing() throws Exception {
    String html =
        mvc.perform(
                post("/console/faq/new")
                    .with(csrf())
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .param("agency", agency.code().value())
                    .param("code", "x")
                    .param("category", "")
                    .param("questionZh", "")
                    .param("answerZh", "<script>x</script>")
                    .param("services", "NO-SUCH-SERVICE")
                    .param("reviewOn", ""))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select(".error-summary a").eachAttr("href"))
        .contains(
            "#code", "#category", "#unitId", "#questionZh", "#answerZh", "#services", "#reviewOn");
    assertThat(page.select("#questionZh-error").text()).isEqualTo("請輸入中文問題。");
    assertThat(page.select("#questionZh").attr("aria-describedby")).isEqualTo("questionZh-error");
    assertThat(page.select("#services-error").text()).contains("NO-SUCH-SERVICE");
    assertThat(page.select("#answerZh").attr("aria-describedby"))
        .isEqualTo("answerZh-hint answerZh-error");
    assertThat(faq.entries(agency.as(Role.QUALITY_OFFICER), agency.code())).hasSize(2);
  }

  @Test
  void aQualityOfficerCreatesAnEntryInOneRoundTrip() throws Exception {
    String code = agency.code().value() + "-FAQ-FORM";
    mvc.perform(
            post("/console/faq/new")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("agency", agency.code().value())
                .param("code", code.toLowerCase())
                .param("category", FaqFixtures.CATEGORY)
                .param("unitId", Long.toString(agency.unit().id()))
                .param("questionZh", "可以用手機申請嗎？")
                .param("answerZh", "可以。\n\n請先註冊。")
                .param("sopZh", "查驗身分\n登錄系統")
                .param("sopEn", "Check the ID\nRecord it")
                .param("reviewOn", LocalDate.now().plusMonths(6).toString()))
        .andExpect(redirectedUrl("/console/faq/" + code));
    StaffEntry e = faq.forStaff(agency.as(Role.COUNTER_CLERK), new FaqCode(code));
    assertThat(e.status()).isEqualTo(FaqStatus.DRAFT);
    assertThat(e.entry().answer().zh()).isEqualTo("<p>可以。</p><p>請先註冊。</p>");
    assertThat(e.sop()).hasSize(2);
    mvc.perform(
            post("/console/faq/" + code + "/status")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("status", "PUBLISHED")
                .param("version", Integer.toString(e.version())))
        .andExpect(redirectedUrl("/console/faq/" + code));
    assertThat(faq.published(new FaqCode(code))).isPresent();
  }

  @Test
  void everyStaffMemberReadsTheKnowledgeBaseButOnlyWritersOpenTheForms() throws Exception {
    for (Role role : Role.values()) {
      if (role == Role.SYSTEM_ADMIN) {
        continue;
      }
      boolean writer = role == Role.QUALITY_OFFICER || role == Role.AGENCY_ADMIN;
      mvc.perform(get("/console/faq").with(user(agency.as(role)))).andExpect(status().isOk());
      mvc.perform(get("/console/faq/" + code(draft)).with(user(agency.as(role))))
          .andExpect(status().isOk())
          .andExpect(content().string(org.hamcrest.Matchers.containsString("secretnote")));
      for (String page :
          new String[] {
            "/console/faq/new",
            "/console/faq/" + code(draft) + "/edit",
            "/console/faq/categories",
            "/console/faq/feedback"
          }) {
        mvc.perform(get(page).with(user(agency.as(role))))
            .andExpect(writer ? status().isOk() : status().isForbidden());
      }
    }
  }

  private static String code(StaffEntry e) {
    return e.entry().code().value();
  }

  private static LocalDate days(int n) {
    return LocalDate.now().plusDays(n);
  }
}
