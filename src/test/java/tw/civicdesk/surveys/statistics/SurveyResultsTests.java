// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The results API against the figures of {@link ResultsFixtures}' seven answers worked out by hand
 * (the sums are in the comments), filtered by period, unit, service and channel, with trends.
 */
@IntegrationTest
class SurveyResultsTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  ResultsFixtures.Made made;

  @BeforeEach
  void aSurveyWithSevenAnswers() {
    made = ResultsFixtures.survey(context, TestOrganisation.from(context).agency("RES", null), 3);
  }

  ResultActions results(StaffPrincipal as, String query) throws Exception {
    return mvc.perform(
        get("/api/v1/staff/surveys/" + made.code().value() + "/results" + query).with(user(as)));
  }

  StaffPrincipal officer() {
    return made.agency().as(Role.QUALITY_OFFICER);
  }

  @Test
  void everyAnswerOfEveryVersionIsCountedByQuestion() throws Exception {
    results(officer(), "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.n").value(7))
        // the current version's Likert questions in order, then seats (only version 1)
        .andExpect(
            jsonPath("$.questions[*].id")
                .value(contains("clean", "polite", "wait", "overall", "seats")))
        .andExpect(
            jsonPath("$.questions[*].earlierVersion")
                .value(contains(false, false, false, false, true)))
        // clean: 5, 3, NA, 4, 2, 5, 4 -> n = 6, N/A 1; satisfied 5,4,5,4 = 4, p = 4/6 = 0.6667;
        // mean 23/6 = 3.8333; 1.96*sqrt(0.25/6) = 0.40008 -> 0.4001;
        // 1.96*sqrt((2/3)(1/3)/6) = 1.96*0.19245 = 0.37720 -> 0.3772
        .andExpect(jsonPath("$.questions[0].n").value(6))
        .andExpect(jsonPath("$.questions[0].notApplicable").value(1))
        .andExpect(jsonPath("$.questions[0].distribution['1']").value(0))
        .andExpect(jsonPath("$.questions[0].distribution['2']").value(1))
        .andExpect(jsonPath("$.questions[0].distribution['3']").value(1))
        .andExpect(jsonPath("$.questions[0].distribution['4']").value(2))
        .andExpect(jsonPath("$.questions[0].distribution['5']").value(2))
        .andExpect(jsonPath("$.questions[0].satisfactionRate").value(0.6667))
        .andExpect(jsonPath("$.questions[0].mean").value(3.8333))
        .andExpect(jsonPath("$.questions[0].marginOfError").value(0.4001))
        .andExpect(jsonPath("$.questions[0].marginOfErrorObserved").value(0.3772))
        // polite: 5, 4, 2, 3, 5, 4, 4 -> n = 7, satisfied 5, p = 5/7 = 0.71429; mean 27/7 = 3.8571
        .andExpect(jsonPath("$.questions[1].n").value(7))
        .andExpect(jsonPath("$.questions[1].satisfactionRate").value(0.7143))
        .andExpect(jsonPath("$.questions[1].mean").value(3.8571))
        // wait: only R7 (version 2) -> n = 1, "3" is not satisfied: p = 0, mean 3; too few (< 3)
        .andExpect(jsonPath("$.questions[2].n").value(1))
        .andExpect(jsonPath("$.questions[2].satisfactionRate").value(0.0))
        .andExpect(jsonPath("$.questions[2].marginOfError").value(0.98))
        .andExpect(jsonPath("$.questions[2].tooFew").value(true))
        // seats: 4, NA, NA, 5, 1, NA -> n = 3, N/A 3; p = 2/3; mean 10/3 = 3.3333;
        // 1.96*sqrt(0.25/3) = 0.56580 -> 0.5658; 1.96*sqrt((2/9)/3) = 0.53344 -> 0.5334
        .andExpect(jsonPath("$.questions[4].n").value(3))
        .andExpect(jsonPath("$.questions[4].notApplicable").value(3))
        .andExpect(jsonPath("$.questions[4].satisfactionRate").value(0.6667))
        .andExpect(jsonPath("$.questions[4].mean").value(3.3333))
        .andExpect(jsonPath("$.questions[4].marginOfError").value(0.5658))
        .andExpect(jsonPath("$.questions[4].marginOfErrorObserved").value(0.5334))
        .andExpect(jsonPath("$.questions[4].tooFew").value(false));
  }

  @Test
  void aDimensionCountsRespondentsByTheMeanOfTheirAnswers() throws Exception {
    results(officer(), "")
        .andExpect(
            jsonPath("$.dimensions[*].code")
                .value(contains("ENVIRONMENT", "COURTESY", "MEASURES", "OVERALL")))
        .andExpect(jsonPath("$.dimensions[0].distribution").doesNotExist())
        // ENVIRONMENT = clean and seats: R1 (5+4)/2 = 4.5 yes; R2 3 no; R3 only N/A;
        // R4 (4+5)/2 = 4.5 yes; R5 (2+1)/2 = 1.5 no; R6 5 yes; R7 4 yes
        // n = 6, N/A 1, satisfied 4 -> 0.6667; mean (4.5+3+4.5+1.5+5+4)/6 = 22.5/6 = 3.75
        .andExpect(jsonPath("$.dimensions[0].n").value(6))
        .andExpect(jsonPath("$.dimensions[0].notApplicable").value(1))
        .andExpect(jsonPath("$.dimensions[0].satisfactionRate").value(0.6667))
        .andExpect(jsonPath("$.dimensions[0].mean").value(3.75))
        .andExpect(jsonPath("$.dimensions[0].marginOfError").value(0.4001))
        .andExpect(jsonPath("$.dimensions[0].marginOfErrorObserved").value(0.3772))
        // OVERALL = overall: 5, 4, 2, 3, 4, 5, 4 -> n = 7, satisfied 5 -> 0.7143; mean 27/7
        // 1.96*sqrt(0.25/7) = 0.37041 -> 0.3704; 1.96*sqrt((5/7)(2/7)/7) = 0.33466 -> 0.3347
        .andExpect(jsonPath("$.overall.code").value("OVERALL"))
        .andExpect(jsonPath("$.overall.n").value(7))
        .andExpect(jsonPath("$.overall.satisfactionRate").value(0.7143))
        .andExpect(jsonPath("$.overall.mean").value(3.8571))
        .andExpect(jsonPath("$.overall.marginOfError").value(0.3704))
        .andExpect(jsonPath("$.overall.marginOfErrorObserved").value(0.3347));
  }

  @Test
  void thePeriodIsInclusiveAtBothEnds() throws Exception {
    // 2026-02-01 to 2026-04-30: R3 (on the first day), R4, R5, R6 (on the last day)
    // overall 2, 3, 4, 5 -> n = 4, satisfied 2 -> 0.5, mean 3.5; 1.96*sqrt(0.25/4) = 0.49
    results(officer(), "?from=2026-02-01&to=2026-04-30")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.n").value(4))
        .andExpect(jsonPath("$.from").value("2026-02-01"))
        .andExpect(jsonPath("$.overall.n").value(4))
        .andExpect(jsonPath("$.overall.satisfactionRate").value(0.5))
        .andExpect(jsonPath("$.overall.mean").value(3.5))
        .andExpect(jsonPath("$.overall.marginOfError").value(0.49))
        .andExpect(jsonPath("$.overall.marginOfErrorObserved").value(0.49));
  }

  @Test
  void unitServiceAndChannelEachNarrowTheAnswers() throws Exception {
    // unit B: R3, R4, R6 -> overall 2, 3, 5: satisfied 1 -> 0.3333, mean 10/3 = 3.3333
    results(officer(), "?unit=" + made.unitB().id())
        .andExpect(jsonPath("$.n").value(3))
        .andExpect(jsonPath("$.overall.satisfactionRate").value(0.3333))
        .andExpect(jsonPath("$.overall.mean").value(3.3333))
        .andExpect(jsonPath("$.overall.tooFew").value(false));
    // QR: R1, R5, R6 -> overall 5, 4, 5: p = 1, mean 14/3 = 4.6667, observed margin 0
    results(officer(), "?channel=QR")
        .andExpect(jsonPath("$.n").value(3))
        .andExpect(jsonPath("$.overall.satisfactionRate").value(1.0))
        .andExpect(jsonPath("$.overall.mean").value(4.6667))
        .andExpect(jsonPath("$.overall.marginOfErrorObserved").value(0.0));
    // service SVC-RES: R1, R2 -> overall 5, 4: p = 1, mean 4.5; 2 < 3: too few
    results(officer(), "?service=" + ResultsFixtures.SERVICE)
        .andExpect(jsonPath("$.n").value(2))
        .andExpect(jsonPath("$.overall.mean").value(4.5))
        .andExpect(jsonPath("$.overall.tooFew").value(true));
    // unit A and QR: R1, R5
    results(officer(), "?unit=" + made.unitA().id() + "&channel=qr")
        .andExpect(jsonPath("$.n").value(2));
  }

  @Test
  void theTrendHasEveryPeriodFromTheFirstAnswerToTheLast() throws Exception {
    // months: Jan R1 R2, Feb R3 R4, Mar none, Apr R5 R6, May R7
    results(officer(), "?trend=month")
        .andExpect(
            jsonPath("$.trend[*].period")
                .value(contains("2026-01", "2026-02", "2026-03", "2026-04", "2026-05")))
        .andExpect(jsonPath("$.trend[*].n").value(contains(2, 2, 0, 2, 1)))
        .andExpect(jsonPath("$.trend[2].overall.n").value(0))
        .andExpect(jsonPath("$.trend[2].overall.satisfactionRate").value(nullValue()))
        .andExpect(jsonPath("$.trend[2].overall.mean").value(nullValue()));
    // Q1: R1-R4 overall 5, 4, 2, 3 -> 2 of 4 = 0.5, mean 3.5; Q2: R5-R7 4, 5, 4 -> 1, mean 4.3333
    // ENVIRONMENT in Q2: R5 1.5 no, R6 5 yes, R7 4 yes -> 2/3 = 0.6667
    results(officer(), "?trend=quarter")
        .andExpect(jsonPath("$.trend[*].period").value(contains("2026-Q1", "2026-Q2")))
        .andExpect(jsonPath("$.trend[0].from").value("2026-01-01"))
        .andExpect(jsonPath("$.trend[0].to").value("2026-03-31"))
        .andExpect(jsonPath("$.trend[0].overall.satisfactionRate").value(0.5))
        .andExpect(jsonPath("$.trend[0].overall.mean").value(3.5))
        .andExpect(jsonPath("$.trend[1].n").value(3))
        .andExpect(jsonPath("$.trend[1].overall.satisfactionRate").value(1.0))
        .andExpect(jsonPath("$.trend[1].overall.mean").value(4.3333))
        .andExpect(jsonPath("$.trend[1].dimensions[0].code").value("ENVIRONMENT"))
        .andExpect(jsonPath("$.trend[1].dimensions[0].satisfactionRate").value(0.6667));
    // the year, cut to the period asked
    results(officer(), "?trend=year&from=2026-01-15")
        .andExpect(jsonPath("$.trend", hasSize(1)))
        .andExpect(jsonPath("$.trend[0].period").value("2026"))
        .andExpect(jsonPath("$.trend[0].from").value("2026-01-15"))
        .andExpect(jsonPath("$.trend[0].n").value(6));
  }

  @Test
  void noAnswerInThePeriodHasNoRateMeanOrMargin() throws Exception {
    results(officer(), "?from=2025-01-01&to=2025-12-31")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.n").value(0))
        .andExpect(jsonPath("$.questions[0].n").value(0))
        .andExpect(jsonPath("$.questions[0].satisfactionRate").value(nullValue()))
        .andExpect(jsonPath("$.questions[0].mean").value(nullValue()))
        .andExpect(jsonPath("$.questions[0].marginOfError").value(nullValue()))
        .andExpect(jsonPath("$.questions[0].marginOfErrorObserved").value(nullValue()))
        .andExpect(jsonPath("$.overall.satisfactionRate").value(nullValue()));
  }

  @Test
  void malformedDatesAndFiltersAreProblemDetails() throws Exception {
    results(officer(), "?from=2026-13-01&to=yesterday")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:error.fields.invalid"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("from", "to")));
    results(officer(), "?from=2026-05-01&to=2026-04-01")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(contains("to")));
    results(officer(), "?channel=FAX&trend=week").andExpect(status().isUnprocessableContent());
    results(officer(), "?unit=" + TestOrganisation.from(context).agency("OTH", null).unit().id())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(contains("unit")));
  }

  @Test
  void theOpenApiDescriptionListsTheResultsWithTheirOwnSchemas() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.paths['/api/v1/staff/surveys/{code}/results'].get.operationId")
                .value("surveyResults"))
        .andExpect(
            jsonPath("$.components.schemas.QuestionResultJson.properties.distribution").exists())
        .andExpect(jsonPath("$.components.schemas.QuestionJson.properties.choices").exists());
  }
}
