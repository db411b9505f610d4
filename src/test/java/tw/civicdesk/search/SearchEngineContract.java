// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The contract every {@link SearchEngine} keeps (ADR 0049, 0051), run against the embedded Lucene
 * index always ({@link LuceneContractTests}) and against an OpenSearch cluster when one is given
 * ({@link OpenSearchContractTests}).
 */
abstract class SearchEngineContract {

  static final SearchDocument LIGHT =
      doc(
          "service",
          "A-LIGHT",
          "A",
          new BilingualText("路燈報修", "Street light repair"),
          new BilingualText("路燈不亮或閃爍時，請告訴我們燈桿上的編號。", "Tell us the number on the pole."));
  static final SearchDocument ID_CARD =
      doc(
          "faq",
          "A-FAQ-ID",
          "A",
          new BilingualText("身分證遺失怎麼辦", "I lost my ID card"),
          new BilingualText(
              "請帶照片一張 <script>alert(1)</script>，代碼 ABC123。",
              "Bring one photo; your reference is ABC123."));
  static final SearchDocument TRANSCRIPT =
      doc(
          "service",
          "B-TRANSCRIPT",
          "B",
          new BilingualText("戶籍謄本", "Household registration transcript"),
          new BilingualText("臺灣的戶政事務所都可以申請。", "Applications are taken at any office."));
  static final SearchDocument LIGHT_IN_BODY =
      doc(
          "faq",
          "A-FAQ-WALK",
          "A",
          new BilingualText("晚上散步安全嗎", "Is it safe to walk at night"),
          new BilingualText("公園有路燈。", "The park has lights."));

  SearchEngine engine;

  /** A fresh, empty engine for each test. */
  abstract SearchEngine newEngine();

  static SearchDocument doc(
      String kind, String ref, String scope, BilingualText title, BilingualText body) {
    return new SearchDocument(kind, ref, scope, title, body, "/" + kind + "/" + ref);
  }

  @BeforeEach
  void fill() {
    engine = newEngine();
    SearchEngine.Rebuilding rebuilding = engine.rebuild();
    for (SearchDocument d : List.of(LIGHT, ID_CARD, TRANSCRIPT, LIGHT_IN_BODY)) {
      rebuilding.add(d);
    }
    rebuilding.finish();
  }

  List<SearchHit> find(String text) {
    return find(text, Set.of(), null, "zh-TW");
  }

  List<SearchHit> find(String text, Set<String> kinds, @Nullable String scope, String language) {
    return engine.search(new SearchQuery(kinds, text, scope, language, 10));
  }

  static List<String> refs(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::reference).toList();
  }

  @Test
  void aTwoCharacterWordIsFoundAndATitleMatchRanksAboveABodyMatch() {
    assertThat(refs(find("路燈"))).containsExactly("A-LIGHT", "A-FAQ-WALK");
  }

  @Test
  void aOneCharacterQueryFindsTheWordsHoldingIt() {
    assertThat(refs(find("燈"))).contains("A-LIGHT", "A-FAQ-WALK");
  }

  @Test
  void aColloquialQuestionFindsTheEntry() {
    assertThat(refs(find("路燈壞了找誰")).get(0)).isEqualTo("A-LIGHT");
  }

  @Test
  void variantFormsFindEachOther() {
    assertThat(refs(find("身份證"))).containsExactly("A-FAQ-ID");
    assertThat(refs(find("台灣"))).containsExactly("B-TRANSCRIPT");
  }

  @Test
  void fullWidthLettersAndDigitsFindHalfWidthOnes() {
    assertThat(refs(find("ＡＢＣ１２３"))).containsExactly("A-FAQ-ID");
  }

  @Test
  void englishWordsAreFoundByTheirStems() {
    assertThat(refs(find("transcripts application", Set.of(), null, "en")))
        .containsExactly("B-TRANSCRIPT");
    assertThat(refs(find("street lights", Set.of(), null, "en")).get(0)).isEqualTo("A-LIGHT");
  }

  @Test
  void kindsAndScopeFilter() {
    assertThat(refs(find("路燈", Set.of("faq"), null, "zh-TW"))).containsExactly("A-FAQ-WALK");
    assertThat(refs(find("謄本", Set.of(), "A", "zh-TW"))).isEmpty();
    assertThat(refs(find("謄本", Set.of("service"), "B", "zh-TW"))).containsExactly("B-TRANSCRIPT");
  }

  @Test
  void theSnippetIsEscapedWithTheMatchMarked() {
    SearchHit hit = find("照片").get(0);
    assertThat(hit.snippet()).contains("<mark>照片</mark>").contains("&lt;script&gt;");
    assertThat(hit.snippet()).doesNotContain("<script>");
    assertThat(hit.url()).isEqualTo("/faq/A-FAQ-ID");
    assertThat(hit.kind()).isEqualTo("faq");
    assertThat(hit.scope()).isEqualTo("A");
  }

  @Test
  void theTitleAndSnippetAreInTheQuerysLanguage() {
    SearchHit en = find("路燈", Set.of("service"), null, "en").get(0);
    assertThat(en.title()).isEqualTo("Street light repair");
    SearchHit zh = find("pole", Set.of("service"), null, "zh-TW").get(0);
    assertThat(zh.title()).isEqualTo("路燈報修");
    assertThat(zh.snippet()).contains("<mark>");
  }

  @Test
  void aPutReplacesAndARemoveForgets() {
    engine.apply(
        List.of(
            IndexChange.put(
                0,
                doc(
                    "service",
                    "A-LIGHT",
                    "A",
                    new BilingualText("水溝清理", "Drain cleaning"),
                    new BilingualText("清理阻塞的排水溝。", "")))));
    assertThat(refs(find("路燈"))).containsExactly("A-FAQ-WALK");
    assertThat(refs(find("水溝"))).containsExactly("A-LIGHT");
    engine.apply(List.of(IndexChange.remove(0, "service", "A-LIGHT")));
    assertThat(find("水溝")).isEmpty();
    assertThat(engine.count("service")).isEqualTo(1);
  }

  @Test
  void aRebuildReplacesEverythingAndStampsTheVersion() {
    SearchEngine.Rebuilding rebuilding = engine.rebuild();
    rebuilding.add(TRANSCRIPT);
    rebuilding.finish();
    assertThat(engine.count("service")).isEqualTo(1);
    assertThat(engine.count("faq")).isZero();
    assertThat(engine.needsRebuild()).isFalse();
  }
}
