// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.catalogue.DemoServiceDocuments;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Measures ranking on the relevance set (ADR 0049): every question of {@code search/relevance.json}
 * (or this module's own {@code search/relevance-engine.json} when that is absent, or the file named
 * by {@code -Dcivicdesk.test.relevance}) against the demo corpus — the demo catalogue and the
 * published demo FAQ of {@code demo/faq/*.json} (or the directory named by {@code
 * -Dcivicdesk.test.faq-dir}) — in one Lucene index per analysis chain. A question whose expected
 * ids are not all in the corpus is skipped.
 *
 * <p>Run {@code main} (or {@code RelevanceTests}) to print recall@5 per chain.
 */
final class Relevance {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One question of the set. */
  record Question(String q, String lang, @Nullable String agency, String type, List<String> top5) {}

  /**
   * What one chain achieved.
   *
   * @param chain the chain
   * @param questions questions asked (those whose ids are all in the corpus)
   * @param expected expected ids over those questions
   * @param found expected ids that were among the first five hits
   * @param whole questions with every expected id among the first five
   * @param missed the questions not wholly answered, for reading
   */
  record Result(
      SearchAnalysis.Chain chain,
      int questions,
      int expected,
      int found,
      int whole,
      List<String> missed) {

    double recall() {
      return expected == 0 ? 0 : (double) found / expected;
    }
  }

  private Relevance() {}

  static List<Question> questions() {
    String file = System.getProperty("civicdesk.test.relevance");
    String name =
        Relevance.class.getResource("/search/relevance.json") != null
            ? "/search/relevance.json"
            : "/search/relevance-engine.json";
    try (InputStream in =
        file == null || file.isBlank()
            ? Relevance.class.getResourceAsStream(name)
            : Files.newInputStream(Path.of(file))) {
      List<Question> questions = new ArrayList<>();
      for (JsonNode n : JSON.readTree(in)) {
        List<String> ids = new ArrayList<>();
        n.path("top5").forEach(id -> ids.add(id.asString()));
        JsonNode agency = n.path("agency");
        questions.add(
            new Question(
                n.path("q").asString(),
                n.path("lang").asString("zh-TW"),
                agency.isNull() || agency.isMissingNode() ? null : agency.asString(),
                n.path("type").asString("all"),
                ids));
      }
      return questions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo services and the published demo FAQ entries. */
  static List<SearchDocument> corpus() {
    List<SearchDocument> docs = new ArrayList<>(DemoServiceDocuments.all());
    for (JsonNode file : faqFiles()) {
      String agency = file.path("agency").asString();
      for (JsonNode e : file.path("entries")) {
        if ("PUBLISHED".equals(e.path("status").asString())) {
          docs.add(
              new SearchDocument(
                  "faq",
                  e.path("code").asString(),
                  agency,
                  text(e.path("question")),
                  text(e.path("answer")),
                  "/faq/" + e.path("code").asString()));
        }
      }
    }
    return docs;
  }

  private static BilingualText text(JsonNode n) {
    return new BilingualText(plain(n.path("zh").asString("")), plain(n.path("en").asString("")));
  }

  private static String plain(String html) {
    return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
  }

  private static List<JsonNode> faqFiles() {
    List<JsonNode> files = new ArrayList<>();
    String dir = System.getProperty("civicdesk.test.faq-dir");
    try {
      if (dir != null && !dir.isBlank()) {
        try (Stream<Path> paths = Files.list(Path.of(dir))) {
          for (Path p : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            files.add(JSON.readTree(p.toFile()));
          }
        }
        return files;
      }
      Resource[] found =
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/faq/*.json");
      for (Resource r : found) {
        try (InputStream in = r.getInputStream()) {
          files.add(JSON.readTree(in));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs every question on a fresh index of {@code corpus} built with {@code chain}. */
  static Result measure(SearchAnalysis.Chain chain, List<SearchDocument> corpus) {
    Set<String> ids = Set.copyOf(corpus.stream().map(d -> d.kind() + ":" + d.reference()).toList());
    try (LuceneSearchIndex index = new LuceneSearchIndex(null, chain)) {
      SearchEngine.Rebuilding r = index.rebuild();
      corpus.forEach(r::add);
      r.finish();
      int questions = 0;
      int expected = 0;
      int found = 0;
      int whole = 0;
      List<String> missed = new ArrayList<>();
      for (Question q : questions()) {
        if (!ids.containsAll(q.top5())) {
          continue;
        }
        Set<String> kinds = "all".equals(q.type()) ? Set.of() : Set.of(q.type());
        List<String> top =
            index.search(new SearchQuery(kinds, q.q(), q.agency(), q.lang(), 5)).stream()
                .map(h -> h.kind() + ":" + h.reference())
                .toList();
        long hit = q.top5().stream().filter(top::contains).count();
        questions++;
        expected += q.top5().size();
        found += (int) hit;
        if (hit == q.top5().size()) {
          whole++;
        } else {
          missed.add(q.q() + " -> " + top);
        }
      }
      return new Result(chain, questions, expected, found, whole, missed);
    }
  }

  /** Every chain's result. */
  static Map<SearchAnalysis.Chain, Result> measureAll() {
    List<SearchDocument> corpus = corpus();
    Map<SearchAnalysis.Chain, Result> results = new LinkedHashMap<>();
    for (SearchAnalysis.Chain chain : SearchAnalysis.Chain.values()) {
      results.put(chain, measure(chain, corpus));
    }
    return results;
  }

  static String report(Map<SearchAnalysis.Chain, Result> results) {
    StringBuilder out = new StringBuilder();
    results.forEach(
        (chain, r) ->
            out.append(
                    String.format(
                        "%-6s recall@5 %.3f (%d of %d ids), %d of %d questions whole%n",
                        chain, r.recall(), r.found(), r.expected(), r.whole(), r.questions()))
                .append(
                    r.missed().stream()
                        .map(m -> "    missed: " + m + "\n")
                        .reduce("", String::concat)));
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.print(report(measureAll()));
  }
}
