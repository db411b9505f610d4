// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.i18n.Languages;

/**
 * "Me too" (我也遇到; ADR 0040): citizens who follow an open facility report instead of filing it
 * again. A follower leaves only an e-mail address (personal data: stored apart in {@code
 * petition_follower}, never shown, never logged) and is told once, by {@link FollowerNotices}, when
 * the report is fixed; the address is then cleared and only the count stays. An address follows a
 * report once. The caller checks that the report is an open facility report.
 */
@Service
@Transactional
public class ReportFollowers {

  private final JdbcClient jdbc;
  private final Clock clock;

  ReportFollowers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What a follow did. */
  public enum Followed {
    /** The address now follows the report. */
    FOLLOWING,
    /** The address already followed it; nothing changed. */
    ALREADY
  }

  /**
   * Adds {@code email} (already checked with {@link Applicant#isEmail}) as a follower of {@code
   * number}, to be told in {@code language}.
   *
   * @return whether it was new
   */
  public Followed follow(CaseNumber number, String email, Locale language) {
    int added =
        jdbc.sql(
                """
                insert into petition_follower (case_number, email, language, followed_at)
                values (:number, :email, :language, :now)
                on conflict (case_number, email) where email is not null do nothing
                """)
            .param("number", number.value())
            .param("email", Applicant.normalisedEmail(email))
            .param("language", Languages.tag(language))
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .update();
    return added == 1 ? Followed.FOLLOWING : Followed.ALREADY;
  }

  /** How many have followed {@code number}, told or not. */
  @Transactional(readOnly = true)
  public int count(CaseNumber number) {
    return jdbc.sql("select count(*) from petition_follower where case_number = :number")
        .param("number", number.value())
        .query(Integer.class)
        .single();
  }

  /** The follower counts of {@code numbers}; a report nobody followed is missing (zero). */
  @Transactional(readOnly = true)
  public Map<String, Integer> counts(Collection<String> numbers) {
    Map<String, Integer> counts = new HashMap<>();
    if (numbers.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select case_number, count(*) as n from petition_follower
            where case_number in (:numbers) group by case_number
            """)
        .param("numbers", List.copyOf(numbers))
        .query(
            (rs, i) -> {
              counts.put(rs.getString("case_number"), rs.getInt("n"));
              return null;
            })
        .list();
    return counts;
  }

  /** A follower still to be told. */
  public record Waiting(long id, String email, Locale language) {
    @Override
    public String toString() {
      return "Waiting[" + id + ", address withheld]";
    }
  }

  /**
   * The followers of {@code number} not yet told (personal data: for notification's notice alone).
   */
  public List<Waiting> waiting(CaseNumber number) {
    return jdbc.sql(
            """
            select id, email, language from petition_follower
            where case_number = :number and email is not null order by id
            """)
        .param("number", number.value())
        .query(
            (rs, i) ->
                new Waiting(
                    rs.getLong("id"),
                    rs.getString("email"),
                    Languages.normalise(Locale.forLanguageTag(rs.getString("language")))))
        .list();
  }

  /** Marks followers told and forgets their addresses, in the caller's transaction. */
  public void told(List<Waiting> followers, Instant at) {
    if (followers.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update petition_follower set email = null, notified_at = :at where id in (:ids)
            """)
        .param("at", java.sql.Timestamp.from(at))
        .param("ids", followers.stream().map(Waiting::id).toList())
        .update();
  }

  /**
   * Moves the followers of {@code from} still waiting to {@code to} (a merge or a transfer), except
   * an address that already follows {@code to}.
   */
  void move(CaseNumber from, CaseNumber to) {
    jdbc.sql(
            """
            delete from petition_follower f where f.case_number = :from and f.email is not null
              and exists (select 1 from petition_follower g
                          where g.case_number = :to and g.email = f.email)
            """)
        .param("from", from.value())
        .param("to", to.value())
        .update();
    jdbc.sql(
            """
            update petition_follower set case_number = :to
            where case_number = :from and email is not null
            """)
        .param("from", from.value())
        .param("to", to.value())
        .update();
  }
}
