// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tw.civicdesk.platform.db.EmbeddedDbSettings;
import tw.civicdesk.platform.throttle.AnonymousDoor;

/**
 * Chooses the search engine by {@code civicdesk.search.engine} (ADR 0049, 0051): the embedded
 * Lucene index (default) or an OpenSearch cluster, both behind {@link IndexedSearchIndex}; {@code
 * postgres} keeps the interim {@link PostgresSearchIndex} instead.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  static final String NOT_POSTGRES = "'${civicdesk.search.engine:lucene}' != 'postgres'";

  /**
   * The public search's per-address limit: generous for people, a stop for a script filling the
   * record of missed searches.
   */
  @Bean
  AnonymousDoor searchDoor(SearchSettings settings) {
    return new AnonymousDoor(SiteSearch.DOOR, settings.perHour());
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "civicdesk.search.engine",
      havingValue = "lucene",
      matchIfMissing = true)
  LuceneSearchIndex luceneSearchIndex(SearchSettings settings, EmbeddedDbSettings embeddedDb) {
    return new LuceneSearchIndex(location(settings.directory(), embeddedDb), settings.chain());
  }

  @Bean
  @ConditionalOnProperty(name = "civicdesk.search.engine", havingValue = "opensearch")
  OpenSearchIndex openSearchIndex(SearchSettings settings) {
    return new OpenSearchIndex(settings.opensearch());
  }

  @Bean
  @ConditionalOnExpression(NOT_POSTGRES)
  IndexedSearchIndex indexedSearchIndex(
      SearchEngine engine, SearchOutbox outbox, PlatformTransactionManager transactions) {
    return new IndexedSearchIndex(engine, outbox, transactions);
  }

  /**
   * The index directory: {@code directory} if set, else {@code search-index} beside the embedded
   * database's directory, else {@code null} (in memory) when that is throw-away too.
   */
  static @Nullable Path location(String directory, EmbeddedDbSettings embeddedDb) {
    Path chosen;
    if (!directory.isBlank()) {
      chosen = Path.of(directory.strip()).toAbsolutePath();
    } else if (!embeddedDb.throwAway()) {
      Path db = Path.of(embeddedDb.dir().strip()).toAbsolutePath().normalize();
      Path parent = db.getParent();
      chosen = (parent == null ? db : parent).resolve("search-index");
    } else {
      return null;
    }
    try {
      return Files.createDirectories(chosen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
