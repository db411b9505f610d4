// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene engine, the default adapter of the search port (ADR 0049): one index in a
 * directory on disk ({@code civicdesk.search.directory}) or in memory. Chinese text is indexed by
 * the chains of {@link SearchAnalysis}, English text stemmed. Each batch of changes is committed
 * (durable) and the near-real-time reader refreshed before {@link #apply} returns, so a change is
 * findable as soon as its transaction's after-commit work is done. Every commit carries the
 * analysis version; an index with another version, or none, is rebuilt on start.
 */
final class LuceneSearchIndex implements SearchEngine, AutoCloseable {

  static final String KEY = "key";
  static final String KIND = "kind";
  static final String REFERENCE = "reference";
  static final String SCOPE = "scope";
  static final String URL = "url";
  private static final String VERSION_KEY = "civicdesk.analysis";
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final SearchAnalysis.Chain chain;
  private final LuceneQueries queries;
  private volatile String stamp;
  private volatile boolean rebuilding;

  /**
   * Opens (or creates) the index.
   *
   * @param path the index directory; {@code null} for an index in memory
   * @param chain the Chinese analysis chains to index and search with
   */
  LuceneSearchIndex(@Nullable Path path, SearchAnalysis.Chain chain) {
    this.chain = chain;
    try {
      this.directory = path == null ? new ByteBuffersDirectory() : FSDirectory.open(path);
      String found = storedVersion(directory);
      IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.indexing());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
      String wanted = SearchAnalysis.version(chain);
      boolean stale = !wanted.equals(found) || writer.getDocStats().numDocs == 0;
      this.stamp = stale ? "" : wanted;
      this.queries = new LuceneQueries(chain);
      LOG.info("Search index opened at {} ({})", path == null ? "memory" : path, wanted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String storedVersion(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    return SegmentInfos.readLatestCommit(directory).getUserData().get(VERSION_KEY);
  }

  @Override
  public synchronized boolean apply(List<IndexChange> changes) {
    try {
      for (IndexChange c : changes) {
        Term key = key(c.kind(), c.reference());
        SearchDocument d = c.document();
        if (d == null) {
          writer.deleteDocuments(key);
        } else {
          writer.updateDocument(key, document(d));
        }
      }
      if (rebuilding) {
        return false;
      }
      commit();
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(Map.of(VERSION_KEY, stamp).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return queries.search(searcher, query);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count(String kind) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.count(new TermQuery(new Term(KIND, kind)));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean needsRebuild() {
    return !SearchAnalysis.version(chain).equals(stamp);
  }

  @Override
  public synchronized Rebuilding rebuild() {
    try {
      stamp = "";
      rebuilding = true;
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rebuilding() {
      @Override
      public void add(SearchDocument document) {
        try {
          writer.updateDocument(key(document.kind(), document.reference()), document(document));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() {
        synchronized (LuceneSearchIndex.this) {
          try {
            stamp = SearchAnalysis.version(chain);
            rebuilding = false;
            commit();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    };
  }

  private static Term key(String kind, String reference) {
    return new Term(KEY, kind + '\u0000' + reference);
  }

  private Document document(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(KEY, d.kind() + '\u0000' + d.reference(), Field.Store.NO));
    doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
    doc.add(new StringField(REFERENCE, d.reference(), Field.Store.YES));
    doc.add(new StringField(SCOPE, d.scope(), Field.Store.YES));
    doc.add(new StoredField(URL, d.url()));
    addZh(doc, true, d.title().zh());
    addZh(doc, false, d.body().zh());
    doc.add(new TextField(SearchAnalysis.TITLE_EN, d.title().en(), Field.Store.YES));
    doc.add(new TextField(SearchAnalysis.BODY_EN, d.body().en(), Field.Store.YES));
    return doc;
  }

  private void addZh(Document doc, boolean title, String text) {
    String stored = SearchAnalysis.storedZh(chain, title);
    for (String field : SearchAnalysis.zhFields(chain, title)) {
      doc.add(new TextField(field, text, field.equals(stored) ? Field.Store.YES : Field.Store.NO));
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.setLiveCommitData(Map.of(VERSION_KEY, stamp).entrySet());
      writer.close();
      directory.close();
    } catch (IOException e) {
      LOG.warn("The search index did not close cleanly: {}", e.getMessage());
    }
  }
}
