// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;

/** Languages, error pages and problem details of the shell every page shares. */
@IntegrationTest
class WebShellTests {

  @Autowired MockMvc mvc;

  @Test
  void pagesAreInTraditionalChineseByDefault() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"zh-Hant-TW\">")))
        .andExpect(content().string(containsString("跳到主要內容")));
  }

  @Test
  void langEnSwitchesToEnglishAndACookieRemembersIt() throws Exception {
    Cookie remembered =
        mvc.perform(get("/").param("lang", "en"))
            .andExpect(content().string(containsString("<html lang=\"en\">")))
            .andExpect(content().string(containsString("Skip to main content")))
            .andExpect(cookie().httpOnly("civicdesk-lang", true))
            .andReturn()
            .getResponse()
            .getCookie("civicdesk-lang");
    assertThat(remembered).isNotNull();
    mvc.perform(get("/sign-in").cookie(remembered))
        .andExpect(content().string(containsString("Staff sign-in")));
    mvc.perform(get("/sign-in").cookie(remembered).param("lang", "zh-TW"))
        .andExpect(content().string(containsString("員工登入")));
  }

  @Test
  void theLanguageCookieIsSecureWhenTheRequestCameOverHttps() throws Exception {
    mvc.perform(get("/").param("lang", "en").secure(true))
        .andExpect(cookie().secure("civicdesk-lang", true))
        .andExpect(cookie().httpOnly("civicdesk-lang", true))
        .andExpect(cookie().sameSite("civicdesk-lang", "Lax"));
    mvc.perform(get("/").param("lang", "en")).andExpect(cookie().secure("civicdesk-lang", false));
  }

  @Test
  void httpsAnswersCarryStrictTransportSecurity() throws Exception {
    mvc.perform(get("/").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void theBenchmarkEndpointExistsOnlyUnderTheBenchmarkProfile() throws Exception {
    mvc.perform(get("/bench/empty")).andExpect(status().isNotFound());
  }

  @Test
  void anUnsupportedLanguageFallsBackToChinese() throws Exception {
    mvc.perform(get("/").param("lang", "fr"))
        .andExpect(content().string(containsString("<html lang=\"zh-Hant-TW\">")));
  }

  @Test
  void theLanguageSwitchKeepsThePage() throws Exception {
    mvc.perform(get("/sign-in").param("lang", "en"))
        .andExpect(content().string(containsString("href=\"/sign-in?lang=zh-TW\"")));
  }

  @Test
  void anUnknownPageGetsTheLocalizedNotFoundPage() throws Exception {
    mvc.perform(get("/no-such-page").param("lang", "en").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
    // MockMvc does not forward to /error; ask the error controller as the container would.
    mvc.perform(
            get("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("找不到頁面或資料")));
  }

  @Test
  void aServerErrorPageShowsNoStackTrace() throws Exception {
    mvc.perform(
            get("/error")
                .accept(MediaType.TEXT_HTML)
                .param("lang", "en")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret"))
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/boom"))
        .andExpect(status().isInternalServerError())
        .andExpect(content().string(containsString("Something went wrong")))
        .andExpect(content().string(not(containsString("secret"))))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void aForbiddenPageIsLocalized() throws Exception {
    mvc.perform(
            get("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/console"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("沒有權限")));
  }

  @Test
  void apiErrorsAreProblemDetailsWithAStableType() throws Exception {
    mvc.perform(get("/api/v1/agencies/NO-SUCH-AGENCY").header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:organisation.agency.not-found"))
        .andExpect(jsonPath("$.detail").value("No such agency."))
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(
            get("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:not-found"))
        .andExpect(jsonPath("$.instance").value("/api/v1/nothing"));
  }

  @Test
  void healthIsUpWithoutSigningIn() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"status\":\"UP\"}", true));
  }

  @Test
  void prometheusMetricsAreServedToLoopbackCallers() throws Exception {
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    mvc.perform(
            get("/actuator/prometheus")
                .with(
                    r -> {
                      r.setRemoteAddr("203.0.113.9");
                      return r;
                    }))
        .andExpect(status().is3xxRedirection());
  }
}
