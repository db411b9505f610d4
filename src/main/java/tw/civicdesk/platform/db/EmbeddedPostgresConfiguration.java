// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured.
 *
 * <p>With {@code civicdesk.embedded-db.dir} set (the default is {@code ./data/postgres}) the data
 * directory persists across restarts; with it blank, a throw-away directory is used (what tests
 * use). After a hard kill the previous postmaster may still hold the directory for a few seconds,
 * so start is retried a few times before giving up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${civicdesk.embedded-db.dir:}") String dir,
      @Value("${civicdesk.embedded-db.port:0}") int port,
      @Value("${civicdesk.embedded-db.start-attempts:5}") int attempts)
      throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 1; attempt <= Math.max(1, attempts); attempt++) {
      try {
        return builder(dir, port).start();
      } catch (IOException e) {
        last = e;
        log.warn("Embedded PostgreSQL did not start (attempt {} of {}): {}", attempt, attempts,
            e.getMessage());
        removeStalePid(dir);
        Thread.sleep(Duration.ofSeconds(2).toMillis());
      }
    }
    throw last;
  }

  private static EmbeddedPostgres.Builder builder(String dir, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPGStartupWait(Duration.ofSeconds(30))
        .setServerConfig("timezone", "UTC")
        .setServerConfig("max_connections", "100");
    if (port > 0) {
      builder.setPort(port);
    }
    if (!dir.isBlank()) {
      File directory = new File(dir).getAbsoluteFile();
      Files.createDirectories(directory.toPath());
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
    }
    return builder;
  }

  /** A postmaster.pid left by a killed server whose process is gone blocks the next start. */
  private static void removeStalePid(String dir) {
    if (dir.isBlank()) {
      return;
    }
    Path pid = Path.of(dir).toAbsolutePath().resolve("postmaster.pid");
    try {
      if (Files.exists(pid)) {
        String first = Files.readAllLines(pid).stream().findFirst().orElse("").trim();
        boolean alive = !first.isEmpty()
            && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          Files.deleteIfExists(pid);
        }
      }
    } catch (IOException | NumberFormatException e) {
      log.warn("Could not inspect {}: {}", pid, e.getMessage());
    }
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
