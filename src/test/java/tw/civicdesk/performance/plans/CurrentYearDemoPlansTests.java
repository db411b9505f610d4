// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/**
 * Each demo agency with a seed plan (and 頭城) also has this year's plan, derived from it, in
 * execution, with the indicators the document names attached to the practices they measure; the
 * seed-year plans stay as they are; the public reads this year's plan as the current one.
 */
@IntegrationTest
class CurrentYearDemoPlansTests {

  @Autowired ApplicationContext context;
  @Autowired PlanStore store;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  /** The demo agencies with a plan, and the year of their seed plan. */
  static final List<Object[]> SEEDS =
      List.of(
          new Object[] {"YILAN-JIAOXI", 2010},
          new Object[] {"YILAN-TOUCHENG", 2010},
          new Object[] {"KH-FENGSHAN-HR1", 2008},
          new Object[] {"TN-YANSHUI", 2016},
          new Object[] {"HC-EAST-HEALTH", 2017},
          new Object[] {"CH-PLANNING", 2017});

  int year;

  @BeforeEach
  void load() {
    DemoPlans.load(context);
    year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))).getYear();
  }

  private Plan plan(String agency, int y) {
    return store.find(agency, y, PlanKind.PLAN).orElseThrow();
  }

  private static List<IndicatorTarget> indicators(Plan plan, String practiceStart) {
    return plan.content().practices().stream()
        .filter(p -> p.text().startsWith(practiceStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no practice " + practiceStart))
        .indicators();
  }

  @Test
  void everyAgencyWithASeedPlanHasThisYearsPlanInExecutionDerivedFromIt() {
    String roc = (year - 1911) + "年";
    for (Object[] seed : SEEDS) {
      String agency = (String) seed[0];
      Plan old = plan(agency, (Integer) seed[1]);
      Plan now = plan(agency, year);
      assertThat(now.status()).as(agency).isEqualTo(PlanStatus.IN_EXECUTION);
      assertThat(now.title()).as(agency).contains(roc);
      assertThat(now.templateId()).as(agency).isNull();
      assertThat(now.content().practices())
          .as(agency)
          .extracting(Practice::text, Practice::indicators, Practice::units)
          .containsExactlyElementsOf(
              old.content().practices().stream()
                  .map(
                      p -> org.assertj.core.groups.Tuple.tuple(p.text(), p.indicators(), p.units()))
                  .toList());
      assertThat(now.content().practices())
          .as(agency)
          .allMatch(p -> !p.deadline().dated() || p.deadline().date().getYear() == year);
      assertThat(old.title()).as("the seed plan keeps its title").doesNotContain(roc);
      assertThat(old.status()).isEqualTo(PlanStatus.IN_EXECUTION);
    }
    assertThat(plan("CH-PLANNING", year).title()).isEqualTo("彰化縣政府計畫處" + roc + "度提升政府服務品質執行計畫");
    assertThat(plan("TN-YANSHUI", year).title()).isEqualTo(roc + "度臺南市鹽水區公所提升服務品質實施計畫預期目標表");
  }

  @Test
  void thePlansCarryTheIndicatorsTheirDocumentsNameWithTheDocumentsTargets() {
    List<IndicatorTarget> courtesy = indicators(plan("CH-PLANNING", year), "注重服務人員的禮貌態度");
    assertThat(courtesy)
        .extracting(IndicatorTarget::provider)
        .contains("courtesy.tests", "courtesy.score", "courtesy.excellent-share");
    assertThat(courtesy)
        .filteredOn(i -> "courtesy.tests".equals(i.provider()))
        .singleElement()
        .satisfies(i -> assertThat(i.target()).isEqualByComparingTo(BigDecimal.valueOf(6)));

    Plan east = plan("HC-EAST-HEALTH", year);
    assertThat(indicators(east, "申辦業務標準作業流程訂定情形"))
        .extracting(IndicatorTarget::provider)
        .containsExactly("catalogue.sop-coverage");
    assertThat(indicators(east, "服務及時性"))
        .extracting(IndicatorTarget::provider)
        .containsExactly("figures.on-time-rate");
    assertThat(indicators(east, "深化服務量能"))
        .extracting(IndicatorTarget::provider)
        .contains("proposals.adoption-rate", "proposals.implemented-share");
    assertThat(indicators(east, "減除申辦案件需檢附之書表謄本"))
        .extracting(IndicatorTarget::provider)
        .contains("casework.electronic-verification-share");

    List<IndicatorTarget> mediation =
        indicators(plan("YILAN-TOUCHENG", year), "調解聲請於受理後十五日內召開調解會議");
    assertThat(mediation)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.provider()).as("hand-entered").isNull();
              assertThat(i.target()).isEqualByComparingTo("15");
              assertThat(i.higherIsBetter()).isFalse();
            });
  }

  @Test
  void thePublicReadsThisYearsPlanAsTheCurrentOneWithItsIndicators() throws Exception {
    Plan now = plan("CH-PLANNING", year);
    Document page =
        Jsoup.parse(
            mvc.perform(get("/agencies/CH-PLANNING/plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("h1").text()).isEqualTo(now.title());
    assertThat(page.select("section[aria-labelledby=indicators-heading] tbody th").text())
        .contains("電話禮貌測試次數", "申辦案件於處理時限內完成之比率");

    mvc.perform(get("/api/v1/plans").param("agency", "HC-EAST-HEALTH"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(year))
        .andExpect(
            jsonPath("$.tree[0].children[0].practices[1].indicators[0].provider")
                .value("figures.on-time-rate"))
        .andExpect(
            jsonPath("$.tree[0].children[0].practices[1].indicators[0].direction").value("higher"));
  }

  @Test
  void aTitleGetsThisYearsRocYearInPlaceOfTheSeedsOrInFront() {
    assertThat(CurrentYearDemoPlans.title("高雄縣鳳山市第一戶政事務所97年提升政府服務品質執行計畫", 2008, 2026))
        .isEqualTo("高雄縣鳳山市第一戶政事務所115年提升政府服務品質執行計畫");
    assertThat(CurrentYearDemoPlans.title("臺南市鹽水區公所提升服務品質實施計畫預期目標表", 2016, 2026))
        .isEqualTo("115年度臺南市鹽水區公所提升服務品質實施計畫預期目標表");
    assertThat(CurrentYearDemoPlans.deadline(Deadline.on(LocalDate.of(2016, 2, 29)), 2026))
        .isEqualTo(Deadline.on(LocalDate.of(2026, 2, 28)));
    assertThat(CurrentYearDemoPlans.deadline(Deadline.ONGOING, 2026)).isEqualTo(Deadline.ONGOING);
  }
}
