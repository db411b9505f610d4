// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to look for.
 *
 * @param kinds only documents of these kinds; empty for every kind
 * @param text the words typed; at least {@link SearchIndex#MIN_QUERY_LENGTH} characters after
 *     normalisation, else nothing is found
 * @param scope only documents of this agency, or {@code null} for all
 * @param language {@code zh-TW} or {@code en}: the language of the titles and snippets returned
 *     (matching looks at both languages)
 * @param limit at most this many hits (1–200)
 */
public record SearchQuery(
    Set<String> kinds, String text, @Nullable String scope, String language, int limit) {

  public SearchQuery {
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    limit = Math.max(1, Math.min(limit, 200));
    text = text == null ? "" : text;
    language = "en".equals(language) ? "en" : "zh-TW";
  }

  /** Documents of one kind, titles in Chinese. */
  public SearchQuery(String kind, String text, @Nullable String scope, int limit) {
    this(Set.of(kind), text, scope, "zh-TW", limit);
  }
}
