// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.function.Consumer;

/**
 * Implemented by each module that makes things findable, as a Spring bean: the whole of one kind
 * read again from PostgreSQL (the source of truth), for a full reindex.
 */
public interface SearchSource {

  /** The {@link SearchDocument#kind()} this source gives. */
  String kind();

  /** Hands every public document of {@link #kind()} to {@code sink}, in any order. */
  void forEach(Consumer<SearchDocument> sink);
}
