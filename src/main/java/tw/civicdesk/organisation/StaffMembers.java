// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff rows; the password hash is read only for signing in. */
@Repository
class StaffMembers {

  private static final String COLUMNS =
      "id, username, display_name, email, agency_code, unit_id, roles, enabled, version";

  private final JdbcClient jdbc;

  StaffMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<StaffMember> findByAgency(AgencyCode agency) {
    return jdbc.sql("select " + COLUMNS + " from staff where agency_code = ? order by username")
        .param(agency.value())
        .query(StaffMembers::map)
        .list();
  }

  Optional<StaffMember> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from staff where id = ?")
        .param(id)
        .query(StaffMembers::map)
        .optional();
  }

  Optional<StaffMember> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from staff where username = ?")
        .param(username)
        .query(StaffMembers::map)
        .optional();
  }

  Optional<StaffPrincipal> findForSignIn(String username) {
    return jdbc.sql("select " + COLUMNS + ", password_hash from staff where username = ?")
        .param(username)
        .query(
            (rs, n) -> {
              StaffMember member = map(rs, n);
              String hash = rs.getString("password_hash");
              return new StaffPrincipal(member, hash, stamp(member, hash));
            })
        .optional();
  }

  /** The credentials stamp of account {@code id} as stored now, or empty when it is gone. */
  Optional<String> credentialsStamp(long id) {
    return jdbc.sql("select " + COLUMNS + ", password_hash from staff where id = ?")
        .param(id)
        .query((rs, n) -> stamp(map(rs, n), rs.getString("password_hash")))
        .optional();
  }

  /**
   * SHA-256 over the password hash, roles, unit, enabled flag and agency: the same on every node
   * for the same stored row, different after any change that should end the account's sessions.
   */
  static String stamp(StaffMember m, String passwordHash) {
    String canonical =
        String.join(
            "|",
            "v1",
            passwordHash,
            roles(m.roles()),
            String.valueOf(m.unitId()),
            Boolean.toString(m.enabled()),
            m.agencyCode().value());
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  boolean usernameTaken(String username) {
    return jdbc.sql("select count(*) from staff where lower(username) = lower(?)")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  long insert(StaffMember m, String passwordHash, Instant now) {
    return jdbc.sql(
            "insert into staff (username, display_name, email, agency_code, unit_id,"
                + " password_hash, roles, enabled, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?::text[],?,?,?) returning id")
        .params(
            m.username(),
            m.displayName(),
            m.email(),
            m.agencyCode().value(),
            m.unitId(),
            passwordHash,
            roles(m.roles()),
            m.enabled(),
            Timestamp.from(now),
            Timestamp.from(now))
        .query(Long.class)
        .single();
  }

  boolean update(StaffMember m, Instant now) {
    return jdbc.sql(
                "update staff set display_name = ?, email = ?, unit_id = ?,"
                    + " roles = ?::text[], enabled = ?, version = version + 1, updated_at = ?"
                    + " where id = ? and version = ?")
            .params(
                m.displayName(),
                m.email(),
                m.unitId(),
                roles(m.roles()),
                m.enabled(),
                Timestamp.from(now),
                m.id(),
                m.version())
            .update()
        == 1;
  }

  void updatePassword(long id, String passwordHash, Instant now) {
    jdbc.sql(
            "update staff set password_hash = ?, version = version + 1, updated_at = ?"
                + " where id = ?")
        .params(passwordHash, Timestamp.from(now), id)
        .update();
  }

  long countByAgency(AgencyCode agency) {
    return jdbc.sql("select count(*) from staff where agency_code = ? and enabled")
        .param(agency.value())
        .query(Long.class)
        .single();
  }

  /** PostgreSQL array literal of role names, e.g. {@code {CASE_OFFICER,UNIT_HEAD}}. */
  private static String roles(Set<Role> roles) {
    return "{" + String.join(",", roles.stream().sorted().map(Role::name).toList()) + "}";
  }

  private static StaffMember map(ResultSet rs, int row) throws SQLException {
    Array array = rs.getArray("roles");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
    long unit = rs.getLong("unit_id");
    return new StaffMember(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        new AgencyCode(rs.getString("agency_code")),
        rs.wasNull() ? null : unit,
        roles,
        rs.getBoolean("enabled"),
        rs.getInt("version"));
  }
}
