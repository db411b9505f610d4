// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.civicdesk.DatabaseOwner;

/**
 * With {@code spring.datasource.url} set, CivicDesk uses that PostgreSQL — here one started by the
 * test, standing in for a production server — and starts no embedded server of its own. The
 * stand-in is prepared as the README tells an administrator to: an owner role that owns the
 * database and runs Flyway, and an application role that CivicDesk connects as. The server stops
 * with the context, after the application's pool.
 */
@SpringBootTest(properties = "civicdesk.embedded-db.dir=")
@DirtiesContext
class ExternalDatabaseTests {

  private static final EmbeddedPostgres EXTERNAL = startExternal();

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Flyway flyway;

  private static EmbeddedPostgres startExternal() {
    try {
      EmbeddedPostgres server = EmbeddedPostgresConfiguration.start("", 0);
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        // README, "Database roles", with an external database.
        s.execute("create role civicdesk_owner login password 'owner-secret'");
        s.execute("create role civicdesk_app login password 'app-secret'");
        s.execute("create database civicdesk owner civicdesk_owner");
      }
      return server;
    } catch (IOException | InterruptedException | SQLException e) {
      throw new IllegalStateException("Could not start the stand-in server", e);
    }
  }

  @DynamicPropertySource
  static void external(DynamicPropertyRegistry properties) {
    properties.add(
        "spring.datasource.url",
        () -> "jdbc:postgresql://localhost:" + EXTERNAL.getPort() + "/civicdesk");
    properties.add("spring.datasource.username", () -> "civicdesk_app");
    properties.add("spring.datasource.password", () -> "app-secret");
    properties.add("spring.flyway.user", () -> "civicdesk_owner");
    properties.add("spring.flyway.password", () -> "owner-secret");
  }

  /** The stand-in server, stopped with the context once everything using its pool is gone. */
  record StandIn(EmbeddedPostgres server) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class StandInLifecycle {
    @Bean
    StandIn standIn() {
      return new StandIn(EXTERNAL);
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceNeedsTheStandIn() {
      return factory -> factory.getBeanDefinition("dataSource").setDependsOn("standIn");
    }
  }

  @Test
  void noEmbeddedServerStartsAndFlywayBuildsTheSchemaInTheGivenDatabase() {
    assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
    assertThat(
            DatabaseOwner.of(flyway)
                .jdbc()
                .sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(3);
    assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
        .isEqualTo(Integer.toString(EXTERNAL.getPort()));
  }

  @Test
  void theOwnerRoleOwnsTheTablesAndTheApplicationConnectsAsTheOtherRole() {
    assertThat(jdbc.sql("select current_user").query(String.class).single())
        .isEqualTo("civicdesk_app");
    assertThat(
            jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                .query(String.class)
                .list())
        .containsExactly("civicdesk_owner");
    assertThat(jdbc.sql("select count(*) from casework_case").query(Long.class).single())
        .isNotNegative();
    assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> jdbc.sql("drop table casework_case").update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("must be owner");
  }
}
