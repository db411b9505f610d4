// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.CaseNumber;

/** Idempotency keys and the cases they filed; package-private. */
@Repository
class IntakeRequests {

  /** What a key was first used for. */
  record Previous(String fingerprint, CaseNumber caseNumber) {}

  /** A placeholder case number until the case is filed within the same transaction. */
  private static final String PENDING = "PENDING";

  private final JdbcClient jdbc;

  IntakeRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims {@code key} for this transaction, or answers what it was used for before. A claim by a
   * concurrent transaction makes this one wait until that one commits (then the previous use is
   * answered) or rolls back (then this one claims it).
   */
  Optional<Previous> claim(String key, String fingerprint, Instant now) {
    int claimed =
        jdbc.sql(
                """
        insert into intake_request (idempotency_key, fingerprint, case_number, created_at)
        values (?, ?, ?, ?) on conflict (idempotency_key) do nothing
        """)
            .params(key, fingerprint, PENDING, Timestamp.from(now))
            .update();
    if (claimed == 1) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql(
                """
        select fingerprint, case_number from intake_request where idempotency_key = ?
        """)
            .param(key)
            .query(
                (rs, n) ->
                    new Previous(
                        rs.getString("fingerprint"), new CaseNumber(rs.getString("case_number"))))
            .single());
  }

  /**
   * Deletes the keys first used before {@code cutoff}; a concurrent claim of such a key waits on
   * the deleted row and then claims it anew.
   *
   * @return how many were deleted
   */
  int purgeBefore(Instant cutoff) {
    return jdbc.sql("delete from intake_request where created_at < ?")
        .param(Timestamp.from(cutoff))
        .update();
  }

  /**
   * Files once per {@code key} within the caller's transaction: the first use runs {@code filing}
   * and records its case; a later use with the same {@code fingerprint} answers that case again,
   * with another fingerprint is refused.
   *
   * @throws Intake.KeyReused when the key was used for something else
   */
  CaseNumber once(
      String key, String fingerprint, Instant now, java.util.function.Supplier<CaseNumber> filing) {
    var previous = claim(key, fingerprint, now);
    if (previous.isPresent()) {
      if (!previous.get().fingerprint().equals(fingerprint)) {
        throw new Intake.KeyReused();
      }
      return previous.get().caseNumber();
    }
    CaseNumber number = filing.get();
    complete(key, number);
    return number;
  }

  /** Records the case filed under a key claimed in this transaction. */
  void complete(String key, CaseNumber number) {
    jdbc.sql("update intake_request set case_number = ? where idempotency_key = ?")
        .params(number.value(), key)
        .update();
  }
}
