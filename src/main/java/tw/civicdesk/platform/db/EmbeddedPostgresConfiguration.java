// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured.
 *
 * <p>With {@code civicdesk.embedded-db.dir} set (the default is {@code ./data/postgres}) the data
 * directory persists across restarts; with it blank, a throw-away directory is used (what tests
 * use). A server left running by a hard-killed process is stopped first ({@link
 * LeftoverPostmaster}).
 *
 * <p>Two roles, as with an external database (ADR 0030): the server's superuser {@code postgres}
 * owns the tables and runs Flyway; the application connects as {@code spring.datasource.username}
 * (default {@code civicdesk_app}), which this creates when it is missing ({@link ApplicationRole})
 * and which owns nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  /** The superuser the embedded server is created with: owner of every table. */
  static final String OWNER = "postgres";

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDbSettings settings, DataSourceProperties dataSource)
      throws IOException, InterruptedException, SQLException {
    EmbeddedPostgres postgres = start(settings.dir(), settings.port());
    try {
      ApplicationRole.ensure(postgres.getDatabase(OWNER, "postgres"), appRole(dataSource));
    } catch (SQLException | RuntimeException e) {
      postgres.close();
      throw e;
    }
    return postgres;
  }

  /** Flyway connects as the owner; Spring Boot builds its own connection from these. */
  @Bean
  FlywayConnectionDetails flywayConnectionDetails(EmbeddedPostgres postgres) {
    String url = postgres.getJdbcUrl(OWNER, "postgres");
    return new FlywayConnectionDetails() {
      @Override
      public String getJdbcUrl() {
        return url;
      }

      @Override
      public String getUsername() {
        return OWNER;
      }

      @Override
      public @Nullable String getPassword() {
        return null;
      }
    };
  }

  /**
   * Starts the server. With a directory, it first stops a server a hard-killed process left on it,
   * and keeps PostgreSQL's durability (fsync and synchronous commit on): zonky's defaults turn both
   * off, which is fine for throw-away test databases only.
   */
  static EmbeddedPostgres start(String dir, int port) throws IOException, InterruptedException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
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
      builder
          .setDataDirectory(directory.toFile())
          .setCleanDataDirectory(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on");
    }
    return builder.start();
  }

  /**
   * The application's connections, as the application role; the pool takes the {@code
   * spring.datasource.hikari.*} settings (e.g. {@code maximum-pool-size}, Hikari's default 10) as
   * Spring Boot's own pool does.
   */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres, DataSourceProperties dataSource) {
    String appRole = appRole(dataSource);
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl(appRole, "postgres"));
    ds.setUsername(appRole);
    ds.setPoolName("civicdesk-embedded");
    return ds;
  }

  /** {@code spring.datasource.username}, which {@code application.properties} sets. */
  private static String appRole(DataSourceProperties dataSource) {
    String role = dataSource.getUsername();
    if (role == null || role.isBlank()) {
      throw new IllegalStateException(
          "spring.datasource.username must name the application role"
              + " (application.properties sets civicdesk_app)");
    }
    return role;
  }
}
