// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.List;

/**
 * A search engine behind {@link IndexedSearchIndex}: the embedded Lucene index or an OpenSearch
 * cluster. It keeps no transaction of its own: {@link IndexedSearchIndex} hands it each change
 * after the change's database transaction has committed.
 */
interface SearchEngine {

  /**
   * Applies the changes in order, durably, and makes them findable.
   *
   * @return whether they are durable now; {@code false} while a rebuild runs (its end makes them
   *     durable)
   */
  boolean apply(List<IndexChange> changes);

  /** The ranked, highlighted hits of {@code query}. */
  List<SearchHit> search(SearchQuery query);

  /** How many documents of {@code kind} are findable now. */
  long count(String kind);

  /** Whether the index is missing, empty or written with another analysis version. */
  boolean needsRebuild();

  /** Starts a full rebuild: the index is emptied, but searches see the old one until the end. */
  Rebuilding rebuild();

  /** A rebuild under way. */
  interface Rebuilding {

    /** Adds one document. */
    void add(SearchDocument document);

    /** Makes the rebuilt index durable and findable. */
    void finish();
  }
}
