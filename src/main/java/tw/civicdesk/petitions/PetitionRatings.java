// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The petitioner's rating of how a petition or report was handled (C7, ADR 0041): 1 to 5 and a
 * comment, once per case, after the reply — by the holder of the receipt through the link in the
 * reply notice or the tracking page ({@link #rate}, the caller having passed case work's one
 * throttled receipt check), or recorded by staff from an outbound call ({@link #record}, the
 * channel kept). An unhappy rating (1 or 2) may ask for the case to be reopened ({@link
 * PetitionReopening}).
 *
 * <p>The published reader for the statistics: {@link #figures} counts ratings, their sum, the
 * unhappy ones and the reopen requests and reopenings per agency, kind, category and month (Taiwan
 * time, by the day rated); the satisfaction rate's sample size is the count.
 */
@Service
public class PetitionRatings {

  /** The longest comment, in characters. */
  public static final int COMMENT_MAX = 1000;

  /** The lowest score that counts as satisfied (4, 滿意) in the statistics' satisfaction rate. */
  public static final int SATISFIED_MIN = 4;

  /** The highest score that counts as unhappy and may ask to reopen. */
  public static final int UNHAPPY_MAX = 2;

  /** The channels staff record a rating from. */
  public static final Set<Channel> STAFF_CHANNELS =
      Set.of(Channel.PHONE, Channel.COUNTER, Channel.MAIL, Channel.EMAIL);

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final JdbcClient jdbc;
  private final Petitions petitions;
  private final CaseWork cases;
  private final Clock clock;

  PetitionRatings(JdbcClient jdbc, Petitions petitions, CaseWork cases, Clock clock) {
    this.jdbc = jdbc;
    this.petitions = petitions;
    this.cases = cases;
    this.clock = clock;
  }

  /** How a reopen request was decided. */
  public enum ReopenDecision {
    REOPENED,
    REFUSED
  }

  /**
   * A rating as stored.
   *
   * @param recordedBy the staff member who recorded it, {@code null} when the petitioner rated
   * @param reopenedAs the case the petition was reopened as, if it was
   */
  public record Rating(
      CaseNumber number,
      int score,
      String comment,
      Channel channel,
      @Nullable String recordedBy,
      Instant ratedAt,
      boolean reopenRequested,
      @Nullable ReopenDecision decision,
      @Nullable String reopenReason,
      @Nullable CaseNumber reopenedAs) {

    /** Whether a reopen request waits for the officer's or unit head's decision. */
    public boolean awaitingDecision() {
      return reopenRequested && decision == null;
    }
  }

  /**
   * The figures of one agency, kind, category and month.
   *
   * @param ratings how many ratings (the sample size)
   * @param scoreSum the sum of their scores (the average is {@code scoreSum / ratings})
   * @param unhappy how many scored 1 or 2
   * @param reopenRequested how many asked to reopen
   * @param reopened how many were reopened
   * @param satisfied how many scored 4 or 5 (滿意、非常滿意), the satisfaction rate's part
   */
  public record Figure(
      AgencyCode agency,
      CaseKind kind,
      String category,
      YearMonth month,
      int ratings,
      int scoreSum,
      int unhappy,
      int reopenRequested,
      int reopened,
      int satisfied) {}

  /**
   * The petitioner's rating of the case of {@code receipt}, once.
   *
   * @throws InvalidFields when the score is not 1-5, the comment too long, a reopen asked with a
   *     score above {@value #UNHAPPY_MAX}, or the case is no petition or not yet answered
   * @throws AlreadyRated when the case has a rating
   */
  @Transactional
  public Rating rate(CaseWork.HeldReceipt receipt, int score, String comment, boolean reopen) {
    return store(receipt.number(), score, comment, reopen, Channel.ONLINE, null);
  }

  /**
   * A rating given to {@code staff} (an outbound call, a visit, a letter), recorded once, with its
   * channel and who recorded it.
   *
   * @throws CaseWork.CaseNotFound when the case is out of {@code staff}'s reach
   * @throws InvalidFields as {@link #rate}, and for a channel other than {@link #STAFF_CHANNELS}
   * @throws AlreadyRated when the case has a rating
   */
  @Transactional
  public Rating record(
      StaffPrincipal staff,
      CaseNumber number,
      int score,
      String comment,
      @Nullable Channel channel,
      boolean reopen) {
    cases.summary(number, staff);
    if (channel == null || !STAFF_CHANNELS.contains(channel)) {
      throw new InvalidFields(
          List.of(new FieldProblem("channel", "replies.rating.channel", List.of())));
    }
    return store(number, score, comment, reopen, channel, staff.getUsername());
  }

  /** The rating of {@code number}, if it has one. */
  @Transactional(readOnly = true)
  public Optional<Rating> find(CaseNumber number) {
    return jdbc.sql("select * from petition_rating where case_number = ?")
        .param(number.value())
        .query(PetitionRatings::rating)
        .optional();
  }

  /** The case that was reopened as {@code number}, if it was one. */
  @Transactional(readOnly = true)
  public Optional<CaseNumber> reopenedFrom(CaseNumber number) {
    return jdbc.sql("select case_number from petition_rating where reopened_as = ?")
        .param(number.value())
        .query((rs, i) -> new CaseNumber(rs.getString(1)))
        .optional();
  }

  /** Whether case {@code number} is a petition or report answered and not yet rated. */
  @Transactional(readOnly = true)
  public boolean ratable(CaseNumber number) {
    return petitions.view(number).filter(p -> p.decision() != null).isPresent()
        && find(number).isEmpty();
  }

  /**
   * The rating figures of {@code agency} for the months {@code from} to {@code to} inclusive, by
   * kind, category and month; groups without a rating are absent.
   */
  @Transactional(readOnly = true)
  public List<Figure> figures(AgencyCode agency, YearMonth from, YearMonth to) {
    return jdbc.sql(
            """
            select kind, category_code,
                to_char(rated_at at time zone 'Asia/Taipei', 'YYYY-MM') as month,
                count(*) as ratings, sum(score) as score_sum,
                count(*) filter (where score <= ?) as unhappy,
                count(*) filter (where reopen_requested) as reopen_requested,
                count(*) filter (where reopened_as is not null) as reopened,
                count(*) filter (where score >= ?) as satisfied
            from petition_rating
            where agency_code = ? and rated_at >= ? and rated_at < ?
            group by kind, category_code, month
            order by month, kind, category_code
            """)
        .params(
            UNHAPPY_MAX,
            SATISFIED_MIN,
            agency.value(),
            Timestamp.from(from.atDay(1).atStartOfDay(TAIPEI).toInstant()),
            Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(TAIPEI).toInstant()))
        .query(
            (rs, i) ->
                new Figure(
                    agency,
                    CaseKind.valueOf(rs.getString("kind")),
                    rs.getString("category_code"),
                    YearMonth.parse(rs.getString("month")),
                    rs.getInt("ratings"),
                    rs.getInt("score_sum"),
                    rs.getInt("unhappy"),
                    rs.getInt("reopen_requested"),
                    rs.getInt("reopened"),
                    rs.getInt("satisfied")))
        .list();
  }

  /** Records the decision on {@code number}'s reopen request; for {@link PetitionReopening}. */
  void decided(
      CaseNumber number,
      ReopenDecision decision,
      String reason,
      String by,
      @Nullable CaseNumber reopenedAs) {
    jdbc.sql(
            """
            update petition_rating set reopen_decision = ?, reopen_reason = ?,
                reopen_decided_by = ?, reopen_decided_at = ?, reopened_as = ?
            where case_number = ? and reopen_requested and reopen_decision is null
            """)
        .params(
            decision.name(),
            reason,
            by,
            Timestamp.from(clock.instant()),
            reopenedAs == null ? null : reopenedAs.value(),
            number.value())
        .update();
  }

  private Rating store(
      CaseNumber number,
      int score,
      @Nullable String comment,
      boolean reopen,
      Channel channel,
      @Nullable String by) {
    PetitionView petition = petitions.view(number).orElse(null);
    String text = comment == null ? "" : comment.strip();
    PetitionView p = check(petition, score, text, reopen);
    int stored =
        jdbc.sql(
                """
                insert into petition_rating (case_number, agency_code, kind, category_code, score,
                    comment, channel, recorded_by, rated_at, reopen_requested)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (case_number) do nothing
                """)
            .params(
                number.value(),
                p.agency().value(),
                p.kind().name(),
                p.category(),
                score,
                text,
                channel.name(),
                by,
                Timestamp.from(clock.instant()),
                reopen)
            .update();
    if (stored == 0) {
      throw new AlreadyRated();
    }
    return find(number).orElseThrow();
  }

  private static PetitionView check(
      @Nullable PetitionView petition, int score, String text, boolean reopen) {
    List<FieldProblem> problems = new ArrayList<>();
    if (petition == null || petition.decision() == null) {
      problems.add(new FieldProblem("score", "replies.rating.not-answered", List.of()));
    }
    if (score < 1 || score > 5) {
      problems.add(new FieldProblem("score", "replies.rating.score-range", List.of()));
    } else if (reopen && score > UNHAPPY_MAX) {
      problems.add(new FieldProblem("reopen", "replies.rating.reopen-unhappy", List.of()));
    }
    if (text.length() > COMMENT_MAX) {
      problems.add(new FieldProblem("comment", "replies.part.too-long", List.of(COMMENT_MAX)));
    }
    if (!problems.isEmpty() || petition == null) {
      throw new InvalidFields(problems);
    }
    return petition;
  }

  private static Rating rating(ResultSet rs, int n) throws SQLException {
    String decision = rs.getString("reopen_decision");
    String reopenedAs = rs.getString("reopened_as");
    return new Rating(
        new CaseNumber(rs.getString("case_number")),
        rs.getInt("score"),
        rs.getString("comment"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("recorded_by"),
        rs.getTimestamp("rated_at").toInstant(),
        rs.getBoolean("reopen_requested"),
        decision == null ? null : ReopenDecision.valueOf(decision),
        rs.getString("reopen_reason"),
        reopenedAs == null ? null : new CaseNumber(reopenedAs));
  }

  /** The case has been rated already: one rating per case. */
  public static class AlreadyRated extends ConflictException {
    AlreadyRated() {
      super("replies.rating.already");
      onField("score");
    }
  }
}
