// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.MonitoringFixtures;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;

/**
 * The indicators' part of a plan's page comes from this room through the plans' PlanPageSection: a
 * plan in execution shows its indicator, a draft with the same indicator shows none; the public
 * plan page shows them too.
 */
@IntegrationTest
class PlanPageReadingsTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Plans plans;

  private Document page(Plan plan, StaffPrincipal staff) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/console/plans/" + plan.id()).with(user(staff)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void aPlanInExecutionShowsItsIndicatorsAndADraftShowsNone() throws Exception {
    MonitoringFixtures f = MonitoringFixtures.create(context, "IRTOWN", null, 2025);
    StaffPrincipal officer = f.u1(Role.QUALITY_OFFICER);

    Document working = page(f.plan, officer);
    assertThat(working.select("section[aria-labelledby=indicators-heading] tbody th").text())
        .contains("稽催件數");

    Plan draft =
        plans.create(
            officer,
            new Plans.NewPlan(
                f.plan.agencyCode(),
                2026,
                PlanKind.PLAN,
                "2026年度提升服務品質執行計畫",
                null,
                MonitoringFixtures.content()));
    assertThat(page(draft, officer).select("#indicators-heading")).isEmpty();
  }

  @Test
  void thePublicPlanPageShowsTheIndicatorsOfThePlanInExecutionInBothLanguages() throws Exception {
    MonitoringFixtures f = MonitoringFixtures.create(context, "IRPUB", null, 2025);
    for (String lang : new String[] {"zh-TW", "en"}) {
      Document page =
          Jsoup.parse(
              mvc.perform(get("/agencies/" + f.plan.agencyCode() + "/plan").param("lang", lang))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      assertThat(page.select("section[aria-labelledby=indicators-heading] tbody th").text())
          .as(lang)
          .contains("稽催件數");
    }
  }
}
