// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.links.LinkViews.Check;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** The link lists' tables: {@code link} and {@code link_broken_spell}. */
@Repository
class LinkStore {

  private static final String ORDER = " order by kind, position, id";

  private final JdbcClient jdbc;

  LinkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A checked link, ready to store. */
  record Content(
      LinkKind kind,
      BilingualText title,
      String url,
      @Nullable BilingualText description,
      int position,
      long ownerUnitId,
      @Nullable String ownerUsername,
      LocalDate reviewOn) {}

  List<Link> ofAgency(AgencyCode agency) {
    return jdbc.sql("select * from link where agency_code = ?" + ORDER)
        .param(agency.value())
        .query((rs, n) -> link(rs))
        .list();
  }

  List<Link> broken(AgencyCode agency) {
    return jdbc.sql(
            "select * from link where agency_code = ? and broken_since is not null"
                + " order by broken_since, id")
        .param(agency.value())
        .query((rs, n) -> link(rs))
        .list();
  }

  List<Link> pastReview(AgencyCode agency, LocalDate day) {
    return jdbc.sql(
            "select * from link where agency_code = ? and review_on < ? order by review_on, id")
        .param(agency.value())
        .param(day)
        .query((rs, n) -> link(rs))
        .list();
  }

  /** Every link's id, in the order the check visits them. */
  List<Long> ids() {
    return jdbc.sql("select id from link order by id").query(Long.class).list();
  }

  Optional<Link> find(long id) {
    return jdbc.sql("select * from link where id = ?")
        .param(id)
        .query((rs, n) -> link(rs))
        .optional();
  }

  long insert(AgencyCode agency, Content c, String by, Instant now) {
    return jdbc.sql(
            """
            insert into link (agency_code, kind, title_zh, title_en, url, description_zh,
                description_en, position, owner_unit_id, owner_username, review_on, version,
                updated_at, updated_by)
            values (:agency, :kind, :tzh, :ten, :url, :dzh, :den, :position, :unit, :owner,
                :review, 0, :now, :by)
            returning id
            """)
        .param("agency", agency.value())
        .params(content(c))
        .param("now", Timestamp.from(now))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** Changes the link if it still has {@code version}; a new address starts its checks afresh. */
  boolean update(long id, int version, Content c, String by, Instant now) {
    return jdbc.sql(
                """
                update link set kind = :kind, title_zh = :tzh, title_en = :ten,
                    checked_at = case when url = :url then checked_at end,
                    status_code = case when url = :url then status_code end,
                    final_url = case when url = :url then final_url end,
                    redirects = case when url = :url then redirects else '{}' end,
                    problem = case when url = :url then problem end,
                    failures = case when url = :url then failures else 0 end,
                    broken_since = case when url = :url then broken_since end,
                    url = :url, description_zh = :dzh, description_en = :den,
                    position = :position, owner_unit_id = :unit, owner_username = :owner,
                    review_on = :review, version = version + 1, updated_at = :now,
                    updated_by = :by
                 where id = :id and version = :version
                """)
            .params(content(c))
            .param("now", Timestamp.from(now))
            .param("by", by)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from link where id = ? and version = ?").params(id, version).update()
        == 1;
  }

  private static java.util.Map<String, Object> content(Content c) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("kind", c.kind().name());
    p.put("tzh", c.title().zh());
    p.put("ten", c.title().en());
    p.put("url", c.url());
    p.put("dzh", c.description() == null ? "" : c.description().zh());
    p.put("den", c.description() == null ? "" : c.description().en());
    p.put("position", c.position());
    p.put("unit", c.ownerUnitId());
    p.put("owner", c.ownerUsername());
    p.put("review", c.reviewOn());
    return p;
  }

  /** Records a check's result; {@code brokenSince} as it now stands. */
  void recordCheck(long id, Check check) {
    jdbc.sql(
            """
            update link set checked_at = :at, status_code = :status, final_url = :final,
                redirects = :redirects, problem = :problem, failures = :failures,
                broken_since = :since
             where id = :id
            """)
        .param("at", check.checkedAt() == null ? null : Timestamp.from(check.checkedAt()))
        .param("status", check.status())
        .param("final", check.finalUrl())
        .param("redirects", check.redirects().toArray(String[]::new))
        .param("problem", check.problem())
        .param("failures", check.failures())
        .param("since", check.brokenSince())
        .param("id", id)
        .update();
  }

  void openSpell(long linkId, AgencyCode agency, LocalDate since) {
    jdbc.sql("insert into link_broken_spell (link_id, agency_code, since) values (?, ?, ?)")
        .params(linkId, agency.value(), since)
        .update();
  }

  void closeSpell(long linkId, LocalDate until) {
    jdbc.sql("update link_broken_spell set until = ? where link_id = ? and until is null")
        .params(until, linkId)
        .update();
  }

  /** Links of the agency marked broken on {@code day}; empty when it had no link lists at all. */
  Optional<Long> brokenOn(AgencyCode agency, LocalDate day) {
    long spells =
        jdbc.sql(
                """
                select count(*) from link_broken_spell where agency_code = ? and since <= ?
                   and (until is null or until > ?)
                """)
            .params(agency.value(), day, day)
            .query(Long.class)
            .single();
    boolean any =
        spells > 0
            || jdbc.sql("select exists (select 1 from link where agency_code = ?)")
                .param(agency.value())
                .query(Boolean.class)
                .single();
    return any ? Optional.of(spells) : Optional.empty();
  }

  private static Link link(ResultSet rs) throws SQLException {
    Timestamp at = rs.getTimestamp("checked_at");
    Integer status = rs.getObject("status_code", Integer.class);
    java.sql.Date since = rs.getDate("broken_since");
    Check check =
        new Check(
            at == null ? null : at.toInstant(),
            status,
            rs.getString("final_url"),
            strings(rs.getArray("redirects")),
            rs.getString("problem"),
            rs.getInt("failures"),
            since == null ? null : since.toLocalDate());
    return new Link(
        rs.getLong("id"),
        AgencyCode.of(rs.getString("agency_code")),
        LinkKind.valueOf(rs.getString("kind")),
        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
        rs.getString("url"),
        description(rs.getString("description_zh"), rs.getString("description_en")),
        rs.getInt("position"),
        rs.getLong("owner_unit_id"),
        rs.getString("owner_username"),
        rs.getDate("review_on").toLocalDate(),
        rs.getInt("version"),
        check);
  }

  private static @Nullable BilingualText description(String zh, String en) {
    return zh.isBlank() ? null : new BilingualText(zh, en);
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
