// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.CivicDeskApplication;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Two application nodes on one PostgreSQL: a sweep scheduled on both runs once — each of its parts
 * on one node only (db-scheduler picks a task instance once) — and every reminder reaches its
 * recipient once.
 */
class TwoNodeReminderTests {

  @TempDir Path data;

  static ConfigurableApplicationContext node(String... database) {
    String[] common = {
      "--server.port=0",
      "--civicdesk.demo.enabled=false",
      "--civicdesk.sms.gateway=off",
      "--civicdesk.deadlines.sweep-cron=-",
      "--db-scheduler.polling-interval=200ms",
      "--civicdesk.notification.poll=1h"
    };
    String[] args = new String[common.length + database.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(database, 0, args, common.length, database.length);
    return new SpringApplicationBuilder(CivicDeskApplication.class).run(args);
  }

  static double sweeps(ConfigurableApplicationContext node) {
    return node.getBean(MeterRegistry.class).counter("civicdesk.deadlines.sweeps").count();
  }

  @Test
  void aSweepScheduledOnTwoNodesRunsOnceAndTellsEachRecipientOnce() throws Exception {
    try (ConfigurableApplicationContext first = node("--civicdesk.embedded-db.dir=" + data)) {
      int port = first.getBean(EmbeddedPostgres.class).getPort();
      try (ConfigurableApplicationContext second =
          node(
              "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
              "--spring.flyway.user=postgres")) {
        TestOrganisation.Setup agency = TestOrganisation.from(first).agency("NODES", null);
        CaseFixtures cases =
            CaseFixtures.of(first, agency, new ServiceCode(agency.code().value() + "-SERVICE"));
        CaseWork.Stepped c =
            cases.assigned(
                cases
                    .fileAtCounter(null, LocalDate.parse("2026-02-11"), TimeLimit.workingDays(6))
                    .number());

        // Both nodes ask for the same sweep, due in two seconds: one instance, one run.
        Instant due = Instant.now().plusSeconds(2);
        List<Boolean> scheduled =
            List.of(first, second).stream()
                .map(
                    node ->
                        node.getBean(SchedulerClient.class)
                            .scheduleIfNotExists(
                                ReminderScheduling.SWEEP_DAY
                                    .instance("2026-03-18")
                                    .scheduledTo(due)))
                .toList();
        assertThat(scheduled).containsExactly(true, false);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (sweeps(first) + sweeps(second) < 4 || pending(jdbc) > 0) {
          assertThat(System.nanoTime()).as("the sweep ran within 30 s").isLessThan(deadline);
          Thread.sleep(100);
        }
        Thread.sleep(1_000);

        assertThat(sweeps(first) + sweeps(second))
            .as("each of the four parts ran once")
            .isEqualTo(4.0);
        assertThat(
                jdbc.sql(
                        """
            select kind from notification_staff_notice
            where case_number = ? and kind <> 'CASE_ASSIGNED' order by kind""")
                    .param(c.number().value())
                    .query(String.class)
                    .list())
            .containsExactly("OVERDUE", "OVERDUE_ESCALATED", "SEVERELY_OVERDUE");
      }
    }
  }

  private static long pending(JdbcClient jdbc) {
    return jdbc.sql(
            "select count(*) from scheduled_tasks"
                + " where task_name in ('reminder-sweep-day', 'reminder-sweep-part')")
        .query(Long.class)
        .single();
  }
}
