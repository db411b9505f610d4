// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationStartsTests {

  @Autowired JdbcClient jdbc;

  @Test
  void theApplicationRunsOnPostgreSql18() {
    String version = jdbc.sql("show server_version").query(String.class).single();
    assertThat(version).startsWith("18.");
  }
}
