// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts, also after its owner was killed. */
class EmbeddedPostgresTests {

  @TempDir Path dir;

  @Test
  void dataSurvivesARestartOnTheSameDirectory() throws Exception {
    try (EmbeddedPostgres first = EmbeddedPostgresConfiguration.start(dir.toString(), 0)) {
      execute(first, "create table receipt (id int primary key); insert into receipt values (1)");
    }
    try (EmbeddedPostgres second = EmbeddedPostgresConfiguration.start(dir.toString(), 0)) {
      assertThat(count(second)).isEqualTo(1);
    }
  }

  @Test
  void aRestartRightAfterTheApplicationWasKilledHardFindsTheData() throws Exception {
    // The "application": a child JVM that starts the server on the directory, then kill -9.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process app =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                OrphanMaker.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("READY")) {
        // the child's start-up log
      }
      assertThat(line).isEqualTo("READY");
    }
    app.destroyForcibly();
    assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
    ProcessHandle leftover =
        LeftoverPostmaster.serverOf(dir.resolve("postmaster.pid")).orElseThrow();
    assertThat(leftover.isAlive()).as("the server outlives its killed owner").isTrue();

    try (EmbeddedPostgres restarted = EmbeddedPostgresConfiguration.start(dir.toString(), 0)) {
      assertThat(leftover.isAlive()).isFalse();
      assertThat(count(restarted)).isEqualTo(1);
    }
  }

  @Test
  void aSecondServerOnADirectoryInUseIsRefused() throws Exception {
    try (EmbeddedPostgres running = EmbeddedPostgresConfiguration.start(dir.toString(), 0)) {
      assertThatThrownBy(() -> EmbeddedPostgresConfiguration.start(dir.toString(), 0))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("in use");
      assertThat(count(running)).isZero();
    }
  }

  private static void execute(EmbeddedPostgres pg, String sql) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int count(EmbeddedPostgres pg) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table if not exists receipt (id int primary key)");
      try (ResultSet rs = s.executeQuery("select count(*) from receipt")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
