// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, CivicDesk uses that PostgreSQL — here one started by
 * the test, standing in for a production server — and starts no embedded server of its own.
 */
@SpringBootTest(properties = "civicdesk.embedded-db.dir=")
class ExternalDatabaseTests {

  private static final EmbeddedPostgres EXTERNAL = startExternal();

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  private static EmbeddedPostgres startExternal() {
    try {
      return EmbeddedPostgresConfiguration.start("", 0);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Could not start the stand-in server", e);
    }
  }

  @DynamicPropertySource
  static void external(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
  }

  @AfterAll
  static void stop() throws IOException {
    EXTERNAL.close();
  }

  @Test
  void noEmbeddedServerStartsAndFlywayBuildsTheSchemaInTheGivenDatabase() {
    assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
        .isEqualTo(Integer.toString(EXTERNAL.getPort()));
  }
}
