// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Kiosks for tests: registered by the agency's quality officer for an open counter survey and its
 * unit, activated through the activation link as a device would, and answers posted as the kiosk
 * page posts them.
 */
public final class KioskFixtures {

  /** The name of the device cookie. */
  public static final String COOKIE = "civicdesk-kiosk";

  private KioskFixtures() {}

  /** Registers a kiosk of {@code agency} for {@code survey} at the agency's unit. */
  public static Kiosks.Registered register(
      ApplicationContext context, TestOrganisation.Setup agency, SurveyView survey) {
    return context
        .getBean(Kiosks.class)
        .register(
            agency.as(Role.QUALITY_OFFICER),
            new Kiosks.Register("一樓服務台", survey.code(), agency.unit().id()));
  }

  /** Opens the activation link's button as the device and answers its cookie's value. */
  public static String activate(MockMvc mvc, String linkToken) throws Exception {
    var response =
        mvc.perform(post("/kiosk/activate/" + linkToken).with(csrf())).andReturn().getResponse();
    assertThat(response.getRedirectedUrl()).isEqualTo("/kiosk");
    Cookie cookie = response.getCookie(COOKIE);
    assertThat(cookie).as("the device cookie").isNotNull();
    return cookie.getValue();
  }

  /** A post of {@code answers} from the kiosk holding {@code device}, with {@code clientKey}. */
  public static MockHttpServletRequestBuilder answer(
      String device, UUID clientKey, Map<String, Object> answers) {
    MockHttpServletRequestBuilder request =
        post("/kiosk").cookie(new Cookie(COOKIE, device)).param("clientKey", clientKey.toString());
    answers.forEach((id, value) -> request.param("answers[" + id + "]", String.valueOf(value)));
    return request;
  }
}
