// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.civicdesk.open311.Open311Fixture.streetLight;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.open311.Open311Schemas.Body;
import tw.civicdesk.organisation.Role;

/**
 * The GeoReport v2 conformance suite: every endpoint in both formats, and every error case, each
 * answer checked for its status, its content type and its body against the JSON Schema or XSD
 * written from the specification (ADR 0039).
 */
@IntegrationTest
class Open311ConformanceTests {

  static final List<String> FORMATS = List.of("json", "xml");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  Open311Fixture city;

  @BeforeEach
  void aJurisdictionWithAKey() {
    city = Open311Fixture.open(context, mvc, "O311", 1000);
  }

  static String body(MockHttpServletResponse answer, int status, Body schema, String format)
      throws Exception {
    String content = answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(answer.getStatus()).as(content).isEqualTo(status);
    assertThat(answer.getContentType())
        .isEqualTo(
            format.equals("xml") ? "text/xml;charset=UTF-8" : "application/json;charset=UTF-8");
    Open311Schemas.assertValid(schema, format, content);
    return content;
  }

  static String first(String content, String element) {
    Matcher m =
        Pattern.compile(
                "\"" + element + "\":\"([^\"]+)\"|<" + element + ">([^<]+)</" + element + ">")
            .matcher(content);
    assertThat(m.find()).as("%s in %s", element, content).isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  @Test
  void theServiceListNamesTheFacilityCategoriesAndWhichAskAttributes() throws Exception {
    for (String f : FORMATS) {
      String services = body(city.get("services." + f), 200, Body.SERVICES, f);
      assertThat(services).contains("street-light", "pothole", "路燈故障", "realtime");
      assertThat(services).doesNotContain("attitude", "suggestion");
    }
    String json = body(city.get("services.json"), 200, Body.SERVICES, "json");
    assertThat(json)
        .contains("{\"service_code\":\"street-light\",\"service_name\":\"路燈故障\"")
        .containsPattern("\"service_code\":\"street-light\"[^}]*\"metadata\":true")
        .containsPattern("\"service_code\":\"pothole\"[^}]*\"metadata\":false");
  }

  @Test
  void aServiceDefinitionListsItsAttributesWithTheirValues() throws Exception {
    for (String f : FORMATS) {
      String definition =
          body(city.get("services/street-light." + f), 200, Body.SERVICE_DEFINITION, f);
      assertThat(definition).contains("lamp-number", "singlevaluelist", "flickering", "閃爍");
    }
    String xml =
        body(
            city.get("services/street-light.xml", "lang", "en"),
            200,
            Body.SERVICE_DEFINITION,
            "xml");
    assertThat(xml)
        .contains("<service_definition><service_code>street-light</service_code><attributes>")
        .contains("<values><value><key>dark</key><name>Not lit</name></value>");
  }

  @Test
  void aFiledRequestAnswersItsIdAndTokenAndIsFoundByBoth() throws Exception {
    for (String f : FORMATS) {
      String created = body(city.post(f, streetLight()), 200, Body.REQUEST_CREATED, f);
      String id = first(created, "service_request_id");
      String token = first(created, "token");
      assertThat(id).startsWith(city.jurisdiction() + "-");

      String one = body(city.get("requests/" + id + "." + f), 200, Body.REQUESTS, f);
      assertThat(first(one, "service_request_id")).isEqualTo(id);
      assertThat(first(one, "status")).isEqualTo("open");
      assertThat(first(one, "service_code")).isEqualTo("street-light");

      String byToken = body(city.get("tokens/" + token + "." + f), 200, Body.TOKEN, f);
      assertThat(first(byToken, "service_request_id")).isEqualTo(id);

      String list = body(city.get("requests." + f), 200, Body.REQUESTS, f);
      assertThat(list).contains(id);
      String filtered =
          body(
              city.get("requests." + f, "service_code", "pothole", "status", "open,closed"),
              200,
              Body.REQUESTS,
              f);
      assertThat(filtered).doesNotContain(id);
      String byId =
          body(
              city.get("requests." + f, "service_request_id", id, "service_code", "pothole"),
              200,
              Body.REQUESTS,
              f);
      assertThat(byId).as("service_request_id wins over every other filter").contains(id);
    }
  }

  @Test
  void requestsAreFilteredByTheirFilingTime() throws Exception {
    String id =
        first(
            body(city.post("json", streetLight()), 200, Body.REQUEST_CREATED, "json"),
            "service_request_id");
    for (String f : FORMATS) {
      assertThat(
              body(
                  city.get("requests." + f, "start_date", "2000-01-01T00:00:00+08:00"),
                  200,
                  Body.REQUESTS,
                  f))
          .contains(id);
      assertThat(
              body(
                  city.get(
                      "requests." + f,
                      "start_date",
                      "2000-01-01T00:00:00Z",
                      "end_date",
                      "2001-01-01T00:00:00Z"),
                  200,
                  Body.REQUESTS,
                  f))
          .doesNotContain(id);
      assertThat(body(city.get("requests." + f, "status", "closed"), 200, Body.REQUESTS, f))
          .doesNotContain(id);
    }
  }

  @Test
  void errorsOfTheReadEndpointsComeInTheSpecificationsFormAndStatus() throws Exception {
    for (String f : FORMATS) {
      body(city.get("services/no-such-service." + f), 404, Body.ERRORS, f);
      body(
          city.get("requests/" + city.jurisdiction() + "-20260101-99999." + f),
          404,
          Body.ERRORS,
          f);
      body(city.get("requests/not-a-number." + f), 404, Body.ERRORS, f);
      body(city.get("tokens/no-such-token." + f), 404, Body.ERRORS, f);
      body(city.get("requests." + f, "status", "pending"), 400, Body.ERRORS, f);
      body(city.get("requests." + f, "start_date", "yesterday"), 400, Body.ERRORS, f);
      body(city.get("requests." + f, "start_date", "2026-01-01T00:00:00"), 400, Body.ERRORS, f);
      body(city.get("requests." + f, "page_size", "1001"), 400, Body.ERRORS, f);
      body(city.get("requests." + f, "after", "not-a-cursor"), 400, Body.ERRORS, f);
      body(city.get("requests." + f, "service_request_id", "x"), 400, Body.ERRORS, f);
      // Unknown and missing jurisdictions: this test database serves many.
      body(
          city.getRaw("/open311/v2/services." + f + "?jurisdiction_id=NO-SUCH-AGENCY"),
          404,
          Body.ERRORS,
          f);
      body(city.getRaw("/open311/v2/services." + f + "?jurisdiction_id=a b"), 404, Body.ERRORS, f);
      String missing = body(city.getRaw("/open311/v2/services." + f), 400, Body.ERRORS, f);
      assertThat(missing).contains("jurisdiction_id");
    }
  }

  @Test
  void aRequestFromAnotherJurisdictionIsNotFoundThere() throws Exception {
    Open311Fixture other = Open311Fixture.open(context, mvc, "O31X", 10);
    String id =
        first(
            body(other.post("json", streetLight()), 200, Body.REQUEST_CREATED, "json"),
            "service_request_id");
    for (String f : FORMATS) {
      body(city.get("requests/" + id + "." + f), 404, Body.ERRORS, f);
      assertThat(body(city.get("requests." + f, "service_request_id", id), 200, Body.REQUESTS, f))
          .doesNotContain(id);
    }
  }

  @Test
  void keysAreRefusedWith403WhenMissingUnknownRevokedOrAnotherJurisdictions() throws Exception {
    Open311Fixture other = Open311Fixture.open(context, mvc, "O31K", 10);
    IssuedKey revoked =
        context
            .getBean(ApiKeys.class)
            .issue(city.agency.as(Role.AGENCY_ADMIN), city.jurisdiction(), "old", 10);
    context.getBean(ApiKeys.class).revoke(city.agency.as(Role.AGENCY_ADMIN), revoked.key().id());
    for (String f : FORMATS) {
      Map<String, String> form = streetLight("jurisdiction_id", city.jurisdiction());
      assertThat(body(city.postRaw(f, form), 403, Body.ERRORS, f)).contains("api_key");
      form.put("api_key", "cd311_" + "A".repeat(43));
      body(city.postRaw(f, form), 403, Body.ERRORS, f);
      form.put("api_key", "not even a key");
      body(city.postRaw(f, form), 403, Body.ERRORS, f);
      form.put("api_key", revoked.secret());
      body(city.postRaw(f, form), 403, Body.ERRORS, f);
      form.put("api_key", other.key);
      assertThat(body(city.postRaw(f, form), 403, Body.ERRORS, f)).contains(other.jurisdiction());
    }
    assertThat(body(city.get("requests.json"), 200, Body.REQUESTS, "json")).isEqualTo("[]");
  }

  @Test
  void aRequestMissingWhatItNeedsIs400WithEveryProblemAndStoresNothing() throws Exception {
    for (String f : FORMATS) {
      body(city.post(f, streetLight("service_code", null)), 400, Body.ERRORS, f);
      body(city.post(f, streetLight("service_code", "no-such-service")), 404, Body.ERRORS, f);
      body(city.post(f, streetLight("service_code", "attitude")), 404, Body.ERRORS, f);
      String several =
          body(
              city.post(
                  f,
                  streetLight(
                      "lat",
                      null,
                      "long",
                      null,
                      "attribute[lamp-number]",
                      null,
                      "attribute[fault]",
                      "on-fire",
                      "email",
                      "not-an-address")),
              400,
              Body.ERRORS,
              f);
      // No location, no lamp number, an unknown fault, a malformed e-mail, an e-mail without a
      // name.
      assertThat(several.split(f.equals("xml") ? "<error>" : "\"code\"")).hasSize(6);
      body(city.post(f, streetLight("lat", "91")), 400, Body.ERRORS, f);
      body(city.post(f, streetLight("attribute[colour]", "red")), 400, Body.ERRORS, f);
      body(city.post(f, streetLight("phone", "0912345678")), 400, Body.ERRORS, f);
      body(city.post("html", streetLight()), 404, Body.ERRORS, "json");
    }
    assertThat(body(city.get("requests.json"), 200, Body.REQUESTS, "json")).isEqualTo("[]");
  }

  @Test
  void aReportGivenByAnAddressAloneAndWithoutANameIsFiledAnonymously() throws Exception {
    for (String f : FORMATS) {
      String created =
          body(
              city.post(f, streetLight("lat", null, "long", null, "address_string", "礁溪鄉中山路二段")),
              200,
              Body.REQUEST_CREATED,
              f);
      String one =
          body(
              city.get("requests/" + first(created, "service_request_id") + "." + f),
              200,
              Body.REQUESTS,
              f);
      assertThat(first(one, "address")).isEqualTo("礁溪鄉中山路二段");
    }
  }

  @Test
  void theSchemasRefuseWhatTheSpecificationDoesNotAllow() {
    assertThat(
            Open311Schemas.jsonProblems(
                Body.REQUESTS,
                "[{\"service_request_id\":\"1\",\"status\":\"open\",\"service_code\":\"x\","
                    + "\"requested_datetime\":\"2026-01-01T00:00:00+08:00\",\"email\":\"a@b.c\"}]"))
        .isNotEmpty();
    assertThat(
            Open311Schemas.jsonProblems(
                Body.REQUESTS,
                "[{\"service_request_id\":\"1\",\"status\":\"pending\",\"service_code\":\"x\","
                    + "\"requested_datetime\":\"2026-01-01T00:00:00\"}]"))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(Open311Schemas.jsonProblems(Body.ERRORS, "[{\"code\":200}]")).isNotEmpty();
    assertThat(
            Open311Schemas.xmlProblem(
                Body.REQUESTS,
                "<service_requests><request><service_request_id>1</service_request_id>"
                    + "<status>open</status><service_code>x</service_code><requested_datetime>"
                    + "2026-01-01T00:00:00</requested_datetime></request></service_requests>"))
        .isNotNull();
    assertThat(
            Open311Schemas.xmlProblem(
                Body.SERVICES,
                "<services><service><service_code>x</service_code></service></services>"))
        .isNotNull();
    assertThat(Open311Schemas.xmlProblem(Body.ERRORS, "<errors/>")).isNotNull();
  }
}
