// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.DatabaseOwner;
import tw.civicdesk.IntegrationTest;

/**
 * The application's connections, the very JdbcClient every module uses, run as a role that owns
 * nothing (ADR 0030): what a bug or an injected statement could do with them is limited to rows,
 * and to appending to the audit log and the case history.
 */
@IntegrationTest
class DatabaseRolesTests {

  private static final Set<String> APPEND_ONLY = Set.of("audit_log", "casework_history");
  private static final Set<String> REBUILT =
      Set.of("figures_case", "figures_month", "figures_working_days", "figures_open");

  @Autowired JdbcClient jdbc;
  @Autowired Flyway flyway;

  private void refused(String sql, String message) {
    assertThatThrownBy(() -> jdbc.sql(sql).update())
        .as(sql)
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining(message);
  }

  @Test
  void theApplicationConnectsAsAnUnprivilegedRoleThatOwnsNothing() {
    Map<String, Object> role =
        jdbc.sql(
                "select current_user as name, rolsuper, rolcreaterole,"
                    + " rolcreatedb, rolbypassrls, rolreplication from pg_roles where rolname = current_user")
            .query()
            .singleRow();
    assertThat(role)
        .containsEntry("name", "civicdesk_app")
        .containsEntry("rolsuper", false)
        .containsEntry("rolcreaterole", false)
        .containsEntry("rolcreatedb", false)
        .containsEntry("rolbypassrls", false)
        .containsEntry("rolreplication", false);
    assertThat(
            jdbc.sql(
                    "select count(*) from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where n.nspname = 'public'"
                        + " and pg_has_role(current_user, c.relowner, 'MEMBER')")
                .query(Long.class)
                .single())
        .as("relations it owns or may act as owner of")
        .isZero();
  }

  @Test
  void theStartUpCheckPassesTheApplicationRoleAndRefusesTheOwner() {
    new DatabaseRoleCheck(jdbc).afterSingletonsInstantiated();
    assertThatThrownBy(
            () ->
                new DatabaseRoleCheck(DatabaseOwner.of(flyway).jdbc())
                    .afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'postgres', which is a superuser")
        .hasMessageContaining("may create objects in its schema")
        .hasMessageContaining("owns (or may act as the owner of)");
  }

  @Test
  void theApplicationCanNeitherDisableATriggerNorDropNorEmptyTheAuditLog() {
    refused("alter table audit_log disable trigger audit_log_no_update_or_delete", "must be owner");
    refused("alter table casework_history disable trigger all", "must be owner");
    refused("drop table audit_log", "must be owner");
    refused("drop table casework_case", "must be owner");
    refused("truncate audit_log", "permission denied");
    refused("truncate casework_history", "permission denied");
    refused("update audit_log set detail = 'x'", "permission denied");
    refused("delete from audit_log", "permission denied");
    refused("delete from casework_history", "permission denied");
    refused("set session_replication_role = replica", "permission denied");
    refused("create table intruder (id int)", "permission denied");
    refused("select count(*) from flyway_schema_history", "permission denied");
  }

  @Test
  void everyTableGrantsTheApplicationRowsOnlyAndTheAppendOnlyTablesReadAndAppendOnly() {
    List<String> tables =
        DatabaseOwner.of(flyway)
            .jdbc()
            .sql(
                "select tablename from pg_tables"
                    + " where schemaname = 'public' and tablename <> 'flyway_schema_history'")
            .query(String.class)
            .list();
    assertThat(tables).hasSizeGreaterThan(30).containsAll(APPEND_ONLY).containsAll(REBUILT);
    Map<String, String> privileges =
        tables.stream()
            .collect(
                Collectors.toMap(
                    t -> t,
                    t ->
                        jdbc.sql(
                                """
            select string_agg(p, ',' order by p) from unnest(array['SELECT', 'INSERT', 'UPDATE',
              'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN']) p
            where has_table_privilege(current_user, :t, p)""")
                            .param("t", t)
                            .query(String.class)
                            .single()));
    privileges.forEach(
        (table, granted) ->
            assertThat(granted)
                .as(table)
                .isEqualTo(
                    APPEND_ONLY.contains(table)
                        ? "INSERT,SELECT"
                        : REBUILT.contains(table)
                            ? "DELETE,INSERT,SELECT,TRUNCATE,UPDATE"
                            : "DELETE,INSERT,SELECT,UPDATE"));
  }

  @Test
  void aTableALaterMigrationCreatesIsGrantedByDefaultPrivileges() {
    String table = "later_" + UUID.randomUUID().toString().replace("-", "");
    JdbcClient owner = DatabaseOwner.of(flyway).jdbc();
    owner.sql("create table " + table + " (id bigserial primary key, note text)").update();
    try {
      jdbc.sql("insert into " + table + " (note) values ('a')").update();
      assertThat(jdbc.sql("update " + table + " set note = 'b'").update()).isOne();
      assertThat(jdbc.sql("select note from " + table).query(String.class).single()).isEqualTo("b");
      assertThat(jdbc.sql("delete from " + table).update()).isOne();
      refused("truncate " + table, "permission denied");
      refused("drop table " + table, "must be owner");
    } finally {
      owner.sql("drop table " + table).update();
    }
  }
}
