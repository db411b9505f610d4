// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.platform.i18n.BilingualText;

/** Unit rows. */
@Repository
class Units {

  private static final String COLUMNS =
      "id, agency_code, code, name_zh, name_en, kind, version, duties_zh, duties_en, phone, email,"
          + " hours_zh, hours_en";

  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Unit> findByAgency(AgencyCode agency) {
    return jdbc.sql("select " + COLUMNS + " from org_unit where agency_code = ? order by id")
        .param(agency.value())
        .query(Units::map)
        .list();
  }

  Optional<Unit> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from org_unit where id = ?")
        .param(id)
        .query(Units::map)
        .optional();
  }

  boolean codeTaken(AgencyCode agency, String code, long exceptId) {
    return jdbc.sql("select count(*) from org_unit where agency_code = ? and code = ? and id <> ?")
            .params(agency.value(), code, exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(AgencyCode agency, String code, BilingualText name, UnitKind kind, Instant now) {
    return jdbc.sql(
            "insert into org_unit (agency_code, code, name_zh, name_en, kind, created_at)"
                + " values (?,?,?,?,?,?) returning id")
        .params(agency.value(), code, name.zh(), name.en(), kind.name(), Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  boolean update(long id, String code, BilingualText name, UnitKind kind, int version) {
    return jdbc.sql(
                "update org_unit set code = ?, name_zh = ?, name_en = ?, kind = ?,"
                    + " version = version + 1 where id = ? and version = ?")
            .params(code, name.zh(), name.en(), kind.name(), id, version)
            .update()
        == 1;
  }

  /** Sets the unit's duties and contacts, unconditionally (the caller checked the version). */
  void updateContact(long id, UnitContact c) {
    jdbc.sql(
            "update org_unit set duties_zh = ?, duties_en = ?, phone = ?, email = ?,"
                + " hours_zh = ?, hours_en = ? where id = ?")
        .params(
            c.duties().zh(),
            c.duties().en(),
            c.phone(),
            c.email(),
            c.hours().zh(),
            c.hours().en(),
            id)
        .update();
  }

  private static Unit map(ResultSet rs, int row) throws SQLException {
    return new Unit(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getString("code"),
        new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
        UnitKind.valueOf(rs.getString("kind")),
        rs.getInt("version"),
        new UnitContact(
            new PublicText(rs.getString("duties_zh"), rs.getString("duties_en")),
            rs.getString("phone"),
            rs.getString("email"),
            new PublicText(rs.getString("hours_zh"), rs.getString("hours_en"))));
  }
}
