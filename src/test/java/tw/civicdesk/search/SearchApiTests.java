// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The contract of {@code GET /api/v1/search} and the results page: ranked hits with exactly {@code
 * type}, {@code id}, {@code title}, {@code snippet} and {@code url}; problems for what cannot be
 * searched; misses counted for the quality officer, never a query that looks like personal data.
 */
@IntegrationTest
class SearchApiTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired SearchIndex search;
  @Autowired SearchMisses misses;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  String agency;

  @BeforeEach
  void documents() {
    agency = TestOrganisation.from(context).agency("SAPI", null).code().value();
    search.put(
        new SearchDocument(
            "faq",
            agency + "-FAQ-LIGHT",
            agency,
            new BilingualText("路燈不亮要找誰？", "Who fixes a street light?"),
            new BilingualText(
                "路燈不亮時請打 1999，說出燈桿上的編號 <b>。",
                "Call 1999 about a street light, with the pole's number."),
            "/faq/" + agency + "-FAQ-LIGHT"));
    search.put(
        new SearchDocument(
            "service",
            agency + "-LIGHT-REPAIR",
            agency,
            new BilingualText("路燈維修申請", "Street light repair"),
            new BilingualText("公共路燈故障的維修。", "Repairs of public street lights."),
            "/services/" + agency + "-LIGHT-REPAIR"));
  }

  private LocalDate today() {
    return clock.instant().atZone(ZoneId.of("Asia/Taipei")).toLocalDate();
  }

  @Test
  void hitsCarryTypeIdTitleSnippetAndUrlBestFirst() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "路燈").param("agency", agency))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits", hasSize(2)))
        .andExpect(jsonPath("$.hits[0].type").exists())
        .andExpect(jsonPath("$.hits[0].id").exists())
        .andExpect(jsonPath("$.hits[0].title").exists())
        .andExpect(jsonPath("$.hits[0].snippet").exists())
        .andExpect(jsonPath("$.hits[0].url").exists())
        .andExpect(jsonPath("$.hits[0].score").doesNotExist())
        .andExpect(jsonPath("$.counts.faq").value(1))
        .andExpect(jsonPath("$.counts.service").value(1))
        .andExpect(jsonPath("$.counts.plan").value(0));
    mvc.perform(
            get("/api/v1/search")
                .param("q", "street lights")
                .param("type", "faq")
                .param("lang", "en")
                .param("agency", agency))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hits", hasSize(1)))
        .andExpect(jsonPath("$.hits[0].type").value("faq"))
        .andExpect(jsonPath("$.hits[0].id").value(agency + "-FAQ-LIGHT"))
        .andExpect(jsonPath("$.hits[0].title").value("Who fixes a street light?"))
        .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
        .andExpect(jsonPath("$.hits[0].url").value("/faq/" + agency + "-FAQ-LIGHT"));
  }

  @Test
  void snippetsAreEscapedHtml() throws Exception {
    mvc.perform(get("/api/v1/search").param("q", "編號").param("agency", agency))
        .andExpect(jsonPath("$.hits[0].snippet").value(containsString("&lt;b&gt;")))
        .andExpect(jsonPath("$.hits[0].snippet").value(not(containsString("<b>"))));
  }

  @Test
  void whatCannotBeSearchedIsAProblem() throws Exception {
    problem(get("/api/v1/search").param("q", "   "), 422, "search.problem.blank");
    problem(
        get("/api/v1/search").param("q", "路").param("type", "news"), 422, "search.problem.type");
    problem(
        get("/api/v1/search").param("q", "路").param("lang", "fr"), 422, "search.problem.language");
    problem(
        get("/api/v1/search").param("q", "路").param("agency", "NO-SUCH"),
        422,
        "search.problem.agency");
    mvc.perform(get("/api/v1/search").param("q", "路".repeat(101)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/v1/search").param("q", "路\u0000燈"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  private void problem(
      org.springframework.test.web.servlet.RequestBuilder request, int status, String key)
      throws Exception {
    mvc.perform(request)
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:" + key));
  }

  @Test
  void searchesThatFindNothingAreCountedButPersonalDataIsWithheld() throws Exception {
    long withheld = misses.withheld(today(), today());
    for (String q : List.of("ＵＦＯ降落", "ufo降落", "A123456789", "0912345678")) {
      mvc.perform(get("/api/v1/search").param("q", q).param("agency", agency))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.hits", hasSize(0)));
    }
    List<SearchMisses.Miss> found = misses.misses(agency, today().minusDays(1), today());
    assertThat(found).extracting(SearchMisses.Miss::query).containsExactly("ufo降落");
    assertThat(found.get(0).count()).isEqualTo(2);
    assertThat(found.get(0).perMonth()).containsValue(2L);
    assertThat(misses.withheld(today(), today())).isEqualTo(withheld + 2);
    assertThat(
            jdbc.sql("select count(*) from search_miss where query like '%123456%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theResultsPageFiltersByTypeWithCountsAndHelpsWhenNothingIsFound() throws Exception {
    mvc.perform(get("/search").param("q", "路燈").param("agency", agency).param("type", "faq"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<mark>路燈</mark>")))
        .andExpect(content().string(containsString("常見問題（1）")))
        .andExpect(content().string(containsString("申辦服務（1）")));
    mvc.perform(get("/search").param("q", "火星人").param("agency", agency))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/faq\"")))
        .andExpect(content().string(containsString("href=\"/feedback\"")));
    mvc.perform(get("/search").param("q", "路".repeat(101))).andExpect(status().isBadRequest());
  }

  @Test
  void whenMoreMatchThanAreShownTheHeadingSaysHowManyOfHowMany() throws Exception {
    for (int i = 0; i < SiteSearch.MAX_HITS; i++) {
      search.put(
          new SearchDocument(
              "faq",
              agency + "-KITE-" + i,
              agency,
              new BilingualText("風箏節第" + i + "場", "Kite festival " + i),
              new BilingualText("風箏節的場次說明。", "About the kite festival."),
              "/faq/" + agency + "-KITE-" + i));
    }
    search.put(
        new SearchDocument(
            "service",
            agency + "-KITE-PERMIT",
            agency,
            new BilingualText("風箏節攤位申請", "Kite festival stall"),
            new BilingualText("風箏節的攤位。", "Stalls at the kite festival."),
            "/services/" + agency + "-KITE-PERMIT"));
    mvc.perform(get("/search").param("q", "風箏節").param("agency", agency))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("全部（51）")))
        .andExpect(content().string(containsString("結果共 51 筆，先列出前 50 筆")));
    mvc.perform(get("/search").param("q", "風箏節").param("agency", agency).param("type", "service"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("找到 1 筆與「風箏節」相關的結果")))
        .andExpect(content().string(not(containsString("先列出前"))));
  }
}
