// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Plans;

/**
 * The plan's close asks first and changes nothing until confirmed; the overview offers the years
 * that have plans and opens on the latest; plan pages name the framework rather than its code.
 */
@IntegrationTest
class PlanCloseAndOverviewTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;

  Setup county;
  Setup township;

  @BeforeEach
  void agencies() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("PCO", null);
    township = orgs.agency("PCT", county.code());
  }

  private Plan inExecution(Setup agency, int year) {
    Plan p = new EvaluationFixtures(context).approvedPlan(agency, year, "SQA-FRONTLINE");
    p = plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
    return plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.START, null);
  }

  @Test
  void closingAPlanAsksForConfirmationAndChangesNothingUntilConfirmed() throws Exception {
    Plan plan = inExecution(township, 2026);
    String page = "/console/plans/" + plan.id();
    String asked =
        mvc.perform(
                post(page + "/actions/close")
                    .with(csrf())
                    .param("lang", "zh-TW")
                    .with(user(township.as(Role.QUALITY_OFFICER)))
                    .param("version", String.valueOf(plan.version())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document confirm = Jsoup.parse(asked);
    assertThat(confirm.select("h1").text()).isEqualTo("確定要結案嗎？");
    assertThat(confirm.select("form[action$=/actions/close] input[name=confirm]").val())
        .isEqualTo("true");
    assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.IN_EXECUTION);

    mvc.perform(
            post(page + "/actions/close")
                .with(csrf())
                .param("confirm", "yes")
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", String.valueOf(plan.version())))
        .andExpect(status().isOk());
    assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.IN_EXECUTION);

    mvc.perform(
            post(page + "/actions/close")
                .with(csrf())
                .param("confirm", "true")
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", String.valueOf(plan.version())))
        .andExpect(redirectedUrl(page));
    assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.CLOSED);
  }

  @Test
  void theOverviewOffersTheYearsWithPlansAndOpensOnTheLatest() throws Exception {
    inExecution(township, 2019);
    inExecution(township, 2021);
    String html =
        mvc.perform(
                get("/console/performance/overview")
                    .param("lang", "en")
                    .with(user(county.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select(".year-links a").eachText()).containsExactly("2021", "2019");
    assertThat(page.select(".year-links a[aria-current=page]").text()).isEqualTo("2021");
    assertThat(page.select("#overview-table caption").text()).contains("2021");
    assertThat(page.select(".table-scroll > #overview-table")).hasSize(1);
    assertThat(page.select("#overview-table tbody td").eachText())
        .contains("110年度提升服務品質執行計畫", "In execution");
  }

  @Test
  void planPagesNameTheFrameworkAndTheStatusInThePagesLanguage() throws Exception {
    Plan plan = inExecution(township, 2026);
    for (String lang : new String[] {"zh-TW", "en"}) {
      for (String path :
          new String[] {
            "/console/plans/" + plan.id(), "/agencies/" + township.code().value() + "/plan"
          }) {
        String text =
            Jsoup.parse(
                    mvc.perform(
                            get(path)
                                .param("lang", lang)
                                .with(user(township.as(Role.QUALITY_OFFICER))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .text();
        assertThat(text)
            .as(path + " " + lang)
            .doesNotContain("SQA-FRONTLINE", "IN_EXECUTION", "PUBLISHED", "APPROVED")
            .contains(lang.equals("en") ? "In execution" : "執行中");
      }
    }
  }
}
