// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the search engine (ADR 0049, 0050, 0051).
 *
 * @param engine {@code civicdesk.search.engine}: {@code lucene} (the default, embedded), {@code
 *     opensearch} (a cluster at {@code civicdesk.search.opensearch.url}) or {@code postgres} (the
 *     interim substring search in the database)
 * @param directory {@code civicdesk.search.directory} (environment variable {@code
 *     CIVICDESK_SEARCH_DIR}): the Lucene index directory; empty (the default): {@code search-index}
 *     beside {@code civicdesk.embedded-db.dir}, or in memory when that is throw-away (tests)
 * @param analysis {@code civicdesk.search.analysis}: the Chinese analysis chains, {@code both} (the
 *     default: CJK bigrams and ICU words), {@code bigram} or {@code icu}; changing it rebuilds the
 *     index on the next start
 * @param reindex {@code civicdesk.search.reindex}: {@code true} rebuilds the whole index from the
 *     database once started, then stops the application (the command-line reindex)
 * @param perHour {@code civicdesk.search.per-hour}: public searches one client address may make an
 *     hour (the door {@value SiteSearch#DOOR})
 * @param opensearch the OpenSearch cluster, used when {@code engine} is {@code opensearch}
 */
@ConfigurationProperties("civicdesk.search")
@Validated
record SearchSettings(
    @DefaultValue("lucene") @Pattern(regexp = "lucene|opensearch|postgres") String engine,
    @DefaultValue("") String directory,
    @DefaultValue("both") @Pattern(regexp = "both|bigram|icu") String analysis,
    @DefaultValue("false") boolean reindex,
    @DefaultValue("600") @jakarta.validation.constraints.Min(1) int perHour,
    @DefaultValue @Valid OpenSearch opensearch) {

  /**
   * An OpenSearch cluster with the {@code analysis-icu} plugin installed.
   *
   * @param url {@code civicdesk.search.opensearch.url}: the cluster's address, e.g. {@code
   *     http://localhost:9200}
   * @param index {@code civicdesk.search.opensearch.index}: the index name (default {@code
   *     civicdesk})
   */
  record OpenSearch(
      @DefaultValue("") String url,
      @DefaultValue("civicdesk") @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,100}") String index) {}

  /** The chain of {@link #analysis}. */
  SearchAnalysis.Chain chain() {
    return SearchAnalysis.Chain.valueOf(analysis.toUpperCase(java.util.Locale.ROOT));
  }
}
