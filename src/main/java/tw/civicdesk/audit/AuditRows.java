// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the table {@code audit_log}. */
@Repository
class AuditRows {

  /**
   * The key of the transaction-scoped advisory lock that serialises appends ("CDAUDIT" in ASCII).
   * No other code may use it.
   */
  static final long CHAIN_LOCK = 0x43_44_41_55_44_49_54L;

  private static final String COLUMNS =
      "id, at, actor, agency_code, action, subject_type, subject_id, detail";

  private final JdbcClient jdbc;

  AuditRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits until no other transaction appends, and holds that until this transaction ends. */
  void lockChain() {
    jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query(rs -> {});
  }

  /** The hash of the newest row, if any. */
  Optional<String> lastHash() {
    return jdbc.sql("select hash from audit_log order by id desc limit 1")
        .query(String.class)
        .optional();
  }

  /** The stored hash of row {@code id}, if there is such a row. */
  Optional<String> hashOf(long id) {
    return jdbc.sql("select hash from audit_log where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  /** The newest row's id and hash, if any. */
  Optional<AuditAnchor.Head> head() {
    return jdbc.sql("select id, hash from audit_log order by id desc limit 1")
        .query((rs, n) -> new AuditAnchor.Head(rs.getLong("id"), rs.getString("hash")))
        .optional();
  }

  long nextId() {
    return jdbc.sql("select nextval(pg_get_serial_sequence('audit_log', 'id'))")
        .query(Long.class)
        .single();
  }

  void insert(AuditEntry row, String prevHash, String hash) {
    jdbc.sql(
            "insert into audit_log ("
                + COLUMNS
                + ", prev_hash, hash) values (:id, :at, :actor,"
                + " :agency, :action, :subjectType, :subjectId, :detail, :prevHash, :hash)")
        .param("id", row.id())
        .param("at", row.at().atOffset(ZoneOffset.UTC))
        .param("actor", row.actor())
        .param("agency", row.agencyCode())
        .param("action", row.action())
        .param("subjectType", row.subjectType())
        .param("subjectId", row.subjectId())
        .param("detail", row.detail())
        .param("prevHash", prevHash)
        .param("hash", hash)
        .update();
  }

  /** Hands every row to {@code next} in id order, streaming (run inside a transaction). */
  void inIdOrder(Consumer<AuditChain.StoredRow> next) {
    jdbc.sql("select " + COLUMNS + ", prev_hash, hash from audit_log order by id")
        .withFetchSize(1000)
        .query(
            rs -> {
              next.accept(
                  new AuditChain.StoredRow(
                      entry(rs, 0), rs.getString("prev_hash"), rs.getString("hash")));
            });
  }

  /** One page, newest first; see {@link AuditQuery}. */
  List<AuditEntry> page(AuditQuery q) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_log where true");
    List<Object> params = new ArrayList<>();
    condition(sql, params, " and agency_code = ?", q.agencyCode());
    condition(sql, params, " and subject_id = ?", q.subjectId());
    condition(sql, params, " and actor = ?", q.actor());
    condition(sql, params, " and id < ?", q.beforeId());
    sql.append(" order by id desc limit ?");
    params.add(q.limit());
    return jdbc.sql(sql.toString()).params(params).query(AuditRows::entry).list();
  }

  private static void condition(
      StringBuilder sql, List<Object> params, String clause, @Nullable Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("agency_code"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("detail"));
  }
}
