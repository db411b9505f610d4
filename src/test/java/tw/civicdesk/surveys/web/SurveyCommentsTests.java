// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.CommentFilter;
import tw.civicdesk.surveys.PeerFixtures;
import tw.civicdesk.surveys.SurveyComment;
import tw.civicdesk.surveys.SurveyComments;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * A survey's free-text answers: searched with the wildcards taken literally, newest first in pages
 * that keep their filters, tagged by the agency's quality officer only, read by nobody outside the
 * agency (its supervising agency included), and never shown with a case number.
 */
@IntegrationTest
class SurveyCommentsTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired SurveyComments comments;
  @Autowired Surveys surveys;
  @Autowired CaseWork work;

  TestOrganisation.Setup county;
  TestOrganisation.Setup agency;
  TestOrganisation.Setup peer;
  SurveyView survey;

  @BeforeEach
  void aCountyWithTwoOffices() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("CCOUNTY", null);
    agency = orgs.agency("CTOWN", county.code());
    peer = orgs.agency("CPEER", county.code());
    survey = SurveyFixtures.open(context, agency, "counter", 30);
  }

  private String path() {
    return "/console/surveys/" + survey.code().value() + "/comments";
  }

  private long comment(String text, String day) {
    return PeerFixtures.answer(
        context, survey, PeerFixtures.counter(4, text), LocalDate.parse(day));
  }

  private List<String> texts(String search) {
    return comments
        .list(
            agency.as(Role.QUALITY_OFFICER),
            survey.code(),
            new CommentFilter(search, null, null, null, 1))
        .comments()
        .stream()
        .map(SurveyComment::text)
        .toList();
  }

  private Document page(String url, StaffPrincipal as) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(java.net.URI.create(url)).with(user(as)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void aSearchIgnoresCaseAndTakesPercentAndUnderscoreAsPlainCharacters() {
    comment("停車位 100% 不夠", "2026-03-01");
    comment("停車位 100 個", "2026-03-02");
    comment("表單 a_b 欄", "2026-03-03");
    comment("表單 axb 欄", "2026-03-04");
    comment("The PARKING lot is full", "2026-03-05");
    comment("back\\slash", "2026-03-06");

    assertThat(texts("%")).containsExactly("停車位 100% 不夠");
    assertThat(texts("100%")).containsExactly("停車位 100% 不夠");
    assertThat(texts("_")).containsExactly("表單 a_b 欄");
    assertThat(texts("a_b")).containsExactly("表單 a_b 欄");
    assertThat(texts("\\")).containsExactly("back\\slash");
    assertThat(texts("parking")).containsExactly("The PARKING lot is full");
    assertThat(texts("停車")).containsExactly("停車位 100 個", "停車位 100% 不夠");
    assertThat(texts("' or 1=1 --")).isEmpty();
    assertThat(texts(null)).hasSize(6);
  }

  @Test
  void answersComeNewestFirstTwentyAPageAndTheNextPageKeepsTheFilters() throws Exception {
    for (int day = 1; day <= 25; day++) {
      comment("排隊太久 " + day, String.format("2026-01-%02d", day));
    }
    comment("其他意見", "2026-01-26");
    StaffPrincipal officer = agency.as(Role.QUALITY_OFFICER);

    Document first = page(path() + "?q=" + java.net.URLEncoder.encode("排隊", UTF_8), officer);
    assertThat(first.select("blockquote.comment-text")).hasSize(20);
    assertThat(first.select("blockquote.comment-text").first().text()).isEqualTo("排隊太久 25");
    assertThat(first.select("#comments-heading").text()).contains("25");
    String next = first.select("a[rel=next]").attr("href");
    assertThat(next).contains("page=2").contains("q=");

    Document second = page(next, officer);
    assertThat(second.select("blockquote.comment-text").eachText())
        .containsExactly("排隊太久 5", "排隊太久 4", "排隊太久 3", "排隊太久 2", "排隊太久 1");
    assertThat(second.select("a[rel=next]")).isEmpty();
    assertThat(second.select("a[rel=prev]")).isNotEmpty();

    Document january = page(path() + "?from=2026-01-24&to=2026-01-25", officer);
    assertThat(january.select("blockquote.comment-text").eachText())
        .containsExactly("排隊太久 25", "排隊太久 24");
  }

  @Test
  void theQualityOfficerTagsAndUntagsAndComesBackToTheSameFilters() throws Exception {
    long response = comment("停車位不夠", "2026-02-01");
    comment("服務很好", "2026-02-02");

    String location =
        mvc.perform(
                post(path() + "/tags")
                    .with(csrf())
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .param("responseId", String.valueOf(response))
                    .param("questionId", "comment")
                    .param("label", "  停車 ")
                    .param("q", "停車")
                    .param("page", "1"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith(path() + "?q=").endsWith("#comment-" + response + "-comment");

    Document tagged =
        page(
            path() + "?tag=" + java.net.URLEncoder.encode("停車", UTF_8),
            agency.as(Role.QUALITY_OFFICER));
    assertThat(tagged.select("blockquote.comment-text").eachText()).containsExactly("停車位不夠");
    assertThat(tagged.select(".comment-tags .tag").eachText()).containsExactly("停車");
    assertThat(tagged.select("select#tag option").eachAttr("value")).contains("停車");

    mvc.perform(
            post(path() + "/tags/remove")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("responseId", String.valueOf(response))
                .param("questionId", "comment")
                .param("label", "停車"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            comments
                .list(
                    agency.as(Role.QUALITY_OFFICER),
                    survey.code(),
                    new CommentFilter(null, "停車", null, null, 1))
                .total())
        .isZero();
  }

  @Test
  void aTagMustBeOneLineOfOneToTwentyCharactersAndTheFormSaysSo() throws Exception {
    long response = comment("等很久", "2026-02-01");
    for (String bad : List.of("", "   ", "一二三四五六七八九十一二三四五六七八九十一", "兩\n行")) {
      String html =
          mvc.perform(
                  post(path() + "/tags")
                      .with(csrf())
                      .with(user(agency.as(Role.QUALITY_OFFICER)))
                      .param("responseId", String.valueOf(response))
                      .param("questionId", "comment")
                      .param("label", bad))
              .andExpect(status().isBadRequest())
              .andReturn()
              .getResponse()
              .getContentAsString();
      Document page = Jsoup.parse(html);
      assertThat(page.select("#label-error-" + response + "-comment").text())
          .as("error for %s", bad)
          .isNotBlank();
      assertThat(page.select("#label-" + response + "-comment").attr("aria-invalid"))
          .isEqualTo("true");
    }
    assertThat(
            comments.list(agency.as(Role.QUALITY_OFFICER), survey.code(), CommentFilter.ALL).tags())
        .isEmpty();
  }

  @Test
  void onlyTheAgencysQualityOfficerTagsAndNobodyOutsideTheAgencyReads() throws Exception {
    long response = comment("機密的抱怨", "2026-02-01");
    for (Role role : List.of(Role.COUNTER_CLERK, Role.CASE_OFFICER, Role.UNIT_HEAD)) {
      mvc.perform(get(path()).with(user(agency.as(role)))).andExpect(status().isNotFound());
    }
    for (Role role :
        List.of(Role.COUNTER_CLERK, Role.AGENCY_HEAD, Role.AGENCY_ADMIN, Role.UNIT_HEAD)) {
      mvc.perform(
              post(path() + "/tags")
                  .with(csrf())
                  .with(user(agency.as(role)))
                  .param("responseId", String.valueOf(response))
                  .param("questionId", "comment")
                  .param("label", "不該有"))
          .andExpect(status().isNotFound());
    }
    for (TestOrganisation.Setup outside : List.of(county, peer)) {
      for (Role role : List.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD)) {
        mvc.perform(get(path()).with(user(outside.as(role)))).andExpect(status().isNotFound());
      }
    }
    Document head = page(path(), agency.as(Role.AGENCY_HEAD));
    assertThat(head.select("blockquote.comment-text").eachText()).containsExactly("機密的抱怨");
    assertThat(head.select("form.comment-tag-form")).as("the head reads, never tags").isEmpty();
    page(path(), agency.as(Role.SYSTEM_ADMIN));
    assertThat(
            comments.list(agency.as(Role.QUALITY_OFFICER), survey.code(), CommentFilter.ALL).tags())
        .isEmpty();
  }

  @Test
  void aStaffSurveysCommentsStayWithTheAgencysQualityOfficerHeadAndAdministrator()
      throws Exception {
    SurveyView staff = SurveyFixtures.open(context, agency, "staff", 30);
    Map<String, Object> own = new java.util.LinkedHashMap<>();
    for (String id :
        List.of("workplace", "training", "systems", "supervisor", "teamwork", "overall")) {
      own.put(id, 3);
    }
    own.put("comment", "加班太多");
    surveys.answerAsStaff(agency.as(Role.CASE_OFFICER), staff.code(), own);
    String path = "/console/surveys/" + staff.code().value() + "/comments";

    for (Role role : List.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD, Role.AGENCY_ADMIN)) {
      assertThat(page(path, agency.as(role)).select("blockquote.comment-text").eachText())
          .containsExactly("加班太多");
    }
    for (StaffPrincipal outside :
        List.of(
            agency.as(Role.SYSTEM_ADMIN),
            agency.as(Role.CASE_OFFICER),
            county.as(Role.QUALITY_OFFICER))) {
      mvc.perform(get(path).with(user(outside))).andExpect(status().isNotFound());
    }
  }

  @Test
  void aPostCaseCommentIsListedWithoutItsCaseNumber() throws Exception {
    SurveyView postCase = SurveyFixtures.open(context, agency, "post-case", 30);
    CaseFixtures cases = CaseFixtures.of(context, agency, new ServiceCode("CMT-SERVICE"));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    CaseNumber n =
        cases
            .fileOnline(CaseFixtures.byEmail("cmt@example.invalid", java.util.Locale.TAIWAN), today)
            .number();
    CaseWork.HeldReceipt receipt =
        work.held(n.value(), work.verificationCode(n), "10.9.9.8").orElseThrow();
    var stepped = cases.inProgress(n);
    work.decide(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Decide(n, stepped.version(), Decision.APPROVED, "符合資格", null));
    surveys.answerAfterCase(
        receipt,
        Map.of(
            "in-time",
            5,
            "result-clear",
            4,
            "officer",
            4,
            "tracking",
            4,
            "overall",
            5,
            "comment",
            "承辦人很幫忙"));

    String html =
        mvc.perform(
                get("/console/surveys/" + postCase.code().value() + "/comments")
                    .with(user(agency.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("blockquote.comment-text").eachText())
        .containsExactly("承辦人很幫忙");
    assertThat(html).doesNotContain(n.value()).doesNotContain(n.grouped());
  }

  @Test
  void aMalformedDayIsAFieldErrorAndAnUnknownSurveyIsNotFound() throws Exception {
    mvc.perform(get(path() + "?from=2026-13-01").with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/console/surveys/NO-SUCH-SURVEY/comments")
                .with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
  }
}
