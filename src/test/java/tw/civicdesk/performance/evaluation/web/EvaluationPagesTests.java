// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.evaluation.EvaluationFixtures;
import tw.civicdesk.performance.evaluation.EvaluationStatus;
import tw.civicdesk.performance.evaluation.Evaluations;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.reports.ReportFiles;

/**
 * The evaluation page, its form and its actions; the report downloads; the overview — through the
 * web layer, as the browser sends them.
 */
@IntegrationTest
class EvaluationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Evaluations evaluations;

  Setup county;
  Setup township;
  Plan plan;

  @BeforeEach
  void aPlan() {
    TestOrganisation org = TestOrganisation.from(context);
    county = org.agency("WCOUNTY", null);
    township = org.agency("WTOWN", county.code());
    plan = new EvaluationFixtures(context).approvedPlan(township, 2026, "SQA-FRONTLINE");
  }

  private String path(String rest) {
    return "/console/plans/" + plan.id() + rest;
  }

  @Test
  void aReviewerOpensScoresWithFieldErrorsFirstAndFinalises() throws Exception {
    mvc.perform(
            post(path("/evaluation/open")).with(csrf()).with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(redirectedUrl(path("/evaluation")));
    String bad =
        mvc.perform(
                post(path("/evaluation"))
                    .with(csrf())
                    .with(user(county.as(Role.QUALITY_OFFICER)))
                    .param("lang", "zh-TW")
                    .param("scores[01.01]", "150")
                    .param("comments[01.01]", "流程清楚")
                    .param("scores[01.02]", "120")
                    .param("scores[02.01]", "八十"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(bad);
    assertThat(page.getElementById("score-02-01-error").text()).contains("數字");
    assertThat(page.getElementById("score-01-01").val()).isEqualTo("150");
    assertThat(evaluations.scorecardOf(plan).orElseThrow().scores()).isEmpty();

    bad =
        mvc.perform(
                post(path("/evaluation"))
                    .with(csrf())
                    .with(user(county.as(Role.QUALITY_OFFICER)))
                    .param("lang", "zh-TW")
                    .param("scores[01.01]", "150")
                    .param("scores[01.02]", "120"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    page = Jsoup.parse(bad);
    assertThat(page.getElementById("score-01-02-error").text()).contains("0 至 100");
    assertThat(page.getElementById("score-01-02").attr("aria-invalid")).isEqualTo("true");

    mvc.perform(
            post(path("/evaluation"))
                .with(csrf())
                .with(user(county.as(Role.QUALITY_OFFICER)))
                .param("scores[01.01]", "150")
                .param("comments[01.01]", "流程清楚")
                .param("scores[03.01]", "270.5"))
        .andExpect(redirectedUrl(path("/evaluation")));
    String shown =
        mvc.perform(
                get(path("/evaluation"))
                    .param("lang", "zh-TW")
                    .with(user(township.as(Role.CASE_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document view = Jsoup.parse(shown);
    assertThat(view.select("#scores-table tfoot td").eachText())
        .containsExactly("1000", "—", "420.5", "—");
    assertThat(view.text()).contains("流程清楚");
    assertThat(view.getElementById("score-form")).as("a case officer does not score").isNull();

    int version =
        evaluations.find(county.as(Role.QUALITY_OFFICER), plan.id()).orElseThrow().version();
    mvc.perform(
            post(path("/evaluation/finalise"))
                .with(csrf())
                .with(user(county.as(Role.QUALITY_OFFICER)))
                .param("version", "" + version))
        .andExpect(redirectedUrl(path("/evaluation")));
    assertThat(evaluations.find(county.as(Role.QUALITY_OFFICER), plan.id()).orElseThrow().status())
        .isEqualTo(EvaluationStatus.FINAL);
    mvc.perform(
            post(path("/evaluation"))
                .with(csrf())
                .with(user(county.as(Role.QUALITY_OFFICER)))
                .param("scores[01.01]", "10"))
        .andExpect(status().isConflict());
  }

  @Test
  void theReportDownloadsArePrivateAttachmentsOfTheirKind() throws Exception {
    evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), null);
    evaluations.score(
        township.as(Role.QUALITY_OFFICER),
        plan.id(),
        EvaluationFixtures.sheet("01.01", 180, "03.01", 250));
    for (Map.Entry<String, String> kind :
        Map.of(
                ".odt",
                "application/vnd.oasis.opendocument.text",
                ".ods",
                "application/vnd.oasis.opendocument.spreadsheet",
                ".pdf",
                "application/pdf")
            .entrySet()) {
      byte[] file =
          mvc.perform(
                  get(path("/report" + kind.getKey()))
                      .param("lang", "zh-TW")
                      .with(user(county.as(Role.QUALITY_OFFICER))))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Type", kind.getValue()))
              .andExpect(
                  header()
                      .string(
                          "Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
              .andExpect(
                  header()
                      .string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
              .andExpect(header().string("X-Content-Type-Options", "nosniff"))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      String text = ReportFiles.text(kind.getKey(), file);
      assertThat(text).as(kind.getKey()).contains("定期辦理公文稽催管制", "未填報", "430");
      if (!kind.getKey().equals(".ods")) {
        assertThat(text).contains("測試機關", "115年度提升服務品質執行計畫");
      }
    }
  }

  @Test
  void theOverviewShowsTheAgenciesBelowWithTheirPlansAndTotals() throws Exception {
    evaluations.open(county.as(Role.QUALITY_OFFICER), plan.id(), null);
    evaluations.score(
        county.as(Role.QUALITY_OFFICER), plan.id(), EvaluationFixtures.sheet("01.01", 160));
    String html =
        mvc.perform(
                get("/console/performance/overview?year=2026&lang=zh-TW")
                    .with(user(county.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#overview-table tbody tr")).hasSize(1);
    assertThat(page.select("#overview-table tbody tr td").eachText())
        .contains("115年度提升服務品質執行計畫", "2", "0", "160");
    mvc.perform(
            get("/console/performance/overview?year=20x6")
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/console/performance/overview").with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/performance/overview").with(user(county.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());
  }
}
