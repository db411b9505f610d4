// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.IndicatorProvider.Sample;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.PeerFixtures;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The plans' satisfaction indicators against figures worked out by hand: an agency's counter survey
 * (5 points) and a general phone survey (4 points, no midpoint) pooled as respondents in March
 * 2026, an answer after the span and another agency's answers left out, the staff survey apart; a
 * dimension nobody rated has no value and no sample; the plan's page shows n and the margin.
 */
@IntegrationTest
class SurveyIndicatorProvidersTests {

  static final LocalDate FROM = LocalDate.parse("2026-03-01");
  static final LocalDate TO = LocalDate.parse("2026-03-31");

  @Autowired ApplicationContext context;
  @Autowired Indicators indicators;
  @Autowired Surveys surveys;
  @Autowired MockMvc mvc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithACounterAndAPhoneSurvey() {
    TestOrganisation orgs = TestOrganisation.from(context);
    agency = orgs.agency("IND", null);
    TestOrganisation.Setup other = orgs.agency("INDOTHER", null);
    SurveyView counter = SurveyFixtures.open(context, agency, "counter", 30);
    // The counter survey (5 points: 4 and 5 satisfied).
    // overall, then env-clean, env-facilities, courtesy, courtesy-phone, professional, accurate,
    // procedure, online
    answer(counter, "2026-03-01", 5, 5, "NA", 5, 5, 4, 4, "NA", "NA"); // r1
    answer(counter, "2026-03-15", 4, 4, 3, 3, "NA", 4, 4, "NA", "NA"); // r2
    answer(counter, "2026-03-31", 2, "NA", "NA", 4, 3, 4, 4, "NA", "NA"); // r3
    answer(counter, "2026-04-01", 1, 1, 1, 1, 1, 1, 1, "NA", "NA"); // after the span
    SurveyView peer = SurveyFixtures.open(context, other, "counter", 30);
    answer(peer, "2026-03-10", 1, 1, 1, 1, 1, 1, 1, "NA", "NA"); // another agency
    // A general phone survey on the 4-point scale: satisfied is 3 or 4.
    SurveyView phone = phoneSurvey();
    PeerFixtures.answer(
        context, phone, Map.of("overall", 3, "env", 3), LocalDate.parse("2026-03-20"));
    PeerFixtures.answer(
        context, phone, Map.of("overall", 2, "env", "NA"), LocalDate.parse("2026-03-21"));
    // The staff survey: one colleague, very satisfied overall.
    SurveyView staff = SurveyFixtures.open(context, agency, "staff", 30);
    Map<String, Object> own = new LinkedHashMap<>();
    for (String id : List.of("workplace", "training", "systems", "supervisor", "teamwork")) {
      own.put(id, 2);
    }
    own.put("overall", 5);
    surveys.answerAsStaff(agency.as(Role.CASE_OFFICER), staff.code(), own);
    PeerFixtures.dateLast(context, staff.code(), LocalDate.parse("2026-03-05"));
  }

  /** Answers the counter survey: overall, then the eight questions of the four dimensions. */
  private void answer(SurveyView survey, String day, Object overall, Object... dimensions) {
    List<String> ids =
        List.of(
            "env-clean",
            "env-facilities",
            "courtesy",
            "courtesy-phone",
            "professional",
            "accurate",
            "procedure",
            "online");
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      answers.put(ids.get(i), dimensions[i]);
    }
    answers.put("overall", overall);
    PeerFixtures.answer(context, survey, answers, LocalDate.parse(day));
  }

  private SurveyView phoneSurvey() {
    Questionnaire questionnaire =
        new Questionnaire(
            new BilingualText("外撥滿意度調查", "Outbound call survey"),
            null,
            List.of(
                Question.likert(
                    "overall",
                    QuestionKind.LIKERT4,
                    "OVERALL",
                    false,
                    new BilingualText("整體而言您滿意嗎", "Overall, are you satisfied")),
                Question.likert(
                    "env",
                    QuestionKind.LIKERT4,
                    "ENVIRONMENT",
                    true,
                    new BilingualText("洽公環境", "The office"))),
            List.of());
    var code = SurveyFixtures.code("PHONE");
    surveys.create(
        agency.as(Role.QUALITY_OFFICER),
        new SurveyCommands.Create(agency.code(), code, SurveyPurpose.GENERAL, 30, questionnaire));
    return surveys.open(agency.as(Role.QUALITY_OFFICER), code);
  }

  private Optional<BigDecimal> value(String code) {
    return provider(code).value(agency.code().value(), FROM, TO);
  }

  private Optional<Sample> sample(String code) {
    return provider(code).sample(agency.code().value(), FROM, TO);
  }

  private IndicatorProvider provider(String code) {
    return indicators.provider(code).orElseThrow();
  }

  @Test
  void overallPoolsTheCounterAndThePhoneSurveysAsRespondentsOnTheirOwnScales() {
    // counter 5, 4, 2 (two satisfied) + phone 3 of 4, 2 of 4 (one) = 3 of 5 = 60.0 %
    assertThat(value("surveys.satisfaction")).contains(new BigDecimal("60.0"));
    // 1.96 * sqrt(0.25 / 5) = 0.43827 -> 43.8 points
    assertThat(sample("surveys.satisfaction")).contains(new Sample(5, new BigDecimal("43.8")));
    assertThat(provider("surveys.satisfaction").measure()).isEqualTo("%");
    assertThat(provider("surveys.satisfaction").higherIsBetter()).isTrue();
  }

  @Test
  void eachDimensionCountsRespondentsByTheMeanOfTheirAnswersLeavingNotApplicableOut() {
    // environment: r1 (5, NA) = 5 yes; r2 (4, 3) = 3.5 no; r3 (NA, NA) not counted;
    // phone 3 of 4 yes, NA not counted -> 2 of 3 = 66.7 %, 1.96 * sqrt(0.25 / 3) = 56.6
    assertThat(value("surveys.satisfaction.environment")).contains(new BigDecimal("66.7"));
    assertThat(sample("surveys.satisfaction.environment"))
        .contains(new Sample(3, new BigDecimal("56.6")));
    // courtesy (counter only): r1 (5, 5) = 5 yes; r2 (3, NA) = 3 no; r3 (4, 3) = 3.5 no -> 1 of 3
    // (counted by answer it would be 3 of 5)
    assertThat(value("surveys.satisfaction.courtesy")).contains(new BigDecimal("33.3"));
    // professionalism: every counter respondent (4, 4) = 4 yes -> 3 of 3
    assertThat(value("surveys.satisfaction.professionalism")).contains(new BigDecimal("100.0"));
    // measures: every answer "not applicable" -> no respondent, no value, no sample
    assertThat(value("surveys.satisfaction.measures")).isEmpty();
    assertThat(sample("surveys.satisfaction.measures")).isEmpty();
  }

  @Test
  void theStaffSurveyIsItsOwnIndicatorAndNobodyAnsweredIsEmpty() {
    assertThat(value("surveys.staff-satisfaction")).contains(new BigDecimal("100.0"));
    // 1.96 * sqrt(0.25 / 1) = 0.98 -> 98.0 points
    assertThat(sample("surveys.staff-satisfaction"))
        .contains(new Sample(1, new BigDecimal("98.0")));
    LocalDate january = LocalDate.parse("2026-01-01");
    assertThat(provider("surveys.satisfaction").value(agency.code().value(), january, january))
        .isEmpty();
    assertThat(provider("surveys.satisfaction").sample(agency.code().value(), january, january))
        .isEmpty();
  }

  @Test
  void thePlansPageShowsTheSampleBesideTheActual() throws Exception {
    Plans plans = context.getBean(Plans.class);
    Practice practice =
        new Practice(
            "p1",
            "於服務臺放置民眾滿意度調查表",
            Deadline.ONGOING,
            List.of(Practice.ALL_UNITS),
            null,
            List.of(
                new Practice.IndicatorTarget(
                    "i1", "民眾整體服務滿意度", "%", new BigDecimal("85"), true, "surveys.satisfaction")));
    PlanContent content =
        new PlanContent(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new PlanNode(
                    "n1",
                    NodeKind.HEADING,
                    "服務評價",
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(practice))),
            List.of());
    Plan plan =
        plans.create(
            agency.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(agency.code().value(), 2026, PlanKind.PLAN, "計畫", null, content));
    plan =
        plans.take(
            agency.as(Role.AGENCY_HEAD), plan.id(), plan.version(), PlanAction.APPROVE, null);
    plan =
        plans.take(
            agency.as(Role.QUALITY_OFFICER), plan.id(), plan.version(), PlanAction.START, null);

    // The year so far: March's five respondents and April's one (overall 1) = 3 of 6 = 50.0 %,
    // 1.96 * sqrt(0.25 / 6) = 0.40008 -> 40.0 points
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/console/plans/" + plan.id() + "?lang=zh-TW")
                        .with(user(agency.as(Role.QUALITY_OFFICER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String row = page.select("section[aria-labelledby=indicators-heading] tbody tr").text();
    assertThat(row).contains("50.0").contains("n = 6，誤差 ±40.0 個百分點");
    Document english =
        Jsoup.parse(
            mvc.perform(
                    get("/console/plans/" + plan.id() + "?lang=en")
                        .with(user(agency.as(Role.QUALITY_OFFICER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(english.select(".indicator-sample").text())
        .isEqualTo("n = 6, ±40.0 percentage points");
  }

  @Test
  void everySatisfactionPracticeOfTheDemoPlansNamesARegisteredProviderAndATarget()
      throws Exception {
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
    List<String> found = new java.util.ArrayList<>();
    for (var resource : resolver.getResources("classpath:demo/plans/*.json")) {
      try (var in = resource.getInputStream()) {
        for (var indicator : json.readTree(in).findValues("indicators")) {
          for (var i : indicator) {
            String provider = i.has("provider") ? i.get("provider").asString() : "";
            if (!provider.startsWith("surveys.") && !provider.equals("petitions.satisfaction")) {
              continue; // the plans' other indicators (issue 21)
            }
            assertThat(indicators.provider(provider)).as(provider).isPresent();
            assertThat(i.get("target").asInt()).as(provider).isBetween(50, 100);
            assertThat(i.get("measure").asString()).isEqualTo("%");
            found.add(resource.getFilename() + " " + provider);
          }
        }
      }
    }
    assertThat(found)
        .contains(
            "hc-east-health-2017.json surveys.satisfaction",
            "hc-east-health-2017.json surveys.satisfaction.environment",
            "hc-east-health-2017.json surveys.staff-satisfaction",
            "tn-yanshui-2016.json surveys.satisfaction",
            "kh-fengshan-hr1-2008.json surveys.satisfaction",
            "yilan-toucheng-2010.json surveys.satisfaction",
            "ch-planning-2017.json surveys.satisfaction",
            "yilan-jiaoxi-2010.json surveys.satisfaction.courtesy",
            "yilan-jiaoxi-2010.json petitions.satisfaction")
        .hasSize(16);
  }
}
