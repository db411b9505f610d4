// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * QUALITY.md P4/P5, the engine's side of benchmarks/search.sh (compiled into the package so it
 * reaches the package-private engine). Arguments: corpus.tsv queries.tsv runs [chain].
 *
 * <ol>
 *   <li>full index of the corpus through {@link LuceneSearchIndex#rebuild()} (what a reindex
 *       does), docs/s; the same corpus through raw Lucene with {@link StandardAnalyzer}, docs/s;
 *   <li>every query through {@link LuceneSearchIndex#search} (top 20, ranked, highlighted, as the
 *       API), run {@code runs} times; p50/p95/max of the last run per query length;
 *   <li>recall: for 20 queries of each length, every entry whose normalised text contains the
 *       query (Chinese) or the query as a word (Latin) must match the engine's query;
 *   <li>write-to-found: 100 single changes through {@link LuceneSearchIndex#apply} (one commit
 *       each, as after a transaction), each then searched for: p50/p95/max.
 * </ol>
 */
public final class SearchLoad {

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  record Entry(String id, String title, String body, String normalised) {}

  public static void main(String[] args) throws Exception {
    List<Entry> corpus = corpus(Path.of(args[0]));
    List<String[]> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      queries.add(line.split("\t", 2));
    }
    int runs = Integer.parseInt(args[2]);
    SearchAnalysis.Chain chain =
        args.length > 3 ? SearchAnalysis.Chain.valueOf(args[3]) : SearchAnalysis.Chain.BOTH;
    Path dir = Files.createTempDirectory("search-bench");
    System.out.printf("corpus: %d entries, %d queries, chain %s%n", corpus.size(), queries.size(), chain);
    try (LuceneSearchIndex engine = new LuceneSearchIndex(dir.resolve("engine"), chain)) {
      long t = System.nanoTime();
      LuceneSearchIndex.Rebuilding rebuilding = engine.rebuild();
      for (Entry e : corpus) {
        rebuilding.add(document(e));
      }
      rebuilding.finish();
      report("CivicDesk engine, full index", corpus.size(), System.nanoTime() - t);
      rawLucene(corpus, dir.resolve("raw"));
      latencies(engine, queries, runs);
      recall(engine, chain, corpus, queries, dir.resolve("engine"));
      writeToFound(engine);
    }
  }

  private static List<Entry> corpus(Path file) throws IOException {
    List<Entry> corpus = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      corpus.add(new Entry(f[0], f[1], f[2], TextNormaliser.normalise(f[1] + " " + f[2])));
    }
    return corpus;
  }

  /** A Chinese entry fills the Chinese fields; an English one both (Chinese is required). */
  private static SearchDocument document(Entry e) {
    boolean chinese = CJK.matcher(e.title()).find();
    return new SearchDocument(
        "faq",
        e.id(),
        "BENCH",
        new BilingualText(e.title(), chinese ? "" : e.title()),
        new BilingualText(e.body(), chinese ? "" : e.body()),
        "/faq/" + e.id());
  }

  private static void rawLucene(List<Entry> corpus, Path dir) throws IOException {
    long t = System.nanoTime();
    try (IndexWriter w =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Entry e : corpus) {
        Document d = new Document();
        d.add(new StringField("id", e.id(), Field.Store.YES));
        d.add(new TextField("title", e.title(), Field.Store.YES));
        d.add(new TextField("body", e.body(), Field.Store.YES));
        w.addDocument(d);
      }
      w.commit();
    }
    report("raw Lucene (StandardAnalyzer), full index", corpus.size(), System.nanoTime() - t);
  }

  private static void latencies(LuceneSearchIndex engine, List<String[]> queries, int runs) {
    Map<Integer, List<Double>> byLength = new TreeMap<>();
    for (int run = 1; run <= runs; run++) {
      byLength.clear();
      for (String[] q : queries) {
        long t = System.nanoTime();
        engine.search(new SearchQuery(Set.of(), q[1], null, "zh-TW", 20));
        byLength
            .computeIfAbsent(Integer.parseInt(q[0]), k -> new ArrayList<>())
            .add((System.nanoTime() - t) / 1e6);
      }
    }
    System.out.println("CivicDesk engine, top 20 ranked and highlighted (last of " + runs + " runs):");
    byLength.forEach((length, ms) -> System.out.println("  " + length + " chars: " + stats(ms)));
  }

  private static void recall(
      LuceneSearchIndex engine,
      SearchAnalysis.Chain chain,
      List<Entry> corpus,
      List<String[]> queries,
      Path dir)
      throws IOException {
    LuceneQueries built = new LuceneQueries(chain);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<Integer, long[]> found = new TreeMap<>();
      Map<Integer, Integer> sampled = new TreeMap<>();
      for (String[] q : queries) {
        int length = Integer.parseInt(q[0]);
        if (sampled.merge(length, 1, Integer::sum) > 20) {
          continue;
        }
        String text = TextNormaliser.normalise(q[1]);
        boolean chinese = CJK.matcher(text).find();
        Pattern word = Pattern.compile("\\b" + Pattern.quote(text) + "\\b");
        Set<String> expected = new HashSet<>();
        for (Entry e : corpus) {
          if (chinese ? e.normalised().contains(text) : word.matcher(e.normalised()).find()) {
            expected.add(e.id());
          }
        }
        Query query = built.query(new SearchQuery(Set.of(), q[1], null, "zh-TW", 20));
        Set<String> matched = new HashSet<>();
        if (query != null) {
          for (ScoreDoc d : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
            matched.add(searcher.storedFields().document(d.doc).get(LuceneSearchIndex.REFERENCE));
          }
        }
        long hit = expected.stream().filter(matched::contains).count();
        long[] sum = found.computeIfAbsent(length, k -> new long[2]);
        sum[0] += hit;
        sum[1] += expected.size();
      }
      System.out.println("recall (entries holding the query that the engine's query matches):");
      found.forEach(
          (length, s) ->
              System.out.printf(
                  "  %d chars: %d of %d (%.4f)%n", length, s[0], s[1], s[1] == 0 ? 1.0 : (double) s[0] / s[1]));
    }
  }

  private static void writeToFound(LuceneSearchIndex engine) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String word = "燈塔" + Integer.toString(i, 36) + "測試";
      Entry e = new Entry("new-" + i, "新問題" + word, "新答案", "");
      long t = System.nanoTime();
      engine.apply(List.of(IndexChange.put(0, document(e))));
      List<SearchHit> hits = engine.search(new SearchQuery(Set.of(), "新問題" + word, null, "zh-TW", 5));
      if (hits.stream().noneMatch(h -> h.reference().equals(e.id()))) {
        throw new IllegalStateException("not found after apply: " + e.id());
      }
      ms.add((System.nanoTime() - t) / 1e6);
    }
    System.out.println("write to found (apply = commit + refresh, then search): " + stats(ms));
  }

  private static String stats(List<Double> ms) {
    List<Double> s = new ArrayList<>(ms);
    s.sort(null);
    return String.format(
        "p50 %.2f ms  p95 %.2f ms  max %.2f ms  (%d)",
        s.get(s.size() / 2), s.get(Math.min(s.size() - 1, (int) (s.size() * 0.95))), s.get(s.size() - 1), s.size());
  }

  private static void report(String what, int docs, long nanos) {
    System.out.printf("%s: %d docs in %.1f s = %.0f docs/s%n", what, docs, nanos / 1e9, docs / (nanos / 1e9));
  }
}
