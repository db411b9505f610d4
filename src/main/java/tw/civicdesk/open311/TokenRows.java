// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.CaseNumber;

/** The table {@code open311_token}: the token of every request filed through Open311. */
@Repository
class TokenRows {

  private final JdbcClient jdbc;

  TokenRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String token, CaseNumber number, long keyId, Instant at) {
    jdbc.sql(
            """
            insert into open311_token (token, case_number, api_key_id, filed_at)
            values (:token, :number, :key, :at)
            """)
        .param("token", token)
        .param("number", number.value())
        .param("key", keyId)
        .param("at", Timestamp.from(at))
        .update();
  }

  Optional<CaseNumber> find(String token) {
    return jdbc.sql("select case_number from open311_token where token = :token")
        .param("token", token)
        .query((rs, n) -> new CaseNumber(rs.getString(1)))
        .optional();
  }
}
