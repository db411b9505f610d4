// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;

/**
 * A test agency open for facility reports with the demo's categories (so {@code street-light} asks
 * the shipped attributes), a working key for it, and a client of its Open311 endpoints.
 */
final class Open311Fixture {

  final TestOrganisation.Setup agency;
  final String key;
  private final MockMvc mvc;

  private Open311Fixture(MockMvc mvc, TestOrganisation.Setup agency, String key) {
    this.mvc = mvc;
    this.agency = agency;
    this.key = key;
  }

  /** A new agency taking facility reports, and a key for it allowing {@code perHour}. */
  static Open311Fixture open(ApplicationContext context, MockMvc mvc, String prefix, int perHour) {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency(prefix, null);
    PetitionFixtures.open(context, agency);
    String key =
        context
            .getBean(ApiKeys.class)
            .issue(agency.as(Role.AGENCY_ADMIN), agency.code().value(), "test client", perHour)
            .secret();
    return new Open311Fixture(mvc, agency, key);
  }

  String jurisdiction() {
    return agency.code().value();
  }

  /** A GET of {@code path} under {@code /open311/v2} in this jurisdiction. */
  MockHttpServletResponse get(String path, String... parameters) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.get("/open311/v2/" + path).param("jurisdiction_id", jurisdiction());
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      request.param(parameters[i], parameters[i + 1]);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** A GET of an address as given (a {@code Link} header's, or one without a jurisdiction). */
  MockHttpServletResponse getRaw(String address) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(address)).andReturn().getResponse();
  }

  /** A good street-light report, which {@code changes} add to or replace (a null value drops). */
  static Map<String, String> streetLight(String... changes) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("service_code", "street-light");
    form.put("lat", "24.8271234");
    form.put("long", "121.7712345");
    form.put("attribute[lamp-number]", "JX-0123");
    form.put("attribute[fault]", "dark");
    form.put("description", "路燈整晚不亮");
    for (int i = 0; i + 1 < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        form.remove(changes[i]);
      } else {
        form.put(changes[i], changes[i + 1]);
      }
    }
    return form;
  }

  /** POST requests in {@code format} with this fixture's key and jurisdiction. */
  MockHttpServletResponse post(String format, Map<String, String> form) throws Exception {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("api_key", key);
    all.put("jurisdiction_id", jurisdiction());
    all.putAll(form);
    return postRaw(format, all);
  }

  /** POST requests in {@code format} with exactly {@code form} (a null value drops). */
  MockHttpServletResponse postRaw(String format, Map<String, String> form) throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.post("/open311/v2/requests." + format)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.forEach(
        (name, value) -> {
          if (value != null) {
            request.param(name, value);
          }
        });
    return mvc.perform(request).andReturn().getResponse();
  }
}
