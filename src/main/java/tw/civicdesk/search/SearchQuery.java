// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * What to look for.
 *
 * @param kind only documents of this kind
 * @param text the words typed; at least {@link SearchIndex#MIN_QUERY_LENGTH} characters after
 *     normalisation, else nothing is found
 * @param scope only documents of this agency, or {@code null} for all
 * @param limit at most this many hits (1–200)
 */
public record SearchQuery(String kind, String text, @Nullable String scope, int limit) {

  public SearchQuery {
    limit = Math.max(1, Math.min(limit, 200));
    text = text == null ? "" : text;
  }
}
