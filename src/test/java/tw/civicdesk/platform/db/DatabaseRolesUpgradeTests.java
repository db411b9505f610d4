// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.CivicDeskApplication;

/**
 * A data directory of a version before the two roles — every table owned by {@code postgres}, the
 * only role, which the application connected as — upgrades on the next start: the application role
 * is created, migration V37 grants it its privileges, and from then on the application runs as that
 * role on the old rows.
 */
class DatabaseRolesUpgradeTests {

  /** The migration that brought the roles' privileges. */
  private static final MigrationVersion ROLES = MigrationVersion.fromVersion("37");

  @TempDir Path data;

  @Test
  void anInstallationFromBeforeTheRolesGetsThemOnItsNextStart() throws Exception {
    try (EmbeddedPostgres before = EmbeddedPostgresConfiguration.start(data.toString(), 0)) {
      FluentConfiguration flyway =
          Flyway.configure()
              .dataSource(before.getPostgresDatabase())
              .locations("classpath:db/migration")
              .placeholders(Map.of("app_role", "civicdesk_app"));
      MigrationVersion last =
          Arrays.stream(flyway.load().info().all())
              .map(MigrationInfo::getVersion)
              .filter(v -> v.compareTo(ROLES) < 0)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      flyway.target(last).load().migrate();
      JdbcClient old = JdbcClient.create(before.getPostgresDatabase());
      old.sql(
              "insert into scheduled_tasks (task_name, task_instance, execution_time, picked,"
                  + " version) values ('from-before', 'one', now() + interval '10 years', false, 1)")
          .update();
      assertThat(
              old.sql("select count(*) from pg_roles where rolname = 'civicdesk_app'")
                  .query(Long.class)
                  .single())
          .isZero();
    }

    try (ConfigurableApplicationContext upgraded =
        new SpringApplicationBuilder(CivicDeskApplication.class)
            .run(
                "--civicdesk.embedded-db.dir=" + data,
                "--server.port=0",
                "--civicdesk.demo.enabled=false",
                "--civicdesk.sms.gateway=off",
                "--civicdesk.notification.poll=1h",
                "--civicdesk.deadlines.sweep-cron=-",
                "--civicdesk.performance.chase-cron=-",
                "--civicdesk.housekeeping.cron=-")) {
      JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select current_user").query(String.class).single())
          .isEqualTo("civicdesk_app");
      assertThat(
              jdbc.sql("select task_name from scheduled_tasks where task_instance = 'one'")
                  .query(String.class)
                  .single())
          .isEqualTo("from-before");
      assertThat(
              jdbc.sql("update scheduled_tasks set picked = false where task_instance = 'one'")
                  .update())
          .isOne();
      assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
          .isInstanceOf(DataAccessException.class)
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThat(
              JdbcClient.create(upgraded.getBean(EmbeddedPostgres.class).getPostgresDatabase())
                  .sql("select distinct tableowner from pg_tables where schemaname = 'public'")
                  .query(String.class)
                  .list())
          .containsExactly("postgres");
    }
  }
}
