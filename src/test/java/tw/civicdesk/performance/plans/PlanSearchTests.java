// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.search.SearchHit;
import tw.civicdesk.search.SearchIndex;
import tw.civicdesk.search.SearchQuery;

/**
 * Plans in the site search (kind {@code plan}): a published agency plan is found by the words of
 * its title and practices and links to the agency's public plan page; a county template is not an
 * agency plan and is never put.
 */
@IntegrationTest
class PlanSearchTests {

  @Autowired ApplicationContext context;
  @Autowired SearchIndex search;
  @Autowired PlanSearchSource source;

  private List<SearchHit> plans(String text, String agency) {
    return search.search(new SearchQuery(Set.of("plan"), text, agency, "zh-TW", 10));
  }

  @Test
  void aPublishedPlanIsFoundAndLinksToTheAgencysPlanPage() {
    DemoPlans.load(context);
    Plan jiaoxi = DemoPlans.plan(context, "YILAN-JIAOXI", 2010);
    Plan thisYear =
        DemoPlans.plan(
            context,
            "YILAN-JIAOXI",
            java.time.LocalDate.now(
                    context
                        .getBean(java.time.Clock.class)
                        .withZone(java.time.ZoneId.of("Asia/Taipei")))
                .getYear());
    List<SearchHit> hits = plans("服務品質執行計畫", "YILAN-JIAOXI");
    assertThat(hits)
        .as("the seed plan and this year's plan derived from it")
        .extracting(SearchHit::reference)
        .containsExactlyInAnyOrder(String.valueOf(jiaoxi.id()), String.valueOf(thisYear.id()));
    assertThat(hits).extracting(SearchHit::url).containsOnly("/agencies/YILAN-JIAOXI/plan");
    assertThat(hits).extracting(SearchHit::title).allMatch(t -> t.contains("礁溪鄉公所"));
    assertThat(plans("實施計畫", "YILAN-COUNTY")).isEmpty();
  }

  @Test
  void theSourceGivesEveryPublicAgencyPlanAndNoTemplate() {
    DemoPlans.load(context);
    List<String> kinds = new java.util.ArrayList<>();
    List<String> urls = new java.util.ArrayList<>();
    source.forEach(
        d -> {
          kinds.add(d.kind());
          urls.add(d.url());
        });
    assertThat(kinds).isNotEmpty().containsOnly("plan");
    assertThat(urls).contains("/agencies/YILAN-JIAOXI/plan", "/agencies/CH-PLANNING/plan");
    assertThat(urls).noneMatch(u -> u.contains("YILAN-COUNTY"));
  }
}
