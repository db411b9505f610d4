// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/**
 * The supervising agency's overview shows each agency's computed indicators side by side: the
 * year's value so far, the plan's target and whether it is met; hand-entered ones are left out.
 */
@IntegrationTest
class OverviewIndicatorsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired Clock clock;

  static PlanContent content(int documentsTarget) {
    List<IndicatorTarget> indicators =
        List.of(
            new IndicatorTarget(
                "",
                "免附書證件數",
                "件",
                BigDecimal.valueOf(documentsTarget),
                true,
                "catalogue.documents-replaced"),
            new IndicatorTarget("", "宣導場次", "場", BigDecimal.TEN, true, null));
    Practice practice =
        new Practice("", "減少民眾檢附書證", Deadline.ONGOING, List.of("U1"), null, indicators);
    PlanNode heading =
        new PlanNode("", NodeKind.HEADING, "便民服務", null, null, null, List.of(), List.of(practice));
    return new PlanContent(
        List.of(), List.of("提升服務品質"), List.of(), List.of(), List.of(heading), List.of());
  }

  static Plan published(Plans plans, Setup agency, int year, int documentsTarget) {
    Plan draft =
        plans.create(
            agency.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(
                agency.code().value(),
                year,
                PlanKind.PLAN,
                "年度計畫",
                null,
                content(documentsTarget)));
    Plan p =
        plans.take(
            agency.as(Role.AGENCY_HEAD), draft.id(), draft.version(), PlanAction.APPROVE, null);
    return plans.take(
        agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
  }

  @Test
  void eachAgencysComputedIndicatorsStandSideBySideWithValueTargetAndMet() throws Exception {
    TestOrganisation orgs = TestOrganisation.from(context);
    Setup county = orgs.agency("OVI", null);
    Setup met = orgs.agency("OVIA", county.code());
    Setup short_ = orgs.agency("OVIB", county.code());
    Setup none = orgs.agency("OVIC", county.code());
    CatalogueFixtures.publishLowIncomeCertificate(context, met); // 1 document verifiable
    CatalogueFixtures.publishLowIncomeCertificate(context, short_);
    int year = LocalDate.now(clock).getYear();
    published(plans, met, year, 1);
    published(plans, short_, year, 5);

    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/console/performance/overview")
                        .param("year", String.valueOf(year))
                        .param("lang", "en")
                        .with(user(county.as(Role.QUALITY_OFFICER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    Element table = page.selectFirst("#overview-indicators");
    assertThat(table).isNotNull();
    assertThat(table.select("thead th").eachText())
        .containsExactly("Agency", "Documents electronic verification replaces (件)");
    assertThat(row(table, met)).containsExactly("1 target 1 Reached");
    assertThat(row(table, short_)).containsExactly("1 target 5 Not reached");
    assertThat(row(table, none)).containsExactly("not in the plan");
    assertThat(table.text()).as("a hand-entered indicator is not compared").doesNotContain("宣導場次");
  }

  private static List<String> row(Element table, Setup agency) {
    for (Element tr : table.select("tbody tr")) {
      if (tr.selectFirst("th").text().equals("Test " + agency.code().value().split("-")[1])) {
        return tr.select("td").eachText();
      }
    }
    throw new AssertionError("no row for " + agency.code());
  }
}
