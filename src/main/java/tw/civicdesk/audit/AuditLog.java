// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log: every staff read or change of personal data leaves one row here (QUALITY.md S10),
 * and the rows form a hash chain that {@link #verify()} checks.
 *
 * <p>Rows are only ever appended; the database refuses to update or delete them. Appends from
 * concurrent transactions are serialised by a transaction-scoped advisory lock, so each row links
 * to the row committed before it and the chain never forks. After each commit that appended, the
 * newest row's id and hash are written to an anchor outside the database ({@link AuditAnchor}, ADR
 * 0029), against which {@link #verify()} detects removed newest rows.
 */
@Service
public class AuditLog {

  private final AuditRows rows;
  private final Clock clock;
  private final AuditAnchor anchor;

  AuditLog(AuditRows rows, Clock clock, AuditAnchor anchor) {
    this.rows = rows;
    this.clock = clock;
    this.anchor = anchor;
  }

  /**
   * Appends {@code event}, stamped with the injected clock, in the caller's transaction (a new one
   * when there is none): if the caller's transaction rolls back, the row goes with it, so a change
   * and its audit row are stored together or not at all. Call it in the same transaction that reads
   * or changes the personal data.
   *
   * <p>The caller's transaction must be read-write and READ COMMITTED (the default): a read-only
   * one cannot write the row, and a REPEATABLE READ or SERIALIZABLE one could not see the newest
   * row to link to. A transaction that audits holds the chain's lock from this call until it ends,
   * so other appends wait for it: audit late in a transaction and keep it short.
   *
   * @throws IllegalStateException when the caller's transaction is read-only or not READ COMMITTED
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(AuditEvent event) {
    requireWritableReadCommitted();
    rows.lockChain();
    AuditAnchor.Head anchored = anchor.mustHold();
    boolean held =
        anchored == null || rows.hashOf(anchored.id()).filter(anchored.hash()::equals).isPresent();
    String prevHash = rows.lastHash().orElse(AuditChain.GENESIS);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AuditEntry row =
        new AuditEntry(
            rows.nextId(),
            at,
            event.actor(),
            event.agencyCode(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.detail());
    String hash = AuditChain.hash(prevHash, row);
    rows.insert(row, prevHash, hash);
    AuditAnchor.Head head = new AuditAnchor.Head(row.id(), hash);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            anchor.appended(head, held);
          }
        });
  }

  private static void requireWritableReadCommitted() {
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException(
          "AuditLog.record needs a read-write transaction; the"
              + " caller's transaction is read-only");
    }
    Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
    if (isolation != null && isolation > Connection.TRANSACTION_READ_COMMITTED) {
      throw new IllegalStateException("AuditLog.record needs a READ COMMITTED transaction");
    }
  }

  /**
   * Walks the whole chain in id order and checks that each row links to the hash of the row before
   * it (the first to 64 zeros) and that its own hash matches its fields, and that the row anchored
   * outside the database is there with the anchored hash. Reads the anchor first, then one
   * consistent snapshot; rows committed meanwhile are left for the next check.
   *
   * <p>It proves that no row before the newest was changed, removed or inserted since it was
   * written, unless whoever did it also recomputed every later hash; and that no row up to the
   * anchored one was removed from the end and the log not rewritten with fresh hashes, unless
   * whoever did it also changed the anchor file. Rows appended after the anchor was last written
   * (the last moments before a crash, or while the file could not be written) are not covered; see
   * ADRs 0009 and 0029.
   */
  @Transactional(readOnly = true)
  public ChainCheck verify() {
    AuditAnchor.Reading anchored = anchor.read();
    AuditChain chain = new AuditChain(anchored.head());
    rows.inIdOrder(chain::next);
    return chain.result(anchored.unreadable());
  }

  /**
   * One page of the log for the console, newest first (see {@link AuditQuery}). It does not check
   * who asks: the caller decides which agency's rows the user may see.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> page(AuditQuery query) {
    return rows.page(query);
  }
}
