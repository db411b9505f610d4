// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;

/** Recording, paging and the caller's transaction, on the real PostgreSQL. */
@IntegrationTest
class AuditLogTests {

  @Autowired AuditLog auditLog;
  @Autowired AuditRows rows;
  @Autowired AuditAnchor anchor;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  static AuditEvent read(String actor, String agency, String subject) {
    return new AuditEvent(
        actor, agency, AuditEvent.PERSONAL_DATA_READ, "CASE", subject, "fields=applicant");
  }

  private long countBy(String actor) {
    return jdbc.sql("select count(*) from audit_log where actor = ?")
        .param(actor)
        .query(Long.class)
        .single();
  }

  @Test
  void aRecordedEventIsStampedWithTheInjectedClockAndLinksToThePreviousRow() {
    Instant fixed = Instant.parse("2026-03-02T01:02:03.123456789Z");
    AuditLog stamped = new AuditLog(rows, Clock.fixed(fixed, ZoneId.of("Asia/Taipei")), anchor);
    String actor = unique("clock");
    new TransactionTemplate(transactions)
        .executeWithoutResult(s -> stamped.record(read(actor, "AUD-1", "C-1")));

    AuditEntry entry = auditLog.page(new AuditQuery(null, null, actor, null, 10)).get(0);
    assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-02T01:02:03.123456Z"));
    assertThat(entry.action()).isEqualTo("PERSONAL_DATA_READ");
    String previous =
        jdbc.sql("select hash from audit_log where id < ? order by id desc limit 1")
            .param(entry.id())
            .query(String.class)
            .optional()
            .orElse(AuditChain.GENESIS);
    assertThat(
            jdbc.sql("select prev_hash from audit_log where id = ?")
                .param(entry.id())
                .query(String.class)
                .single())
        .isEqualTo(previous);
  }

  @Test
  void theConsolePagesNewestFirstByKeysetAndFiltersByAgencySubjectAndActor() {
    String agency = unique("AUD");
    String other = unique("AUD");
    String clerk = unique("clerk");
    for (int i = 1; i <= 5; i++) {
      auditLog.record(read(clerk, agency, "CASE-" + i));
    }
    auditLog.record(read(clerk, other, "CASE-1"));
    auditLog.record(read(unique("officer"), agency, "CASE-1"));

    List<AuditEntry> first = auditLog.page(new AuditQuery(agency, null, clerk, null, 3));
    assertThat(first)
        .extracting(AuditEntry::subjectId)
        .containsExactly("CASE-5", "CASE-4", "CASE-3");
    List<AuditEntry> older =
        auditLog.page(new AuditQuery(agency, " ", clerk, first.get(2).id(), 3));
    assertThat(older).extracting(AuditEntry::subjectId).containsExactly("CASE-2", "CASE-1");
    assertThat(auditLog.page(new AuditQuery(agency, "CASE-1", null, null, 10)))
        .hasSize(2)
        .allMatch(e -> e.agencyCode().equals(agency));
    assertThat(auditLog.page(new AuditQuery(null, "CASE-1", clerk, null, 10)))
        .extracting(AuditEntry::agencyCode)
        .containsExactly(other, agency);
  }

  @Test
  void aReadOnlyCallerGetsAClearIllegalStateExceptionAndNothingIsWritten() {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    String actor = unique("reader");
    assertThatThrownBy(
            () -> readOnly.executeWithoutResult(s -> auditLog.record(read(actor, "AUD-1", "C-1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only");
    assertThat(countBy(actor)).isZero();
  }

  @Test
  void aRepeatableReadCallerIsRefusedBecauseItCouldNotSeeTheNewestRow() {
    TransactionTemplate repeatable = new TransactionTemplate(transactions);
    repeatable.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    assertThatThrownBy(
            () ->
                repeatable.executeWithoutResult(
                    s -> auditLog.record(read(unique("rr"), "AUD-1", "C-1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("READ COMMITTED");
  }

  @Test
  void theRowIsWrittenInTheCallersTransactionAndRollsBackWithIt() {
    String actor = unique("rollback");
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s -> {
              auditLog.record(read(actor, "AUD-1", "C-1"));
              assertThat(countBy(actor)).isOne();
              s.setRollbackOnly();
            });
    assertThat(countBy(actor)).isZero();
  }

  @Test
  void anEventWithPersonalDataShapedOrMissingFieldsIsRefused() {
    assertThatThrownBy(() -> new AuditEvent(" ", null, "PERSONAL_DATA_READ", "CASE", "C-1", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditEvent("clerk", null, "read", "CASE", "C-1", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditEvent("clerk", null, "PERSONAL_DATA_READ", "CASE", "", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new AuditEvent(
                    "clerk", null, "PERSONAL_DATA_READ", "CASE", "C-1", "x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
