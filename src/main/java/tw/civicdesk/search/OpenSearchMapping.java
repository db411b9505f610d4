// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch index's settings and mappings (ADR 0051): the same chains as {@link
 * SearchAnalysis}, built from OpenSearch's own parts — {@code icu_normalizer} (nfkc_cf) and {@code
 * icu_tokenizer} from the {@code analysis-icu} plugin, which must be installed on every node
 * ({@code bin/opensearch-plugin install analysis-icu}), a {@code mapping} char filter with the
 * {@link VariantFolding} table, {@code cjk_bigram} with unigrams for documents and without for
 * queries, and English possessives, stop words and Porter stems. Chinese fields are indexed as
 * bigrams with an {@code .icu} sub-field of ICU words.
 */
final class OpenSearchMapping {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchMapping() {}

  /** The body of {@code PUT /<index>}. */
  static ObjectNode create() {
    ObjectNode root = JSON.objectNode();
    root.putObject("settings").set("analysis", analysis());
    root.set("mappings", mappings());
    return root;
  }

  private static ObjectNode analysis() {
    ObjectNode a = JSON.objectNode();
    ObjectNode chars = a.putObject("char_filter");
    chars.putObject("nfkc").put("type", "icu_normalizer").put("name", "nfkc_cf");
    ArrayNode variants = chars.putObject("variants").put("type", "mapping").putArray("mappings");
    VariantFolding.TABLE.forEach((from, to) -> variants.add(from + "=>" + to));
    ObjectNode filters = a.putObject("filter");
    filters.putObject("bigram_unigrams").put("type", "cjk_bigram").put("output_unigrams", true);
    filters.putObject("bigram").put("type", "cjk_bigram").put("output_unigrams", false);
    filters.putObject("en_stop").put("type", "stop").put("stopwords", "_english_");
    filters.putObject("en_possessive").put("type", "stemmer").put("language", "possessive_english");
    ObjectNode analyzers = a.putObject("analyzer");
    analyzer(analyzers, "zh_icu", "icu_tokenizer", "lowercase");
    analyzer(analyzers, "zh_bi_index", "standard", "lowercase", "bigram_unigrams");
    analyzer(analyzers, "zh_bi_query", "standard", "lowercase", "bigram");
    analyzer(analyzers, "en", "standard", "en_possessive", "lowercase", "en_stop", "porter_stem");
    return a;
  }

  private static void analyzer(ObjectNode analyzers, String name, String tokenizer, String... f) {
    ObjectNode an = analyzers.putObject(name).put("type", "custom").put("tokenizer", tokenizer);
    an.putArray("char_filter").add("nfkc").add("variants");
    ArrayNode filters = an.putArray("filter");
    for (String filter : f) {
      filters.add(filter);
    }
  }

  private static ObjectNode mappings() {
    ObjectNode m = JSON.objectNode();
    m.putObject("_meta").put("analysis", "");
    ObjectNode p = m.putObject("properties");
    for (String keyword : new String[] {"kind", "reference", "scope"}) {
      p.putObject(keyword).put("type", "keyword");
    }
    p.putObject("url").put("type", "keyword").put("index", false);
    for (String zh : new String[] {"title_zh", "body_zh"}) {
      ObjectNode field =
          p.putObject(zh)
              .put("type", "text")
              .put("analyzer", "zh_bi_index")
              .put("search_analyzer", "zh_bi_query");
      field.putObject("fields").putObject("icu").put("type", "text").put("analyzer", "zh_icu");
    }
    for (String en : new String[] {"title_en", "body_en"}) {
      p.putObject(en).put("type", "text").put("analyzer", "en");
    }
    return m;
  }

  /** The query's fields and weights: titles {@link LuceneQueries#TITLE_BOOST} times the body. */
  static Map<String, Float> fields() {
    float t = LuceneQueries.TITLE_BOOST;
    float icu = LuceneQueries.ICU_WEIGHT;
    return Map.of(
        "title_zh",
        t,
        "title_zh.icu",
        t * icu,
        "title_en",
        t,
        "body_zh",
        1f,
        "body_zh.icu",
        icu,
        "body_en",
        1f);
  }

  /** The document's source. */
  static ObjectNode source(SearchDocument d) {
    return JSON.objectNode()
        .put("kind", d.kind())
        .put("reference", d.reference())
        .put("scope", d.scope())
        .put("url", d.url())
        .put("title_zh", d.title().zh())
        .put("title_en", d.title().en())
        .put("body_zh", d.body().zh())
        .put("body_en", d.body().en());
  }
}
