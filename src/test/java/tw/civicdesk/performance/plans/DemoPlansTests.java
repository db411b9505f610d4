// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.DemoData;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.search.SearchIndex;

/**
 * The five seed plans load as structured plans, faithfully, with the county templates they cite,
 * published for the public, and only once. The counts are counted by hand from the documents.
 */
@IntegrationTest
class DemoPlansTests {

  @Autowired ApplicationContext context;
  @Autowired PlanStore store;
  @Autowired Frameworks frameworks;
  @Autowired Organisation organisation;
  @Autowired TransactionTemplate tx;
  @Autowired SearchIndex search;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  DemoPlansLoader loader;

  @BeforeEach
  void load() {
    DemoData.load(context);
    loader = new DemoPlansLoader(store, frameworks, organisation, tx, search, clock);
    loader.load();
  }

  private Plan plan(String agency, int year) {
    return store.find(agency, year, PlanKind.PLAN).orElseThrow();
  }

  private Plan template(String agency, int year) {
    return store.find(agency, year, PlanKind.TEMPLATE).orElseThrow();
  }

  private static Practice practice(Plan plan, String text) {
    return plan.content().practices().stream()
        .filter(p -> p.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no practice " + text));
  }

  private List<String> unitNames(Plan plan, Practice practice) {
    Map<String, String> names =
        organisation.units(new AgencyCode(plan.agencyCode())).stream()
            .collect(Collectors.toMap(Unit::code, u -> u.name().zh()));
    return practice.units().stream().map(u -> names.getOrDefault(u, u)).toList();
  }

  private static OffsetDateTime taipei(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(8));
  }

  @Test
  void jiaoxiKeepsItsThreeDimensionsThirtyFivePracticesUnitsAndTheCountyTemplate() {
    Plan plan = plan("YILAN-JIAOXI", 2010);
    // 優質便民服務 23 (1+2+1, 2+2, 3+3, 2+1, 2, 4), 資訊流通服務 8 (2+1+1, 2+2), 創新加值服務 4.
    assertThat(plan.content().nodes())
        .extracting(PlanNode::title)
        .containsExactly("優質便民服務", "資訊流通服務", "創新加值服務");
    assertThat(plan.content().practices()).hasSize(35);
    assertThat(plan.title()).isEqualTo("宜蘭縣礁溪鄉公所99年度提升服務品質執行計畫");
    assertThat(plan.frameworkCode()).isEqualTo("SQA-FRONTLINE");
    assertThat(plan.status()).isEqualTo(PlanStatus.IN_EXECUTION);

    Practice filing = practice(plan, "定期辦理公文稽催管制，於期限內迅速辦結。");
    assertThat(filing.deadline()).isEqualTo(Deadline.ONGOING);
    assertThat(unitNames(plan, filing)).containsExactly("行政室");
    assertThat(practice(plan, "設置殘障停車位，供身障民眾洽公使用。").units()).containsExactly("ADMIN");
    assertThat(practice(plan, "聘請法律顧問，提供免費法律諮詢服務。").units()).containsExactly("CIVIL");
    assertThat(unitNames(plan, practice(plan, "辦理生育補助及準時開席等福利措施，以提升服務品質。"))).containsExactly("社會課");
    assertThat(unitNames(plan, practice(plan, "結合社區資源成立環保義工隊，協助環境保護工作。"))).containsExactly("清潔隊");
    Practice links = practice(plan, "於本所網站之「好站相連」項目中，建置民眾常用之資訊網站連結，提升政府資訊資源共享及使用效率。");
    assertThat(links.deadline()).isEqualTo(Deadline.AS_NEEDED);
    assertThat(plan.content().practices())
        .filteredOn(p -> p != links)
        .allMatch(p -> p.deadline().equals(Deadline.ONGOING));

    Plan county = template("YILAN-COUNTY", 2010);
    assertThat(plan.templateId()).isEqualTo(county.id());
    assertThat(county.status()).isEqualTo(PlanStatus.PUBLISHED);
    assertThat(county.approvalRef()).isEqualTo("府計研字第0990006665號");
    assertThat(county.content().practices()).isEmpty();
    assertThat(county.content().nodes()).hasSize(3);
    assertThat(plan.content().basis())
        .extracting(BasisLetter::number)
        .containsExactly("院授研展字第09600152471號", "會研字第0982161692號", "府計研字第0990006665號");
    assertThat(plan.content().basis().get(2).date()).isEqualTo(LocalDate.of(2010, 1, 13));

    List<PlanHistoryEntry> history = store.history(plan.id());
    assertThat(history)
        .extracting(PlanHistoryEntry::action)
        .containsExactly(
            PlanAction.CREATE, PlanAction.APPROVE, PlanAction.PUBLISH, PlanAction.START);
    assertThat(history.get(1).actor()).isEqualTo("jiaoxi.director");
    assertThat(history.get(3).actor()).isEqualTo("jiaoxi.quality");
    // No date of its own: not before the county's letter of 99.1.13 it follows.
    assertThat(history.get(1).at()).isEqualTo(taipei(LocalDate.of(2010, 1, 13), 10).toInstant());
  }

  @Test
  void fengshanKeepsItsFiveHeadingsAndTwentyFourStrategiesEachWithItsMethod() {
    Plan plan = plan("KH-FENGSHAN-HR1", 2008);
    // 五大實施要項、二十四執行策略: 6 + 4 + 5 + 5 + 4, one 執行方法 each.
    assertThat(plan.content().nodes()).hasSize(5).allMatch(n -> n.kind() == NodeKind.HEADING);
    assertThat(plan.content().nodes().get(1).title()).isEqualTo("便捷服務程序，確保流程透明");
    assertThat(plan.content().nodes())
        .extracting(n -> n.children().size())
        .containsExactly(6, 4, 5, 5, 4);
    assertThat(plan.content().practices())
        .hasSize(24)
        .allMatch(p -> p.deadline().equals(Deadline.ONGOING) && p.units().equals(List.of("*")));
    assertThat(plan.content().levels()).containsExactly("實施要項", "執行策略");
    assertThat(plan.content().nodes().get(0).children().get(1).practices().get(0).text())
        .startsWith("每年至少1次辦公設備檢查(包括各項申辦動線");
    assertThat(plan.frameworkCode()).isNull();
    assertThat(plan.content().sections())
        .extracting(PlanContent.Section::heading)
        .containsExactly("實施步驟及分工", "管制考核", "績效評估", "實施與修正");

    Plan county = template("KAOHSIUNG-COUNTY", 2008);
    assertThat(plan.templateId()).isEqualTo(county.id());
    assertThat(county.title()).isEqualTo("高雄縣97年提升服務品質實施計畫");
    assertThat(plan.content().basis().get(1).number()).isEqualTo("府計研字第0960253588號");
    assertThat(plan.content().basis().get(1).date()).isEqualTo(LocalDate.of(2007, 11, 7));
    assertThat(store.history(plan.id()).get(0).at())
        .isEqualTo(taipei(LocalDate.of(2007, 12, 3), 9).toInstant());
  }

  @Test
  void yanshuiKeepsItsPointsAndFortyTwoPracticesEachWithItsRowsExpectedTargets() {
    Plan plan = plan("TN-YANSHUI", 2016);
    // 優質便民服務 5+5+6+4, 資訊網路服務 4+3+3+3, 創新加值服務 5+2+2.
    assertThat(plan.content().nodes()).extracting(PlanNode::points).containsExactly(400, 300, 300);
    assertThat(plan.content().practices()).hasSize(42);
    assertThat(plan.content().nodes().get(0).children())
        .extracting(PlanNode::title)
        .containsExactly("服務流程", "機關形象及顧客關係");
    assertThat(plan.templateId()).isNull();
    Practice library = practice(plan, "圖書館提供線上預約調閱圖書、續借圖書、讀者意見反映、讀者資料查詢服務。");
    assertThat(library.outcome()).startsWith("方便民眾藉由網路即可瞭解各項業務申報流程");
    assertThat(practice(plan, "各課就所屬業務成立單一窗口，提供民眾申辦、諮詢服務。").outcome())
        .contains("2.善用網路資訊科技，提高本所線上資料查核〈電子認證〉使用比率。");
  }

  @Test
  void eastHealthFollowsTheGovernmentServiceAwardWithTwentySixPracticesDueAtYearEnd() {
    Plan plan = plan("HC-EAST-HEALTH", 2017);
    // 基礎服務 4+5, 服務遞送 4+4+2, 服務量能 1+1, 服務評價 2+1, 開放創新 1+1.
    assertThat(plan.content().nodes())
        .extracting(PlanNode::title)
        .containsExactly("基礎服務", "服務遞送", "服務量能", "服務評價", "開放創新");
    assertThat(plan.content().nodes())
        .extracting(PlanNode::frameworkPath)
        .containsExactly("01", "02", "03", "04", "05");
    assertThat(plan.content().practices())
        .hasSize(26)
        .allMatch(p -> p.deadline().equals(Deadline.on(LocalDate.of(2017, 12, 31))));
    assertThat(practice(plan, "服務及時性：申辦案件於處理時限內完成之案件比率。").units())
        .containsExactly(Practice.ALL_UNITS);
    assertThat(plan.content().nodes().get(4).note()).startsWith("開放參與及創新性在基礎服務");
    assertThat(plan.frameworkCode()).isEqualTo("GSA-OVERALL");
  }

  @Test
  void changhuaPlanningKeepsItsEightHeadingsTwentyFivePracticesAndPairsEachUnit() {
    Plan plan = plan("CH-PLANNING", 2017);
    // 2 + 6 + 3 + 2 + 3 + 3 + 2 + 4.
    assertThat(plan.content().nodes()).hasSize(8).allMatch(n -> n.kind() == NodeKind.HEADING);
    assertThat(plan.content().practices())
        .hasSize(25)
        .allMatch(p -> p.deadline().equals(Deadline.on(LocalDate.of(2017, 12, 31))));
    Practice courtesy = practice(plan, "注重服務人員的禮貌態度。");
    assertThat(courtesy.units()).containsExactly("IT", "RESEARCH");
    assertThat(unitNames(plan, courtesy)).containsExactly("資訊科", "研究發展科");
    assertThat(courtesy.outcome()).contains("每年辦理6次本府暨所屬各機關電話禮貌測試");
    assertThat(practice(plan, "定期維護本處各項行政設備，並辦理環境布置舒適洽公環境。").units())
        .containsExactly(Practice.ALL_UNITS, "RESEARCH");
    assertThat(practice(plan, "建置「公文線上簽核暨公文製作整合系統」").units()).containsExactly("IT");

    Plan county = template("CHANGHUA-COUNTY", 2017);
    assertThat(plan.templateId()).isEqualTo(county.id());
    assertThat(county.content().nodes())
        .extracting(PlanNode::title)
        .containsExactly("基礎服務", "服務遞送", "服務量能", "服務評價", "開放創新");
    assertThat(county.content().basis().get(0).number()).isEqualTo("府計研字第1060038517號");
    assertThat(county.content().sections().get(0).text()).contains("全文不在");
  }

  @Test
  void everyPracticeHasAUnitOfItsAgencyAndEveryResourceIsAsJacksonWritesIt() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    for (String name : DemoPlansLoader.RESOURCES) {
      DemoPlansLoader.DemoPlan demo = DemoPlansLoader.read(name);
      Plan stored = store.find(demo.agency(), demo.year(), demo.kind()).orElseThrow();
      PlanValidation.check(
          stored.title(),
          stored.content(),
          organisation.units(new AgencyCode(demo.agency())).stream()
              .map(Unit::code)
              .collect(Collectors.toSet()));
      assertThat(stored.content().practices()).as(name).allMatch(p -> !p.units().isEmpty());
      try (InputStream in =
          new ClassPathResource("demo/plans/" + name + ".json").getInputStream()) {
        JsonNode written = json.readTree(in).get("content");
        assertThat(json.readTree(PlanStore.json(demo.content()))).as(name).isEqualTo(written);
      }
    }
  }

  @Test
  void thePublicReadsJiaoxisPlanWithItsTreeUnitsAndTemplate() throws Exception {
    mvc.perform(get("/api/v1/plans").param("agency", "YILAN-JIAOXI").param("year", "2010"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tree[0].title").value("優質便民服務"))
        .andExpect(jsonPath("$.tree[0].points").value(400))
        .andExpect(jsonPath("$.status").value("IN_EXECUTION"))
        .andExpect(jsonPath("$.template.agency").value("YILAN-COUNTY"))
        .andExpect(
            jsonPath("$.tree[0].children[0].children[0].children[1].practices[0].units[0]")
                .value("行政室"))
        .andExpect(
            jsonPath(
                    "$.tree[0].children[0].children[0].children[1].practices[0]"
                        + ".deadline.recurring")
                .value("ONGOING"));
  }

  @Test
  void loadingTwiceChangesNothing() {
    long plans = jdbc.sql("select count(*) from performance_plan").query(Long.class).single();
    long history =
        jdbc.sql("select count(*) from performance_plan_revision").query(Long.class).single();
    Integer created = tx.execute(status -> loader.loadAll());
    assertThat(created).isZero();
    loader.load();
    assertThat(jdbc.sql("select count(*) from performance_plan").query(Long.class).single())
        .isEqualTo(plans);
    assertThat(
            jdbc.sql("select count(*) from performance_plan_revision").query(Long.class).single())
        .isEqualTo(history);
  }
}
