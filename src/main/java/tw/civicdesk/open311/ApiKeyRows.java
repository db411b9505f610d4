// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

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

/** The table {@code open311_api_key}. */
@Repository
class ApiKeyRows {

  private static final String COLUMNS =
      "id, agency_code, label, hint, per_hour, issued_at, issued_by, revoked_at, revoked_by";

  private final JdbcClient jdbc;

  ApiKeyRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      AgencyCode agency,
      String label,
      String digest,
      String hint,
      int perHour,
      Instant at,
      String by) {
    return jdbc.sql(
            """
            insert into open311_api_key
              (agency_code, label, digest, hint, per_hour, issued_at, issued_by)
            values (:agency, :label, :digest, :hint, :perHour, :at, :by)
            returning id
            """)
        .param("agency", agency.value())
        .param("label", label)
        .param("digest", digest)
        .param("hint", hint)
        .param("perHour", perHour)
        .param("at", Timestamp.from(at))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  Optional<ApiKey> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from open311_api_key where id = :id")
        .param("id", id)
        .query(ApiKeyRows::key)
        .optional();
  }

  Optional<ApiKey> findByDigest(String digest) {
    return jdbc.sql("select " + COLUMNS + " from open311_api_key where digest = :digest")
        .param("digest", digest)
        .query(ApiKeyRows::key)
        .optional();
  }

  /** The keys of {@code agencies} (every agency when {@code null}), newest first. */
  List<ApiKey> list(@Nullable List<String> agencies) {
    if (agencies != null && agencies.isEmpty()) {
      return List.of();
    }
    String where = agencies == null ? "" : " where agency_code in (:agencies)";
    var statement =
        jdbc.sql("select " + COLUMNS + " from open311_api_key" + where + " order by id desc");
    if (agencies != null) {
      statement = statement.param("agencies", agencies);
    }
    return statement.query(ApiKeyRows::key).list();
  }

  /** Revokes a working key; answers whether it was working. */
  boolean revoke(long id, Instant at, String by) {
    return jdbc.sql(
                """
                update open311_api_key set revoked_at = :at, revoked_by = :by
                where id = :id and revoked_at is null
                """)
            .param("id", id)
            .param("at", Timestamp.from(at))
            .param("by", by)
            .update()
        == 1;
  }

  private static ApiKey key(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new ApiKey(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getString("label"),
        rs.getString("hint"),
        rs.getInt("per_hour"),
        rs.getTimestamp("issued_at").toInstant(),
        rs.getString("issued_by"),
        revoked == null ? null : revoked.toInstant(),
        rs.getString("revoked_by"));
  }
}
