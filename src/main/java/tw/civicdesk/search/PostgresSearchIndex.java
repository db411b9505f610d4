// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PostgreSQL adapter of {@link SearchIndex}: normalised title and body kept in {@code
 * search_document}, matched with {@code LIKE '%…%'}. Exact for substrings of any length in any
 * script; fine for catalogue-sized collections (a trigram or n-gram index takes over when the FAQ
 * brings larger ones). Chosen by {@code civicdesk.search.engine=postgres}; Lucene is the default.
 */
@Repository
@ConditionalOnProperty(name = "civicdesk.search.engine", havingValue = "postgres")
class PostgresSearchIndex implements SearchIndex {

  private final JdbcClient jdbc;

  PostgresSearchIndex(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void put(SearchDocument d) {
    String title = TextNormaliser.normalise(d.title().zh() + " " + d.title().en());
    String body = TextNormaliser.normalise(d.body().zh() + " " + d.body().en());
    jdbc.sql(
            """
        insert into search_document (kind, reference, scope, title, body, url)
        values (?, ?, ?, ?, ?, ?)
        on conflict (kind, reference) do update
          set scope = excluded.scope, title = excluded.title, body = excluded.body,
              url = excluded.url
        """)
        .params(d.kind(), d.reference(), d.scope(), title, body, d.url())
        .update();
  }

  @Override
  @Transactional
  public void remove(String kind, String reference) {
    jdbc.sql("delete from search_document where kind = ? and reference = ?")
        .params(kind, reference)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<SearchHit> search(SearchQuery query) {
    String text = TextNormaliser.normalise(query.text());
    if (text.codePointCount(0, text.length()) < MIN_QUERY_LENGTH) {
      return List.of();
    }
    String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            """
        select kind, reference, scope, title, url, (title like :pattern) as in_title
        from search_document
        where (:anyKind or kind in (:kinds)) and (cast(:scope as text) is null or scope = :scope)
          and (title like :pattern or body like :pattern)
        order by (title like :pattern) desc, reference
        limit :limit
        """)
        .param("anyKind", query.kinds().isEmpty())
        .param("kinds", query.kinds().isEmpty() ? List.of("") : List.copyOf(query.kinds()))
        .param("scope", query.scope())
        .param("pattern", pattern)
        .param("limit", query.limit())
        .query(
            (rs, i) ->
                new SearchHit(
                    rs.getString("kind"),
                    rs.getString("reference"),
                    rs.getString("scope"),
                    rs.getString("title"),
                    "",
                    rs.getString("url"),
                    rs.getBoolean("in_title") ? 2 : 1))
        .list();
  }
}
