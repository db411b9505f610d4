// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A citizen's way through the feedback pages over MockMvc, in one session, from one client address,
 * in one language: each method sends one page and answers the response (a redirect to the next page
 * when the answers passed).
 */
public final class FeedbackWalk {

  private final MockMvc mvc;
  private final MockHttpSession session = new MockHttpSession();
  private final String client;
  private final String lang;

  public FeedbackWalk(MockMvc mvc, String client, String lang) {
    this.mvc = mvc;
    this.client = client;
    this.lang = lang;
  }

  private RequestPostProcessor from() {
    return r -> {
      r.setRemoteAddr(client);
      return r;
    };
  }

  private MockHttpServletRequestBuilder in(MockHttpServletRequestBuilder request) {
    return request.session(session).with(from()).with(csrf()).param("lang", lang);
  }

  /** Sends {@code page} (e.g. {@code /feedback/where}) with {@code fields}. */
  public MockHttpServletResponse post(String page, Map<String, String> fields) throws Exception {
    MockHttpServletRequestBuilder request =
        in(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(page));
    fields.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Opens {@code page}. */
  public MockHttpServletResponse get(String page) throws Exception {
    return mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page)
                .session(session)
                .with(from())
                .param("lang", lang))
        .andReturn()
        .getResponse();
  }

  /** Uploads one photo on the photos page. */
  public MockHttpServletResponse photo(String name, String type, byte[] content) throws Exception {
    var request =
        multipart("/feedback/photos").file(new MockMultipartFile("photo", name, type, content));
    request.session(session).with(from()).with(csrf()).param("lang", lang);
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Answers every page up to the check-answers page for an anonymous facility report. */
  public void anonymousReport(String agency, String category, String address) throws Exception {
    post("/feedback", Map.of("agency", agency, "kind", "FACILITY_REPORT"));
    post("/feedback/category", Map.of("category", category));
    post("/feedback/where", Map.of("address", address));
    post("/feedback/details", Map.of("subject", "路燈不亮", "description", "每晚都不亮。"));
    post("/feedback/you", Map.of("identify", FeedbackForm.ANONYMOUS));
  }

  /** The token of the session's draft, which the check-answers page sends. */
  public String token() {
    return FeedbackDrafts.draft(session).orElseThrow().getToken();
  }

  /** Sends the check-answers page. */
  public MockHttpServletResponse send() throws Exception {
    return post("/feedback/check", Map.of("draft", token()));
  }

  /** The session, for reading what the pages kept. */
  public MockHttpSession session() {
    return session;
  }
}
