// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.platform.i18n.BilingualText;

/** Agency rows. Package-private: other modules go through {@link Organisation}. */
@Repository
class Agencies {

  private static final String COLUMNS =
      "code, parent_code, name_zh, name_en, type, address_zh,"
          + " address_en, phone, opening_hours_zh, opening_hours_en, closure_policy, version";

  private final JdbcClient jdbc;

  Agencies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Agency> findAll() {
    return jdbc.sql("select " + COLUMNS + " from agency order by code").query(Agencies::map).list();
  }

  Optional<Agency> find(AgencyCode code) {
    return jdbc.sql("select " + COLUMNS + " from agency where code = ?")
        .param(code.value())
        .query(Agencies::map)
        .optional();
  }

  boolean exists(AgencyCode code) {
    return jdbc.sql("select count(*) from agency where code = ?")
            .param(code.value())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(Agency a, Instant now) {
    jdbc.sql(
            "insert into agency ("
                + COLUMNS
                + ", created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,0,?,?)")
        .params(
            a.code().value(),
            a.parentCode() == null ? null : a.parentCode().value(),
            a.name().zh(),
            a.name().en(),
            a.type().name(),
            a.address().zh(),
            a.address().en(),
            a.phone(),
            a.openingHours().zh(),
            a.openingHours().en(),
            policy(a),
            Timestamp.from(now),
            Timestamp.from(now))
        .update();
  }

  /** Updates when {@code a.version()} is current; returns whether it was. */
  boolean update(Agency a, Instant now) {
    return jdbc.sql(
                "update agency set parent_code = ?, name_zh = ?, name_en = ?, type = ?,"
                    + " address_zh = ?, address_en = ?, phone = ?, opening_hours_zh = ?,"
                    + " opening_hours_en = ?, closure_policy = ?, version = version + 1, updated_at = ?"
                    + " where code = ? and version = ?")
            .params(
                a.parentCode() == null ? null : a.parentCode().value(),
                a.name().zh(),
                a.name().en(),
                a.type().name(),
                a.address().zh(),
                a.address().en(),
                a.phone(),
                a.openingHours().zh(),
                a.openingHours().en(),
                policy(a),
                Timestamp.from(now),
                a.code().value(),
                a.version())
            .update()
        == 1;
  }

  private static Agency map(ResultSet rs, int row) throws SQLException {
    String parent = rs.getString("parent_code");
    return new Agency(
        new AgencyCode(rs.getString("code")),
        parent == null ? null : new AgencyCode(parent),
        new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
        AgencyType.valueOf(rs.getString("type")),
        text(rs.getString("address_zh"), rs.getString("address_en")),
        rs.getString("phone"),
        text(rs.getString("opening_hours_zh"), rs.getString("opening_hours_en")),
        rs.getString("closure_policy") == null
            ? null
            : ClosurePolicy.valueOf(rs.getString("closure_policy")),
        rs.getInt("version"));
  }

  private static @Nullable String policy(Agency a) {
    return a.closurePolicy() == null ? null : a.closurePolicy().name();
  }

  /** Optional bilingual columns are stored as empty strings; a dash keeps the record valid. */
  private static BilingualText text(String zh, String en) {
    return new BilingualText(zh.isBlank() ? "—" : zh, en);
  }
}
