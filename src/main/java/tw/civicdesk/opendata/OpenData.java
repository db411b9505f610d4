// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.time.DailyTask;

/**
 * The open-data module's API: the datasets the modules offer ({@link DatasetSource}), their stored
 * snapshots per period, and the refresh that builds them. Everything here is public and anonymous;
 * a snapshot holds aggregates only, small counts suppressed ({@link Disclosure}).
 *
 * <p>Periods: a dataset's periods close with the month (or quarter); only a closed period is built.
 * A refresh builds every closed period of the last {@link OpenDataSettings#backfill()} that is not
 * built yet, and rebuilds the latest closed one (late steps of its cases still count); older
 * periods are never rebuilt by it, so their files stay as first published.
 */
@Service
public class OpenData {

  private static final Logger LOG = LoggerFactory.getLogger(OpenData.class);

  private final Map<String, DatasetSource> sources;
  private final SnapshotStore store;
  private final OpenDataSettings settings;
  private final Clock clock;

  OpenData(
      List<DatasetSource> sources, SnapshotStore store, OpenDataSettings settings, Clock clock) {
    this.sources =
        sources.stream()
            .sorted(Comparator.comparing(s -> s.dataset().id()))
            .collect(
                Collectors.toMap(
                    s -> s.dataset().id(),
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalStateException("two datasets " + a.dataset().id());
                    },
                    java.util.LinkedHashMap::new));
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** Every dataset, by id. */
  public List<Dataset> datasets() {
    return sources.values().stream().map(DatasetSource::dataset).toList();
  }

  /**
   * The dataset {@code id}.
   *
   * @throws DatasetNotFoundException (404) when there is none
   */
  public Dataset dataset(String id) {
    return source(id).dataset();
  }

  /**
   * The source's own names for the codes of {@code agency}'s cells of {@code id} ({@link
   * DatasetSource#labels}).
   */
  public Map<String, BilingualText> labels(String id, String agency) {
    return source(id).labels(agency);
  }

  /** The labels of the built periods of {@code id}, latest first. */
  @Transactional(readOnly = true)
  public List<String> periods(String id) {
    return store.periods(dataset(id).id());
  }

  /** The latest built snapshot of {@code id}; empty before the first refresh. */
  @Transactional(readOnly = true)
  public Optional<Snapshot> latest(String id) {
    return periods(id).stream().findFirst().flatMap(p -> store.find(id, p));
  }

  /**
   * The snapshot of {@code id} for the period labelled {@code period}.
   *
   * @throws DatasetNotFoundException (404) when the dataset or the period's snapshot is not there
   */
  @Transactional(readOnly = true)
  public Snapshot snapshot(String id, String period) {
    return store.find(dataset(id).id(), period).orElseThrow(DatasetNotFoundException::new);
  }

  /** What is known of the built periods of {@code id}: the first, the latest and its snapshot. */
  @Transactional(readOnly = true)
  public DatasetMetadata.Coverage coverage(String id) {
    Dataset d = dataset(id);
    List<String> built = store.periods(id);
    if (built.isEmpty()) {
      return new DatasetMetadata.Coverage(null, null, null);
    }
    String latest = built.get(0);
    return new DatasetMetadata.Coverage(
        d.periodicity().parse(built.get(built.size() - 1)).orElse(null),
        d.periodicity().parse(latest).orElse(null),
        store.find(id, latest).orElse(null));
  }

  /** The smallest count published (k). */
  public int minimumCount() {
    return settings.minimumCount();
  }

  /**
   * Builds what is missing of the last closed periods of every dataset on {@code today} and
   * rebuilds the latest closed one; answers how many snapshots it built.
   */
  @Transactional
  public int refresh(LocalDate today) {
    int built = 0;
    for (DatasetSource source : sources.values()) {
      Period period = source.dataset().periodicity().lastClosed(today);
      for (int n = 0; n < settings.backfill(); n++) {
        if (n == 0 || !store.exists(source.dataset().id(), period.label())) {
          build(source, period);
          built++;
        }
        period = period.previous();
      }
    }
    return built;
  }

  /**
   * Builds the snapshot of {@code id} for {@code period} now, replacing an earlier build.
   *
   * @throws DatasetNotFoundException (404) when there is no such dataset or period
   */
  @Transactional
  public Snapshot rebuild(String id, String period) {
    DatasetSource source = source(id);
    Period p =
        source.dataset().periodicity().parse(period).orElseThrow(DatasetNotFoundException::new);
    return build(source, p);
  }

  private Snapshot build(DatasetSource source, Period period) {
    Dataset d = source.dataset();
    Snapshot s =
        new Snapshot(
            d.id(),
            period.label(),
            clock.instant(),
            Disclosure.publish(d, source.blocks(period), settings.minimumCount()));
    store.save(s, period);
    LOG.debug("open data {} {} built: {} rows", d.id(), period.label(), s.rows().size());
    return s;
  }

  /** Today in Taipei, by the injected clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(DailyTask.TAIPEI));
  }

  private DatasetSource source(String id) {
    DatasetSource s = sources.get(id);
    if (s == null) {
      throw new DatasetNotFoundException();
    }
    return s;
  }

  /** No such dataset, or no such period of it (404). */
  public static class DatasetNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    /** The dataset or its period is not there. */
    public DatasetNotFoundException() {
      super("opendata.not-found");
    }
  }
}
