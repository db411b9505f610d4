// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's own connections could change the schema or bypass its
 * guards (ADR 0030): a superuser, a role that may create roles or bypass row security, one that
 * owns a table or may act as its owner, or one that may create objects in its schema. Checked once
 * every bean is ready, that is after Flyway ran as the owner.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

  private static final String PRIVILEGES =
      """
      select r.rolname as role, r.rolsuper, r.rolcreaterole, r.rolbypassrls,
        has_schema_privilege(current_schema(), 'CREATE') as creates,
        (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
            and pg_has_role(current_user, c.relowner, 'MEMBER')) as owned
      from pg_roles r where r.rolname = current_user""";

  private final JdbcClient jdbc;

  DatabaseRoleCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = new ArrayList<>();
    String role =
        jdbc.sql(PRIVILEGES)
            .query(
                (rs, n) -> {
                  add(problems, rs.getBoolean("rolsuper"), "is a superuser");
                  add(problems, rs.getBoolean("rolcreaterole"), "may create roles");
                  add(problems, rs.getBoolean("rolbypassrls"), "bypasses row security");
                  add(problems, rs.getBoolean("creates"), "may create objects in its schema");
                  long owned = rs.getLong("owned");
                  add(
                      problems,
                      owned > 0,
                      "owns (or may act as the owner of) " + owned + " relations");
                  return rs.getString("role");
                })
            .single();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "CivicDesk connects to the database as '"
              + role
              + "', which "
              + String.join(", ", problems)
              + ". Connect as a role that owns nothing"
              + " (spring.datasource.username) and run Flyway as the owner (spring.flyway.user):"
              + " see README, \"Database roles\", and ADR 0030.");
    }
  }

  private static void add(List<String> problems, boolean problem, String text) {
    if (problem) {
      problems.add(text);
    }
  }
}
