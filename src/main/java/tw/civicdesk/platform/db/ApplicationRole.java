// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The embedded server's application role: the role CivicDesk connects as, which owns nothing and
 * holds only the privileges migration V37 grants it (ADR 0030). The embedded server is created by
 * its superuser {@code postgres}, who owns every table and runs Flyway; this creates the
 * application role when it is missing — a data directory of an earlier version has none — and
 * resets its attributes on every start, so that a role someone raised by hand is lowered again.
 */
final class ApplicationRole {

  /** Role names this creates: a plain lower-case identifier, never quoted, never a keyword. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private ApplicationRole() {}

  /**
   * Creates {@code name} as a login role without superuser, role, database, replication or
   * row-security bypass rights, or takes those rights away from the existing role.
   *
   * @param owner a connection to the server as its superuser
   * @param name the role, a lower-case identifier other than {@code postgres}
   * @throws IllegalArgumentException when {@code name} is not such an identifier
   */
  static void ensure(DataSource owner, String name) throws SQLException {
    if (!NAME.matcher(name).matches() || name.equals("postgres")) {
      throw new IllegalArgumentException(
          "The application's database role must be a lower-case"
              + " identifier other than postgres (spring.datasource.username), not '"
              + name
              + "'");
    }
    String attributes =
        " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls" + " noinherit";
    try (Connection c = owner.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "do $$ begin if not exists (select from pg_roles where rolname = '"
              + name
              + "') then create role "
              + name
              + attributes
              + "; end if; end $$");
      s.execute("alter role " + name + attributes);
    }
  }
}
