// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;

/** Rows of {@code catalogue_service}. */
@Repository
class ServiceEntries {

  private static final String COLUMNS =
      "code, agency_code, unit_id, current_version, draft_version, revision";

  private final JdbcClient jdbc;

  ServiceEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ServiceEntry> find(ServiceCode code) {
    return jdbc.sql("select " + COLUMNS + " from catalogue_service where code = ?")
        .param(code.value())
        .query(ServiceEntries::map)
        .optional();
  }

  List<ServiceEntry> findByAgency(AgencyCode agency) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from catalogue_service where agency_code = ?"
                + " order by code")
        .param(agency.value())
        .query(ServiceEntries::map)
        .list();
  }

  boolean exists(ServiceCode code) {
    return jdbc.sql("select count(*) from catalogue_service where code = ?")
            .param(code.value())
            .query(Long.class)
            .single()
        > 0;
  }

  void insert(ServiceCode code, AgencyCode agency, long unitId, Instant now) {
    jdbc.sql(
            "insert into catalogue_service (code, agency_code, unit_id, draft_version,"
                + " created_at, updated_at) values (?, ?, ?, 1, ?, ?)")
        .params(code.value(), agency.value(), unitId, Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  /**
   * Records new version numbers and unit when {@code revision} is still current; returns whether it
   * was (else someone else changed the service first).
   */
  boolean update(
      ServiceCode code,
      int revision,
      long unitId,
      @Nullable Integer current,
      @Nullable Integer draft,
      Instant now) {
    return jdbc.sql(
                "update catalogue_service set unit_id = ?, current_version = ?,"
                    + " draft_version = ?, revision = revision + 1, updated_at = ?"
                    + " where code = ? and revision = ?")
            .params(unitId, current, draft, Timestamp.from(now), code.value(), revision)
            .update()
        == 1;
  }

  private static ServiceEntry map(ResultSet rs, int row) throws SQLException {
    return new ServiceEntry(
        new ServiceCode(rs.getString("code")),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("unit_id"),
        (Integer) rs.getObject("current_version"),
        (Integer) rs.getObject("draft_version"),
        rs.getInt("revision"));
  }
}
