// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.DatabaseOwner;
import tw.civicdesk.IntegrationTest;

/**
 * The hash chain: concurrent appends never fork it, the database refuses changes, and a change made
 * by someone who bypasses the trigger is found at the row it broke; removing or rewriting the
 * newest rows is found against the anchor kept outside the database. Tampering needs the table
 * owner's rights (the application's role has no UPDATE, DELETE or TRUNCATE on the table and cannot
 * disable its trigger, see DatabaseRolesTests), so it happens on the owner's connection with the
 * append-only trigger disabled, inside a transaction that is rolled back: other tests never see a
 * broken chain.
 */
@IntegrationTest
class AuditChainTests {

  @Autowired AuditLog auditLog;
  @Autowired AuditAnchor anchor;
  @Autowired AuditRows rows;
  @Autowired JdbcClient jdbc;
  @Autowired Flyway flyway;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @Autowired Clock clock;

  private long[] twoRows() {
    String actor = AuditLogTests.unique("chain");
    auditLog.record(AuditLogTests.read(actor, "AUD-1", "CASE-A"));
    auditLog.record(AuditLogTests.read(actor, "AUD-1", "CASE-B"));
    List<Long> ids =
        jdbc.sql("select id from audit_log where actor = ? order by id")
            .param(actor)
            .query(Long.class)
            .list();
    return new long[] {ids.get(0), ids.get(1)};
  }

  /**
   * Runs {@code attack} as an attacker with the owner's rights, verifies the chain in the same
   * transaction (what the attacker's changes look like to the check), and rolls everything back.
   */
  private ChainCheck afterAttack(Function<JdbcClient, Integer> attack) {
    DatabaseOwner owner = DatabaseOwner.of(flyway);
    return owner
        .transactions()
        .execute(
            s -> {
              JdbcClient db = owner.jdbc();
              db.sql("alter table audit_log disable trigger audit_log_no_update_or_delete")
                  .update();
              assertThat(attack.apply(db)).isOne();
              ChainCheck check = asOwner(db).verify();
              s.setRollbackOnly();
              return check;
            });
  }

  /** The audit log on the owner's connection {@code db}, with this node's anchor. */
  private AuditLog asOwner(JdbcClient db) {
    return new AuditLog(new AuditRows(db), clock, anchor);
  }

  @Test
  void eightThreadsAppendingAtOnceLeaveOneIntactChain() throws Exception {
    String actor = AuditLogTests.unique("burst");
    long before = auditLog.verify().rows();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(
          threads.submit(
              () -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                  auditLog.record(AuditLogTests.read(actor, "AUD-" + thread, "CASE-" + i));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    threads.shutdown();

    ChainCheck check = auditLog.verify();
    assertThat(check.intact()).isTrue();
    assertThat(check.firstBrokenId()).isNull();
    assertThat(check.rows()).isGreaterThanOrEqualTo(before + 200);
    assertThat(
            jdbc.sql("select count(distinct prev_hash) from audit_log where actor = ?")
                .param(actor)
                .query(Long.class)
                .single())
        .isEqualTo(200);
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteARowEvenToTheTablesOwner() {
    long id = twoRows()[0];
    JdbcClient jdbc = DatabaseOwner.of(flyway).jdbc();
    assertThatThrownBy(
            () -> jdbc.sql("update audit_log set detail = 'x' where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(auditLog.verify().intact()).isTrue();
  }

  @Test
  void anUpdatedRowBreaksTheChainAtThatRow() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(
            db ->
                db.sql("update audit_log set subject_id = 'CASE-Z'" + " where id = ?")
                    .param(ids[0])
                    .update());
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenId()).isEqualTo(ids[0]);
    assertThat(auditLog.verify().intact()).as("rolled back").isTrue();
  }

  @Test
  void anUpdatedRowWithARecomputedHashBreaksTheChainAtTheNextRow() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(
            db -> {
              AuditEntry row =
                  db.sql("select * from audit_log where id = ?")
                      .param(ids[0])
                      .query(
                          (rs, n) ->
                              new AuditEntry(
                                  rs.getLong("id"),
                                  rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                                  rs.getString("actor"),
                                  rs.getString("agency_code"),
                                  rs.getString("action"),
                                  rs.getString("subject_type"),
                                  rs.getString("subject_id"),
                                  "innocent"))
                      .single();
              String prev =
                  db.sql("select prev_hash from audit_log where id = ?")
                      .param(ids[0])
                      .query(String.class)
                      .single();
              return db.sql("update audit_log set detail = 'innocent', hash = ? where id = ?")
                  .param(AuditChain.hash(prev, row))
                  .param(ids[0])
                  .update();
            });
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenId()).isEqualTo(ids[1]);
  }

  @Test
  void aDeletedRowBreaksTheChainAtTheRowAfterIt() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(db -> db.sql("delete from audit_log where id = ?").param(ids[0]).update());
    assertThat(check)
        .isEqualTo(
            new ChainCheck(
                false, check.rows(), ids[1], ChainCheck.Anchor.CONFIRMED, check.anchoredId()));
  }

  @Test
  void afterACommitTheAnchorFileHoldsTheNewestRowsIdAndHash() throws Exception {
    long[] ids = twoRows();
    String hash =
        jdbc.sql("select hash from audit_log where id = ?")
            .param(ids[1])
            .query(String.class)
            .single();
    assertThat(Files.readString(anchor.file()).strip())
        .isEqualTo("civicdesk-audit-anchor-v1 " + ids[1] + " " + hash);
    ChainCheck check = auditLog.verify();
    assertThat(check.intact()).isTrue();
    assertThat(check.anchor()).isEqualTo(ChainCheck.Anchor.CONFIRMED);
    assertThat(check.anchoredId()).isEqualTo(ids[1]);
  }

  @Test
  void deletingTheNewestRowsIsDetectedAgainstTheAnchorThoughTheRestStillLinks() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(
            db ->
                Math.min(1, db.sql("delete from audit_log where id >= ?").param(ids[0]).update()));
    assertThat(check.intact()).isFalse();
    assertThat(check.anchor()).isEqualTo(ChainCheck.Anchor.HEAD_OLDER);
    assertThat(check.firstBrokenId()).isEqualTo(check.anchoredId()).isGreaterThanOrEqualTo(ids[1]);
    assertThat(auditLog.verify().intact()).as("rolled back").isTrue();
  }

  @Test
  void deletingTheNewestRowsAndAppendingNewOnesIsDetectedToo() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(
            db -> {
              int deleted = db.sql("delete from audit_log where id >= ?").param(ids[0]).update();
              asOwner(db)
                  .record(AuditLogTests.read(AuditLogTests.unique("cover"), "AUD-1", "CASE-C"));
              return Math.min(1, deleted);
            });
    assertThat(check.intact()).isFalse();
    assertThat(check.anchor()).isEqualTo(ChainCheck.Anchor.MISSING_ROW);
    assertThat(auditLog.verify().anchor())
        .as("rolled back, anchor not frozen")
        .isEqualTo(ChainCheck.Anchor.CONFIRMED);
  }

  @Test
  void rewritingTheNewestRowWithAFreshHashIsDetectedAgainstTheAnchor() {
    long[] ids = twoRows();
    ChainCheck check =
        afterAttack(
            db -> {
              AuditEntry row =
                  db.sql("select * from audit_log where id = (select max(id) from audit_log)")
                      .query(
                          (rs, n) ->
                              new AuditEntry(
                                  rs.getLong("id"),
                                  rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
                                  rs.getString("actor"),
                                  rs.getString("agency_code"),
                                  rs.getString("action"),
                                  rs.getString("subject_type"),
                                  rs.getString("subject_id"),
                                  "innocent"))
                      .single();
              String prev =
                  db.sql("select prev_hash from audit_log where id = ?")
                      .param(row.id())
                      .query(String.class)
                      .single();
              return db.sql("update audit_log set detail = 'innocent', hash = ? where id = ?")
                  .param(AuditChain.hash(prev, row))
                  .param(row.id())
                  .update();
            });
    assertThat(ids[1]).isPositive();
    assertThat(check.firstBrokenId()).isEqualTo(check.anchoredId());
    assertThat(check.anchor()).isEqualTo(ChainCheck.Anchor.CHANGED);
    assertThat(check.intact()).isFalse();
  }

  @Test
  void theDailyHeadLineNamesTheNewestRowAndWhetherTheAnchorHolds() {
    long[] ids = twoRows();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    String line = readOnly.execute(s -> AuditAnchorScheduling.logHead(rows, anchor)).orElseThrow();
    assertThat(line).startsWith("Audit head id=").contains("anchor id=").doesNotContain("missing");
    assertThat(Long.parseLong(line.replaceAll("Audit head id=(\\d+).*", "$1")))
        .isGreaterThanOrEqualTo(ids[1]);
  }
}
