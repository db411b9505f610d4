// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the stored snapshots; package-private like every repository. */
@Repository
class SnapshotStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  SnapshotStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores {@code snapshot} of {@code period}, replacing an earlier build of it. */
  void save(Snapshot snapshot, Period period) {
    jdbc.sql(
            """
            insert into opendata_snapshot (dataset_id, period, period_start, period_end, built_at,
              content) values (?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (dataset_id, period) do update set built_at = excluded.built_at,
              content = excluded.content""")
        .params(
            snapshot.dataset(),
            snapshot.period(),
            period.from(),
            period.to(),
            Timestamp.from(snapshot.built()),
            JSON.writeValueAsString(snapshot))
        .update();
  }

  /** The snapshot of {@code dataset} for {@code period}, if built. */
  Optional<Snapshot> find(String dataset, String period) {
    return jdbc.sql("select content from opendata_snapshot where dataset_id = ? and period = ?")
        .params(dataset, period)
        .query(String.class)
        .optional()
        .map(s -> JSON.readValue(s, Snapshot.class));
  }

  /** The labels of the periods of {@code dataset} built, latest first. */
  List<String> periods(String dataset) {
    return jdbc.sql(
            "select period from opendata_snapshot where dataset_id = ? order by period_start desc")
        .param(dataset)
        .query(String.class)
        .list();
  }

  /** Whether {@code period} of {@code dataset} is built. */
  boolean exists(String dataset, String period) {
    return jdbc.sql(
            "select exists (select 1 from opendata_snapshot where dataset_id = ? and period = ?)")
        .params(dataset, period)
        .query(Boolean.class)
        .single();
  }
}
