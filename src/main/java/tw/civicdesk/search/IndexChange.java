// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * One change waiting to reach the engine: a put (with its document) or a remove.
 *
 * @param id the {@code search_pending} row that records it; 0 when there is none
 * @param kind the document's kind
 * @param reference the document's reference
 * @param document the document to put, or {@code null} to remove
 */
record IndexChange(long id, String kind, String reference, @Nullable SearchDocument document) {

  static IndexChange put(long id, SearchDocument d) {
    return new IndexChange(id, d.kind(), d.reference(), d);
  }

  static IndexChange remove(long id, String kind, String reference) {
    return new IndexChange(id, kind, reference, null);
  }
}
