// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The kiosks in PostgreSQL ({@code survey_kiosk}, V46 and V49). Only SHA-256 digests of the
 * activation link and of the device's token are stored. Internal.
 */
@Repository
class KioskStore {

  private static final String SELECT =
      """
      select k.id, k.agency_code, k.name, s.code as survey_code, k.unit_id, k.registered_by,
             k.registered_at, k.activation_expires_at, k.activated_at, k.revoked_at
        from survey_kiosk k join survey s on s.id = k.survey_id
      """;

  private final JdbcClient jdbc;

  KioskStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      AgencyCode agency,
      long surveyId,
      @Nullable Long unitId,
      String name,
      byte[] activationHash,
      String by,
      Instant now,
      Instant expires) {
    return jdbc.sql(
            """
            insert into survey_kiosk (agency_code, survey_id, unit_id, name, activation_hash,
                                      activation_expires_at, registered_by, registered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            agency.value(),
            surveyId,
            unitId,
            name,
            activationHash,
            Timestamp.from(expires),
            by,
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  /** The agency's kiosks, newest first. */
  List<Kiosk> of(AgencyCode agency, Instant now) {
    return jdbc.sql(SELECT + " where k.agency_code = ? order by k.registered_at desc, k.id desc")
        .param(agency.value())
        .query((rs, n) -> kiosk(rs, now))
        .list();
  }

  Optional<Kiosk> find(long id, Instant now) {
    return jdbc.sql(SELECT + " where k.id = ?")
        .param(id)
        .query((rs, n) -> kiosk(rs, now))
        .optional();
  }

  /** The kiosk whose unused, unexpired activation link has {@code hash}, not revoked. */
  Optional<Kiosk> byActivation(byte[] hash, Instant now) {
    return jdbc.sql(
            SELECT
                + """
                 where k.activation_hash = ? and k.activation_expires_at > ?
                   and k.revoked_at is null
                """)
        .params(hash, Timestamp.from(now))
        .query((rs, n) -> kiosk(rs, now))
        .optional();
  }

  /**
   * Activates the kiosk whose link has {@code hash} with the device token's {@code tokenHash},
   * clearing the link, in one statement.
   *
   * @return the kiosk's id; empty when no unused, unexpired, unrevoked link has {@code hash} (a
   *     second use, even at the same moment, finds none)
   */
  Optional<Long> activate(byte[] hash, byte[] tokenHash, Instant now) {
    return jdbc.sql(
            """
            update survey_kiosk set token_hash = ?, activated_at = ?, activation_hash = null,
                   activation_expires_at = null
             where activation_hash = ? and activation_expires_at > ? and revoked_at is null
            returning id
            """)
        .params(tokenHash, Timestamp.from(now), hash, Timestamp.from(now))
        .query(Long.class)
        .optional();
  }

  /** The activated, unrevoked kiosk whose device token has {@code tokenHash}. */
  Optional<Kiosk> byToken(byte[] tokenHash, Instant now) {
    return jdbc.sql(SELECT + " where k.token_hash = ? and k.revoked_at is null")
        .param(tokenHash)
        .query((rs, n) -> kiosk(rs, now))
        .optional();
  }

  /** Revokes kiosk {@code id}; its link and its device token stop working. */
  boolean revoke(long id, String by, Instant now) {
    return jdbc.sql(
                """
                update survey_kiosk set revoked_at = ?, revoked_by = ?, activation_hash = null
                 where id = ? and revoked_at is null
                """)
            .params(Timestamp.from(now), by, id)
            .update()
        == 1;
  }

  /** Whether an answer is stored under {@code clientKey}. */
  boolean answered(UUID clientKey) {
    return jdbc.sql("select exists (select 1 from survey_response where client_key = ?)")
        .param(clientKey)
        .query(Boolean.class)
        .single();
  }

  /**
   * Holds, until the transaction ends, the one lock of {@code clientKey}, so that the same answer
   * sent twice at once is checked and stored by one request after the other.
   */
  void lockKey(UUID clientKey) {
    jdbc.sql("select pg_advisory_xact_lock(?)")
        .param(clientKey.getMostSignificantBits() ^ clientKey.getLeastSignificantBits())
        .query((rs, n) -> 1)
        .list();
  }

  private static Kiosk kiosk(ResultSet rs, Instant now) throws SQLException {
    Instant expires = instant(rs, "activation_expires_at");
    Instant activated = instant(rs, "activated_at");
    Instant revoked = instant(rs, "revoked_at");
    Kiosk.State state =
        revoked != null
            ? Kiosk.State.REVOKED
            : activated != null
                ? Kiosk.State.ACTIVE
                : expires != null && expires.isAfter(now)
                    ? Kiosk.State.WAITING
                    : Kiosk.State.EXPIRED;
    long unit = rs.getLong("unit_id");
    Long unitId = rs.wasNull() ? null : unit;
    return new Kiosk(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getString("name"),
        new SurveyCode(rs.getString("survey_code")),
        unitId,
        rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant(),
        expires,
        activated,
        revoked,
        state);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
