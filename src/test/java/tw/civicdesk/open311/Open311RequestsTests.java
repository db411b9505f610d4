// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.civicdesk.open311.Open311ConformanceTests.body;
import static tw.civicdesk.open311.Open311ConformanceTests.first;
import static tw.civicdesk.open311.Open311Fixture.streetLight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.open311.Open311Schemas.Body;

/**
 * GET requests pages by keyset beyond the specification's 1,000 and gives every row exactly once;
 * each key is limited per hour with the specification's error form; and no answer of a read
 * endpoint holds the reporter's name, phone, e-mail address, words or house number.
 */
@IntegrationTest
class Open311RequestsTests {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
  private static final Pattern ID =
      Pattern.compile("\"service_request_id\":\"([^\"]+)\"|<service_request_id>([^<]+)<");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void keysetPagesGiveEveryRequestExactlyOnceAlsoWhenFilingTimesTie() throws Exception {
    Open311Fixture city = Open311Fixture.open(context, mvc, "PAGE", 1000);
    Set<String> filed = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      filed.add(
          first(
              body(city.post("json", streetLight()), 200, Body.REQUEST_CREATED, "json"),
              "service_request_id"));
    }
    // Nine reports filed in the same microsecond: only the case number orders them.
    int tied =
        jdbc.sql(
                """
                update petition_case set filed_at = timestamptz '2026-12-01 09:00:00+08'
                where case_number in (select case_number from petition_case
                  where agency_code = :agency order by case_number limit 9)
                """)
            .param("agency", city.jurisdiction())
            .update();
    assertThat(tied).isEqualTo(9);
    for (String f : Open311ConformanceTests.FORMATS) {
      List<String> seen = new ArrayList<>();
      int pages = 0;
      MockHttpServletResponse page =
          city.get("requests." + f, "page_size", "5", "start_date", "2026-11-01T00:00:00+08:00");
      while (true) {
        pages++;
        Matcher ids = ID.matcher(body(page, 200, Body.REQUESTS, f));
        while (ids.find()) {
          seen.add(ids.group(1) != null ? ids.group(1) : ids.group(2));
        }
        String link = page.getHeader("Link");
        if (link == null) {
          break;
        }
        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).as(link).isTrue();
        page = city.getRaw(next.group(1));
      }
      assertThat(seen).as("%s: each once", f).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).as(f).isEqualTo(filed);
      assertThat(pages).as("23 requests, 5 a page").isEqualTo(5);
    }
  }

  @Test
  void aKeyIsRefusedWith429AndRetryAfterOnceItsHourIsUsedUpAndOtherKeysAreNot() throws Exception {
    Open311Fixture city = Open311Fixture.open(context, mvc, "RATE", 3);
    body(city.post("json", streetLight()), 200, Body.REQUEST_CREATED, "json");
    body(city.post("xml", streetLight("service_code", null)), 400, Body.ERRORS, "xml");
    body(city.post("json", streetLight()), 200, Body.REQUEST_CREATED, "json");
    for (String f : Open311ConformanceTests.FORMATS) {
      MockHttpServletResponse refused = city.post(f, streetLight());
      assertThat(body(refused, 429, Body.ERRORS, f)).contains("3");
      assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
    }
    assertThat(filed(city)).as("the refused requests stored nothing").isEqualTo(2);

    String another =
        context
            .getBean(ApiKeys.class)
            .issue(
                city.agency.as(tw.civicdesk.organisation.Role.AGENCY_ADMIN),
                city.jurisdiction(),
                "second client",
                3)
            .secret();
    var form = streetLight("api_key", another, "jurisdiction_id", city.jurisdiction());
    body(city.postRaw("json", form), 200, Body.REQUEST_CREATED, "json");
    assertThat(filed(city)).isEqualTo(3);
  }

  private long filed(Open311Fixture city) {
    return jdbc.sql(
            "select count(*) from petition_case where agency_code = :a and channel = 'OPEN311'")
        .param("a", city.jurisdiction())
        .query(Long.class)
        .single();
  }

  @Test
  void noReadAnswerHoldsTheReportersNamePhoneEmailWordsOrHouseNumber() throws Exception {
    Open311Fixture city = Open311Fixture.open(context, mvc, "PRIV", 100);
    String created =
        body(
            city.post(
                "json",
                streetLight(
                    "first_name", "大明",
                    "last_name", "王",
                    "email", "wang.daming@example.invalid",
                    "phone", "0912-345-678",
                    "description", "我家門口路燈不亮，請打0912345678找王大明",
                    "address_string", "礁溪鄉中山路二段100號3樓")),
            200,
            Body.REQUEST_CREATED,
            "json");
    String id = first(created, "service_request_id");
    String token = first(created, "token");
    List<String> personal =
        List.of(
            "王大明",
            "大明",
            "wang.daming",
            "example.invalid",
            "0912",
            "345-678",
            "我家門口",
            "100號",
            "3樓",
            "24.8271234",
            "121.7712345");
    for (String f : Open311ConformanceTests.FORMATS) {
      String one = body(city.get("requests/" + id + "." + f), 200, Body.REQUESTS, f);
      String list = body(city.get("requests." + f), 200, Body.REQUESTS, f);
      String byToken = body(city.get("tokens/" + token + "." + f), 200, Body.TOKEN, f);
      for (String answer : List.of(one, list, byToken)) {
        assertThat(personal).noneMatch(answer::contains);
      }
      assertThat(first(one, "address")).isEqualTo("礁溪鄉中山路二段");
      assertThat(one).containsPattern("\"lat\":24\\.827[,}]|<lat>24\\.827</lat>");
      assertThat(one).containsPattern("\"long\":121\\.771[,}]|<long>121\\.771</long>");
    }
  }
}
