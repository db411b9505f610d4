// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/**
 * The contract of a practice's {@code indicators} in {@code GET /api/v1/plans}: name, target,
 * direction, provider (null when hand-entered), actual for the plan's year, met.
 */
@IntegrationTest
class PlansApiIndicatorsTests {

  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  private static PlanContent content() {
    List<IndicatorTarget> indicators =
        List.of(
            new IndicatorTarget(
                "", "免附書證件數", "件", BigDecimal.ONE, true, "catalogue.documents-replaced"),
            new IndicatorTarget("", "等候時間", "分鐘", BigDecimal.TEN, false, null),
            new IndicatorTarget("", "電話禮貌測試次數", "次", BigDecimal.valueOf(6), true, "nowhere.tests"));
    Practice practice =
        new Practice("", "減少民眾檢附書證", Deadline.ONGOING, List.of("U1"), null, indicators);
    PlanNode heading =
        new PlanNode("", NodeKind.HEADING, "便民服務", null, null, null, List.of(), List.of(practice));
    return new PlanContent(
        List.of(), List.of("提升服務品質"), List.of(), List.of(), List.of(heading), List.of());
  }

  @Test
  void eachIndicatorHasItsTargetDirectionProviderActualForTheYearAndWhetherItIsMet()
      throws Exception {
    Setup agency = TestOrganisation.from(context).agency("PAPI", null);
    CatalogueFixtures.publishLowIncomeCertificate(context, agency); // 1 document verifiable
    int year = LocalDate.now(clock).getYear();
    Plan draft =
        plans.create(
            agency.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(agency.code().value(), year, PlanKind.PLAN, "年度計畫", null, content()));
    Plan approved =
        plans.take(
            agency.as(Role.AGENCY_HEAD), draft.id(), draft.version(), PlanAction.APPROVE, null);
    plans.take(
        agency.as(Role.QUALITY_OFFICER),
        approved.id(),
        approved.version(),
        PlanAction.PUBLISH,
        null);

    String i = "$.tree[0].practices[0].indicators";
    mvc.perform(get("/api/v1/plans?agency=" + agency.code().value() + "&year=" + year))
        .andExpect(status().isOk())
        .andExpect(jsonPath(i + "[0]", aMapWithSize(8)))
        .andExpect(jsonPath(i + "[0].name").value("免附書證件數"))
        .andExpect(jsonPath(i + "[0].target").value(1))
        .andExpect(jsonPath(i + "[0].direction").value("higher"))
        .andExpect(jsonPath(i + "[0].provider").value("catalogue.documents-replaced"))
        .andExpect(jsonPath(i + "[0].actual").value(1))
        .andExpect(jsonPath(i + "[0].met").value(true))
        .andExpect(jsonPath(i + "[0].measure").value("件"))
        .andExpect(jsonPath(i + "[1]", aMapWithSize(8)))
        .andExpect(jsonPath(i + "[1].name").value("等候時間"))
        .andExpect(jsonPath(i + "[1].target").value(10))
        .andExpect(jsonPath(i + "[1].direction").value("lower"))
        .andExpect(jsonPath(i + "[1].provider").value(nullValue()))
        .andExpect(jsonPath(i + "[1].actual").value(nullValue()))
        .andExpect(jsonPath(i + "[1].met").value(nullValue()))
        // a provider that is not installed reads as hand-entered
        .andExpect(jsonPath(i + "[2].provider").value(nullValue()))
        .andExpect(jsonPath(i + "[2].direction").value("higher"))
        .andExpect(jsonPath(i + "[2].target").value(6));
  }
}
