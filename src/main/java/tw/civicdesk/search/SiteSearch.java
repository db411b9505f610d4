// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;

/**
 * The public site search (C15): one query over every kind — services, FAQ entries, plans — for the
 * results page and {@code GET /api/v1/search}. Checks the query, runs it, and counts a query that
 * found nothing for {@link SearchMisses}.
 */
@Service
public class SiteSearch {

  /** The anonymous door of the public search page and API, limited per client address. */
  public static final String DOOR = "search";

  /** The kinds the public may search, as the API's {@code type}. */
  public static final List<String> KINDS = List.of("service", "faq", "plan");

  /** The {@code type} that searches every kind. */
  public static final String ALL = "all";

  /** Longest query, in characters after trimming. */
  public static final int MAX_QUERY = 100;

  /** Most hits returned. */
  public static final int MAX_HITS = 50;

  private static final ZoneId TAIWAN = ZoneId.of("Asia/Taipei");

  /**
   * What was found.
   *
   * @param hits the hits of the requested type, best first
   * @param counts how many hits each kind has for the same text and agency (every kind, zero
   *     included), for the type filters
   */
  public record Results(List<SearchHit> hits, Map<String, Integer> counts) {

    /** Hits of every kind together. */
    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How many hits the requested {@code kind} has ({@link #total()} for {@link #ALL}); more than
     * {@code hits().size()} when only the first {@value #MAX_HITS} are shown.
     */
    public int matched(String kind) {
      return ALL.equals(kind) ? total() : counts.getOrDefault(kind, 0);
    }
  }

  private final SearchIndex index;
  private final SearchMisses misses;
  private final Organisation organisation;
  private final Clock clock;

  SiteSearch(SearchIndex index, SearchMisses misses, Organisation organisation, Clock clock) {
    this.index = index;
    this.misses = misses;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * Searches the public site.
   *
   * @param text the query; not blank after trimming, at most {@link #MAX_QUERY} characters
   * @param type one of {@link #KINDS} or {@link #ALL}; {@code null} or blank for all
   * @param language {@code zh-TW} or {@code en}: the language of titles and snippets
   * @param agency an agency code to search within, {@code null} or blank for the whole site
   * @throws SearchRejected when the query is blank or too long, or the type, language or agency is
   *     unknown
   */
  public Results find(
      String text, @Nullable String type, String language, @Nullable String agency) {
    String q = text.strip();
    String kind = type == null || type.isBlank() ? ALL : type;
    String scope = agency == null || agency.isBlank() ? null : agency;
    check(q, kind, language, scope);
    List<SearchHit> all = index.search(new SearchQuery(Set.copyOf(KINDS), q, scope, language, 200));
    Map<String, Integer> counts = new LinkedHashMap<>();
    KINDS.forEach(k -> counts.put(k, 0));
    all.forEach(h -> counts.merge(h.kind(), 1, Integer::sum));
    if (all.isEmpty()) {
      misses.record(q, scope, clock.instant().atZone(TAIWAN).toLocalDate());
    }
    List<SearchHit> hits =
        all.stream()
            .filter(h -> ALL.equals(kind) || h.kind().equals(kind))
            .limit(MAX_HITS)
            .toList();
    return new Results(hits, counts);
  }

  private void check(String q, String kind, String language, @Nullable String scope) {
    if (q.isEmpty()) {
      throw new SearchRejected(SearchRejected.BLANK);
    }
    if (q.codePointCount(0, q.length()) > MAX_QUERY) {
      throw new SearchRejected(SearchRejected.TOO_LONG, MAX_QUERY);
    }
    if (!ALL.equals(kind) && !KINDS.contains(kind)) {
      throw new SearchRejected(SearchRejected.TYPE);
    }
    if (!"zh-TW".equals(language) && !"en".equals(language)) {
      throw new SearchRejected(SearchRejected.LANGUAGE);
    }
    if (scope != null
        && (!AgencyCode.isValid(scope) || !organisation.exists(AgencyCode.of(scope)))) {
      throw new SearchRejected(SearchRejected.AGENCY);
    }
  }
}
