// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link SearchQuery} into a Lucene query and its top documents into {@link SearchHit}s
 * (ADR 0049): the text is analysed for every field of the chain, each field's terms OR-ed, titles
 * weighted {@link #TITLE_BOOST} times the body, both languages searched at once; kinds and the
 * agency scope filter without scoring. Snippets come from the unified highlighter on the body in
 * the query's language (the other language when that has no match).
 */
final class LuceneQueries {

  /** How much more a match in the title weighs than one in the body. */
  static final float TITLE_BOOST = 3f;

  /** Weight of the ICU word fields beside the bigram fields when both are searched. */
  static final float ICU_WEIGHT = 0.5f;

  private static final int SNIPPET_GOAL = 90;

  private final SearchAnalysis.Chain chain;
  private final QueryBuilder builder = new QueryBuilder(SearchAnalysis.querying());
  private final Analyzer indexing = SearchAnalysis.indexing();

  LuceneQueries(SearchAnalysis.Chain chain) {
    this.chain = chain;
  }

  /** The text part of the query: {@code null} when the text has no searchable term. */
  @Nullable Query text(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (boolean title : new boolean[] {true, false}) {
      float boost = title ? TITLE_BOOST : 1f;
      for (String field : SearchAnalysis.zhFields(chain, title)) {
        float weight =
            chain == SearchAnalysis.Chain.BOTH && field.endsWith("_icu") ? ICU_WEIGHT : 1;
        clauses += add(any, field, text, boost * weight);
      }
      clauses += add(any, title ? SearchAnalysis.TITLE_EN : SearchAnalysis.BODY_EN, text, boost);
    }
    return clauses == 0 ? null : any.build();
  }

  private int add(BooleanQuery.Builder any, String field, String text, float boost) {
    Query q = builder.createBooleanQuery(field, text, Occur.SHOULD);
    if (q == null) {
      return 0;
    }
    any.add(new BoostQuery(q, boost), Occur.SHOULD);
    return 1;
  }

  /** The whole query: the text, filtered by kinds and scope. */
  @Nullable Query query(SearchQuery query) {
    Query text = text(query.text().strip());
    if (text == null) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (!query.kinds().isEmpty()) {
      BooleanQuery.Builder kinds = new BooleanQuery.Builder();
      query.kinds().forEach(k -> kinds.add(term(LuceneSearchIndex.KIND, k), Occur.SHOULD));
      all.add(kinds.build(), Occur.FILTER);
    }
    if (query.scope() != null) {
      all.add(term(LuceneSearchIndex.SCOPE, query.scope()), Occur.FILTER);
    }
    return all.build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  /** The ranked, highlighted hits. */
  List<SearchHit> search(IndexSearcher searcher, SearchQuery query) throws IOException {
    Query q = query(query);
    if (q == null) {
      return List.of();
    }
    TopDocs top = searcher.search(q, query.limit());
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    boolean english = "en".equals(query.language());
    String zhBody = SearchAnalysis.storedZh(chain, false);
    UnifiedHighlighter highlighter = highlighter(searcher);
    String[] first = highlighter.highlight(english ? SearchAnalysis.BODY_EN : zhBody, q, top, 1);
    String[] second = highlighter.highlight(english ? zhBody : SearchAnalysis.BODY_EN, q, top, 1);
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(sd.doc);
      String snippet = pick(first[i], second[i]);
      hits.add(hit(doc, english, snippet, sd.score));
    }
    return hits;
  }

  private SearchHit hit(Document doc, boolean english, String snippet, float score) {
    String zh = value(doc, SearchAnalysis.storedZh(chain, true));
    String en = value(doc, SearchAnalysis.TITLE_EN);
    String title = english ? (en.isBlank() ? zh : en) : (zh.isBlank() ? en : zh);
    return new SearchHit(
        value(doc, LuceneSearchIndex.KIND),
        value(doc, LuceneSearchIndex.REFERENCE),
        value(doc, LuceneSearchIndex.SCOPE),
        title,
        snippet,
        value(doc, LuceneSearchIndex.URL),
        score);
  }

  /** The requested language's passage, unless only the other language's has a match. */
  private static String pick(@Nullable String wanted, @Nullable String other) {
    String a = wanted == null ? "" : wanted;
    String b = other == null ? "" : other;
    boolean aMarked = a.contains("<mark>");
    String chosen = a.isBlank() || (!aMarked && b.contains("<mark>")) ? b : a;
    return SnippetTrim.trim(chosen.replace("</mark><mark>", ""), SNIPPET_GOAL * 2);
  }

  private static String value(Document doc, String field) {
    String v = doc.get(field);
    return v == null ? "" : v;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, indexing)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_GOAL, 0.3f))
        .withMaxNoHighlightPassages(1)
        .build();
  }
}
