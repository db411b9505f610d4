// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The survey pages' limits (small ones here, {@link ThrottleLimits}): one client address sends
 * {@value ThrottleLimits#FILINGS} answers an hour through the online page, the next is the 429 page
 * with Retry-After and stores nothing, another address is not affected; on the post-case page
 * {@value ThrottleLimits#FAILURES} wrong codes are answered as field errors and the next request —
 * even with the right code — is 429 and stores nothing.
 */
@ThrottleLimits
class SurveyPageLimitTests {

  static final AtomicInteger CLIENTS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired CaseWork work;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SLIM", null);
  }

  static String freshClient() {
    int n = CLIENTS.incrementAndGet();
    return "10.66." + (n / 250) + "." + (n % 250 + 1);
  }

  static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String client) {
    return request.with(
        r -> {
          r.setRemoteAddr(client);
          return r;
        });
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  MockHttpServletRequestBuilder online(SurveyView survey, String client) {
    return from(
        post("/surveys/" + survey.code().value())
            .with(csrf())
            .param("answers[clean]", "5")
            .param("answers[staff]", "4")
            .param("answers[reason]", "apply")
            .param("answers[heard]", "web")
            .param("answers[overall]", "5"),
        client);
  }

  @Test
  void theAnswerAfterTheLimitIsThe429PageAndStoresNothing() throws Exception {
    SurveyView survey = EveryKindSurvey.openEveryKind(context, agency);
    String client = freshClient();
    List<Integer> statuses = new ArrayList<>();
    MockHttpServletResponse over = null;
    for (int i = 0; i <= ThrottleLimits.FILINGS; i++) {
      over = send(online(survey, client));
      statuses.add(over.getStatus());
    }

    assertThat(statuses).containsExactly(302, 302, 302, 429);
    assertThat(over.getHeader("Retry-After")).isNotBlank();
    assertThat(over.getContentAsString()).contains("<html");
    assertThat(EveryKindSurvey.responses(jdbc, survey.code())).isEqualTo(ThrottleLimits.FILINGS);
    assertThat(send(online(survey, freshClient())).getStatus())
        .as("another address")
        .isEqualTo(302);
  }

  @Test
  void wrongCodesOnThePostCasePageAreCountedAndThenEvenTheRightOneIsRefused() throws Exception {
    SurveyFixtures.open(context, agency, "post-case", 5);
    CaseFixtures cases =
        CaseFixtures.of(
            context, agency, CatalogueFixtures.publishLowIncomeCertificate(context, agency));
    CaseNumber n = cases.fileOnline(null, LocalDate.now(clock)).number();
    CaseWork.Stepped started = cases.inProgress(n);
    work.decide(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Decide(n, started.version(), Decision.APPROVED, "符合資格", null));
    String client = freshClient();

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      MockHttpServletResponse wrong = send(postCase(n, "WRONG00" + i, client));
      statuses.add(wrong.getStatus());
      assertThat(wrong.getContentAsString()).contains("id=\"code-error\"");
    }
    MockHttpServletResponse refused = send(postCase(n, work.verificationCode(n), client));
    statuses.add(refused.getStatus());

    assertThat(statuses).containsExactly(200, 200, 200, 429);
    assertThat(refused.getHeader("Retry-After")).isNotBlank();
    assertThat(refused.getContentAsString()).contains("role=\"alert\"");
    assertThat(
            jdbc.sql("select count(*) from survey_response where case_number = ?")
                .param(n.value())
                .query(Long.class)
                .single())
        .isZero();
  }

  MockHttpServletRequestBuilder postCase(CaseNumber n, String code, String client) {
    return from(
        post("/surveys/case")
            .with(csrf())
            .param("number", n.value())
            .param("code", code)
            .param("answers[in-time]", "5")
            .param("answers[result-clear]", "4")
            .param("answers[officer]", "5")
            .param("answers[tracking]", "4")
            .param("answers[overall]", "5"),
        client);
  }
}
