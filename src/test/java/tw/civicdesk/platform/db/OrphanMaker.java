// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresTests}: starts the embedded server on a directory as
 * the application does, stores one row, says READY and waits to be killed.
 */
final class OrphanMaker {

  private OrphanMaker() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgresConfiguration.start(args[0], 0);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table receipt (id int primary key); insert into receipt values (7)");
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
