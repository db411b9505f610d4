// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search port over an engine outside the database (Lucene or OpenSearch; ADR 0050). A put or
 * remove made inside a transaction is written to {@code search_pending} in that transaction and
 * handed to the engine after the commit (all of the transaction's changes as one batch), never on a
 * rollback; once the engine holds it durably its row is deleted. Outside a transaction the change
 * is recorded and applied at once. Rows a crash left behind are applied on the next start ({@link
 * #replay}).
 */
class IndexedSearchIndex implements SearchIndex {

  private static final Logger LOG = LoggerFactory.getLogger(IndexedSearchIndex.class);

  private final SearchEngine engine;
  private final SearchOutbox outbox;
  private final TransactionTemplate separately;
  private final Set<Long> heldByRebuild = ConcurrentHashMap.newKeySet();

  IndexedSearchIndex(
      SearchEngine engine, SearchOutbox outbox, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.outbox = outbox;
    this.separately = new TransactionTemplate(transactions);
    separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void put(SearchDocument document) {
    change(document.kind(), document.reference(), document);
  }

  @Override
  public void remove(String kind, String reference) {
    change(kind, reference, null);
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    String text = query.text().strip();
    if (text.codePointCount(0, text.length()) < MIN_QUERY_LENGTH) {
      return List.of();
    }
    return engine.search(query);
  }

  private void change(String kind, String reference, @Nullable SearchDocument document) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      Long id = separately.execute(s -> outbox.record(kind, reference, document));
      applied(List.of(of(id == null ? 0 : id, kind, reference, document)));
      return;
    }
    long id = outbox.record(kind, reference, document);
    batch().add(of(id, kind, reference, document));
  }

  private static IndexChange of(
      long id, String kind, String reference, @Nullable SearchDocument document) {
    return document == null
        ? IndexChange.remove(id, kind, reference)
        : IndexChange.put(id, document);
  }

  /** This transaction's changes, applied together after its commit. */
  @SuppressWarnings("unchecked")
  private List<IndexChange> batch() {
    Object bound = TransactionSynchronizationManager.getResource(this);
    if (bound != null) {
      return (List<IndexChange>) bound;
    }
    List<IndexChange> changes = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(this, changes);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            applied(changes);
          }

          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(IndexedSearchIndex.this);
          }
        });
    return changes;
  }

  /** Hands committed changes to the engine and forgets the rows it now holds durably. */
  private void applied(List<IndexChange> changes) {
    List<Long> ids = changes.stream().map(IndexChange::id).filter(id -> id > 0).toList();
    try {
      if (engine.apply(changes)) {
        separately.executeWithoutResult(s -> outbox.delete(ids));
      } else {
        heldByRebuild.addAll(ids);
      }
    } catch (RuntimeException e) {
      LOG.error(
          "Search index not updated ({} changes kept in search_pending for the next start): {}",
          ids.size(),
          e.toString());
    }
  }

  /** Applies, oldest first, every change a crash left in {@code search_pending}. */
  int replay() {
    List<IndexChange> left = outbox.all();
    if (!left.isEmpty()) {
      applied(left);
      LOG.info("Applied {} search changes left from before the start", left.size());
    }
    return left.size();
  }

  /** The newest recorded change, for a rebuild to forget what it reads from the sources. */
  long newestChange() {
    return outbox.newest();
  }

  /** After a rebuild: forgets the rows up to {@code upTo} and those applied while it ran. */
  void rebuilt(long upTo) {
    List<Long> held = List.copyOf(heldByRebuild);
    separately.executeWithoutResult(
        s -> {
          outbox.deleteUpTo(upTo);
          outbox.delete(held);
        });
    held.forEach(heldByRebuild::remove);
  }

  SearchEngine engine() {
    return engine;
  }
}
