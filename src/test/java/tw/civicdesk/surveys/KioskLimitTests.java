// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A kiosk is limited per device, not per address: {@value ThrottleLimits#KIOSK_ANSWERS} answers an
 * hour here; the next is refused with 429 and stores nothing, while a second kiosk on the same
 * address still answers and a replay of a stored answer is still acknowledged. Wrong activation
 * links count against the client address, and past the limit even the right link is refused.
 */
@ThrottleLimits
class KioskLimitTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long responses(long kioskId) {
    return jdbc.sql("select count(*) from survey_response where kiosk_id = ?")
        .param(kioskId)
        .query(Long.class)
        .single();
  }

  @Test
  void aKioskRecordsItsAnswersOfTheHourAndIsThenRefusedWhileAnotherKioskIsNot() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("KLIM", null);
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    Kiosks.Registered first = KioskFixtures.register(context, agency, survey);
    Kiosks.Registered second = KioskFixtures.register(context, agency, survey);
    String device = KioskFixtures.activate(mvc, first.linkToken());
    String neighbour = KioskFixtures.activate(mvc, second.linkToken());
    List<UUID> keys = new ArrayList<>();
    for (int i = 0; i < ThrottleLimits.KIOSK_ANSWERS; i++) {
      keys.add(UUID.randomUUID());
      mvc.perform(
              KioskFixtures.answer(device, keys.get(i), SurveyFixtures.counterAnswers(4))
                  .accept(MediaType.APPLICATION_JSON))
          .andExpect(status().isCreated());
    }

    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(4))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(
            KioskFixtures.answer(device, UUID.randomUUID(), SurveyFixtures.counterAnswers(4))
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(
            KioskFixtures.answer(device, keys.get(0), SurveyFixtures.counterAnswers(4))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk());
    mvc.perform(
            KioskFixtures.answer(neighbour, UUID.randomUUID(), SurveyFixtures.counterAnswers(4))
                .accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isCreated());

    assertThat(responses(first.kiosk().id())).isEqualTo(ThrottleLimits.KIOSK_ANSWERS);
    assertThat(responses(second.kiosk().id())).isOne();
  }

  @Test
  void wrongActivationLinksCountAgainstTheAddressUntilEvenTheRightOneIsRefused() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("KLNK", null);
    SurveyView survey = SurveyFixtures.open(context, agency, "counter", 30);
    Kiosks.Registered registered = KioskFixtures.register(context, agency, survey);
    RequestPostProcessor guesser =
        request -> {
          request.setRemoteAddr("192.0.2.19");
          return request;
        };
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      mvc.perform(get("/kiosk/activate/wrong" + i).with(guesser)).andExpect(status().isNotFound());
    }

    mvc.perform(post("/kiosk/activate/" + registered.linkToken()).with(csrf()).with(guesser))
        .andExpect(status().isTooManyRequests());
    assertThat(
            jdbc.sql("select token_hash is null from survey_kiosk where id = ?")
                .param(registered.kiosk().id())
                .query(Boolean.class)
                .single())
        .as("not activated")
        .isTrue();
    KioskFixtures.activate(mvc, registered.linkToken());
  }
}
