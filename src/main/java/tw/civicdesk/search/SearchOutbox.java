// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The {@code search_pending} table (ADR 0050): each put and remove, written in the transaction of
 * the change it follows, deleted once the engine holds it durably, replayed on start otherwise.
 */
@Repository
class SearchOutbox {

  private final JdbcClient jdbc;

  SearchOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a put, or a remove when {@code document} is {@code null}; returns its row id. */
  long record(String kind, String reference, @org.jspecify.annotations.Nullable SearchDocument d) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
        insert into search_pending
          (kind, reference, removed, scope, title_zh, title_en, body_zh, body_en, url)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
        .params(
            kind,
            reference,
            d == null,
            d == null ? "" : d.scope(),
            d == null ? "" : d.title().zh(),
            d == null ? "" : d.title().en(),
            d == null ? "" : d.body().zh(),
            d == null ? "" : d.body().en(),
            d == null ? "" : d.url())
        .update(key, "id");
    Number id = key.getKey();
    return id == null ? 0 : id.longValue();
  }

  /** Every change not yet known to be durable in the engine, oldest first. */
  List<IndexChange> all() {
    return jdbc.sql("select * from search_pending order by id")
        .query(
            (rs, i) -> {
              long id = rs.getLong("id");
              String kind = rs.getString("kind");
              String reference = rs.getString("reference");
              if (rs.getBoolean("removed")) {
                return IndexChange.remove(id, kind, reference);
              }
              return IndexChange.put(
                  id,
                  new SearchDocument(
                      kind,
                      reference,
                      rs.getString("scope"),
                      new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
                      new BilingualText(rs.getString("body_zh"), rs.getString("body_en")),
                      rs.getString("url")));
            })
        .list();
  }

  /** The newest row's id, 0 when there is none. */
  long newest() {
    return jdbc.sql("select coalesce(max(id), 0) from search_pending").query(Long.class).single();
  }

  /** Deletes the given rows. */
  void delete(Collection<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("delete from search_pending where id in (:ids)").param("ids", ids).update();
    }
  }

  /** Deletes every row up to {@code id}: a rebuild read their changes from the sources. */
  void deleteUpTo(long id) {
    jdbc.sql("delete from search_pending where id <= ?").param(id).update();
  }
}
