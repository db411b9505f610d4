// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.List;

/**
 * The search port. Writes take part in the caller's transaction, so a document is findable exactly
 * when the change that made it is committed.
 */
public interface SearchIndex {

  /** Shortest query, in characters after normalisation, that searches at all. */
  int MIN_QUERY_LENGTH = 2;

  /** Adds or replaces the document with the same kind and reference. */
  void put(SearchDocument document);

  /** Removes a document; nothing happens when there is none. */
  void remove(String kind, String reference);

  /**
   * References of the documents containing the query text, those whose title contains it first;
   * empty when the query is shorter than {@link #MIN_QUERY_LENGTH}.
   */
  List<String> search(SearchQuery query);
}
