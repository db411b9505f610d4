// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code agency_profile}; an agency without one has the empty profile. */
@Repository
class AgencyProfiles {

  private static final String COLUMNS =
      "agency_code, profile_zh, profile_en, duties_zh, duties_en, email, privacy_zh, privacy_en,"
          + " privacy_contact_zh, privacy_contact_en, privacy_email, privacy_phone, version";

  private final JdbcClient jdbc;

  AgencyProfiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AgencyProfile> find(AgencyCode code) {
    return jdbc.sql("select " + COLUMNS + " from agency_profile where agency_code = ?")
        .param(code.value())
        .query(AgencyProfiles::map)
        .optional();
  }

  /**
   * Saves {@code p} when {@code p.version()} is current (0 for an agency without a row yet);
   * returns whether it was.
   */
  boolean save(AgencyProfile p, Instant now) {
    if (p.version() == 0 && find(p.code()).isEmpty()) {
      return jdbc.sql(
                  "insert into agency_profile ("
                      + COLUMNS
                      + ", updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,1,?)"
                      + " on conflict (agency_code) do nothing")
              .params(values(p, now))
              .update()
          == 1;
    }
    return jdbc.sql(
                "update agency_profile set profile_zh = ?, profile_en = ?, duties_zh = ?,"
                    + " duties_en = ?, email = ?, privacy_zh = ?, privacy_en = ?,"
                    + " privacy_contact_zh = ?, privacy_contact_en = ?, privacy_email = ?,"
                    + " privacy_phone = ?, updated_at = ?, version = version + 1"
                    + " where agency_code = ? and version = ?")
            .params(
                p.profile().zh(),
                p.profile().en(),
                p.duties().zh(),
                p.duties().en(),
                p.email(),
                p.privacy().zh(),
                p.privacy().en(),
                p.privacyContact().zh(),
                p.privacyContact().en(),
                p.privacyEmail(),
                p.privacyPhone(),
                Timestamp.from(now),
                p.code().value(),
                p.version())
            .update()
        == 1;
  }

  private static Object[] values(AgencyProfile p, Instant now) {
    return new Object[] {
      p.code().value(),
      p.profile().zh(),
      p.profile().en(),
      p.duties().zh(),
      p.duties().en(),
      p.email(),
      p.privacy().zh(),
      p.privacy().en(),
      p.privacyContact().zh(),
      p.privacyContact().en(),
      p.privacyEmail(),
      p.privacyPhone(),
      Timestamp.from(now)
    };
  }

  private static AgencyProfile map(ResultSet rs, int row) throws SQLException {
    return new AgencyProfile(
        new AgencyCode(rs.getString("agency_code")),
        new PublicText(rs.getString("profile_zh"), rs.getString("profile_en")),
        new PublicText(rs.getString("duties_zh"), rs.getString("duties_en")),
        rs.getString("email"),
        new PublicText(rs.getString("privacy_zh"), rs.getString("privacy_en")),
        new PublicText(rs.getString("privacy_contact_zh"), rs.getString("privacy_contact_en")),
        rs.getString("privacy_email"),
        rs.getString("privacy_phone"),
        rs.getInt("version"));
  }
}
