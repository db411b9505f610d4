// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.List;

/**
 * The search port. A write made inside a transaction takes effect only if that transaction commits,
 * and is findable within a second after the commit; a write outside one takes effect at once. The
 * index can always be rebuilt from the {@link SearchSource}s.
 */
public interface SearchIndex {

  /** Shortest query, in characters after normalisation, that searches at all. */
  int MIN_QUERY_LENGTH = 1;

  /** Adds or replaces the document with the same kind and reference. */
  void put(SearchDocument document);

  /** Removes a document; nothing happens when there is none. */
  void remove(String kind, String reference);

  /**
   * The documents matching the query, best first; empty when the query is shorter than {@link
   * #MIN_QUERY_LENGTH}.
   */
  List<SearchHit> search(SearchQuery query);

  /** The references of {@link #search}'s hits, in the same order. */
  default List<String> references(SearchQuery query) {
    return search(query).stream().map(SearchHit::reference).toList();
  }
}
