// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured.
 *
 * <p>With {@code civicdesk.embedded-db.dir} set (the default is {@code ./data/postgres}) the data
 * directory persists across restarts; with it blank, a throw-away directory is used (what tests
 * use). A server left running by a hard-killed process is stopped first ({@link
 * LeftoverPostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${civicdesk.embedded-db.dir:}") String dir,
      @Value("${civicdesk.embedded-db.port:0}") int port) throws IOException, InterruptedException {
    return start(dir, port);
  }

  /**
   * Starts the server. With a directory, it first stops a server a hard-killed process left on
   * it, and keeps PostgreSQL's durability (fsync and synchronous commit on): zonky's defaults
   * turn both off, which is fine for throw-away test databases only.
   */
  static EmbeddedPostgres start(String dir, int port) throws IOException, InterruptedException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("timezone", "UTC")
        .setServerConfig("max_connections", "100");
    if (port > 0) {
      builder.setPort(port);
    }
    if (!dir.isBlank()) {
      Path directory = Path.of(dir).toAbsolutePath();
      Files.createDirectories(directory);
      LeftoverPostmaster.clear(directory, Duration.ofSeconds(30));
      builder.setDataDirectory(directory.toFile()).setCleanDataDirectory(false)
          .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    return builder.start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres,
      @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(poolSize);
    ds.setPoolName("civicdesk-embedded");
    return ds;
  }
}
