// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Full rebuilds of the search index from every {@link SearchSource} (ADR 0050): on start when the
 * index is missing, empty or of another analysis version, from the console, and from the command
 * line. One runs at a time; {@link #progress()} tells how far it got, per kind.
 */
@Service
public class SearchRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(SearchRebuild.class);

  /**
   * How far one kind got.
   *
   * @param kind the kind
   * @param done documents indexed so far
   * @param total documents of the kind, -1 while still being read
   */
  public record KindProgress(String kind, long done, long total) {}

  /**
   * Where the latest rebuild stands.
   *
   * @param running whether one is under way
   * @param started when the latest started, {@code null} if none has since the start
   * @param finished when it finished, {@code null} while running or if none has
   * @param kinds each kind's progress, in the order of the run
   * @param failed whether it stopped on an error
   */
  public record Progress(
      boolean running,
      @Nullable Instant started,
      @Nullable Instant finished,
      List<KindProgress> kinds,
      boolean failed) {}

  private final @Nullable IndexedSearchIndex index;
  private final List<SearchSource> sources;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private final List<Counter> counters = new ArrayList<>();
  private volatile @Nullable Instant started;
  private volatile @Nullable Instant finished;
  private volatile boolean failed;

  private record Counter(String kind, AtomicLong done, AtomicLong total) {}

  SearchRebuild(ObjectProvider<IndexedSearchIndex> index, List<SearchSource> sources, Clock clock) {
    this.index = index.getIfAvailable();
    this.sources = sources.stream().sorted(Comparator.comparing(SearchSource::kind)).toList();
    this.clock = clock;
  }

  /** Whether the engine keeps an index of its own (Lucene, OpenSearch) that can be rebuilt. */
  public boolean available() {
    return index != null;
  }

  /** Where the latest rebuild stands. */
  public synchronized Progress progress() {
    List<KindProgress> kinds =
        counters.stream()
            .map(c -> new KindProgress(c.kind(), c.done().get(), c.total().get()))
            .toList();
    return new Progress(running.get(), started, finished, kinds, failed);
  }

  /**
   * Starts a rebuild in the background.
   *
   * @return {@code false} when one is already running or the engine has no index of its own
   */
  public boolean start() {
    if (index == null || !running.compareAndSet(false, true)) {
      return false;
    }
    Thread worker = new Thread(this::runClaimed, "search-rebuild");
    worker.setDaemon(true);
    worker.start();
    return true;
  }

  /**
   * Rebuilds now, in this thread.
   *
   * @return {@code false} when another rebuild is running or there is nothing to rebuild
   */
  boolean runNow() {
    if (index == null || !running.compareAndSet(false, true)) {
      return false;
    }
    runClaimed();
    return !failed;
  }

  private void runClaimed() {
    IndexedSearchIndex target = java.util.Objects.requireNonNull(index);
    synchronized (this) {
      counters.clear();
      sources.forEach(
          s -> counters.add(new Counter(s.kind(), new AtomicLong(), new AtomicLong(-1))));
      started = clock.instant();
      finished = null;
      failed = false;
    }
    try {
      long upTo = target.newestChange();
      SearchEngine.Rebuilding rebuilding = target.engine().rebuild();
      for (int i = 0; i < sources.size(); i++) {
        index(sources.get(i), counters.get(i), rebuilding);
      }
      rebuilding.finish();
      target.rebuilt(upTo);
      LOG.info("Search index rebuilt: {}", progress().kinds());
    } catch (RuntimeException e) {
      failed = true;
      LOG.error("The search index rebuild failed: {}", e.toString());
    } finally {
      finished = clock.instant();
      running.set(false);
    }
  }

  private static void index(SearchSource source, Counter counter, SearchEngine.Rebuilding to) {
    List<SearchDocument> documents = new ArrayList<>();
    source.forEach(documents::add);
    counter.total().set(documents.size());
    for (SearchDocument d : documents) {
      to.add(d);
      counter.done().incrementAndGet();
    }
  }
}
