// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The follow-up log (稽催紀錄): every follow-up sent on a case with the answer that answered it (the
 * first answer after it), newest first, read from the case histories. Holds no citizen's data: case
 * numbers, units, staff usernames and the staff's own texts.
 *
 * <p>Who sees what: a quality officer the cases of their agency and of every agency below it; a
 * unit head those of their own unit; nobody else ({@link LogNotAllowed}, 403). An agency out of
 * reach is {@link AgencyOutOfReach} (404), as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpLog {

  /** The most entries one request answers. */
  public static final int MAX_ENTRIES = 1000;

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final JdbcClient jdbc;
  private final Organisation organisation;

  FollowUpLog(JdbcClient jdbc, Organisation organisation) {
    this.jdbc = jdbc;
    this.organisation = organisation;
  }

  /** Whether a follow-up was answered: either, yes or no. */
  public enum Answered {
    ANY,
    YES,
    NO
  }

  /**
   * What to list.
   *
   * @param agency {@code null} = the viewer's own agency
   * @param unitId {@code null} = every unit in reach
   * @param month the month the follow-up was sent in (Taiwan time), {@code null} = any
   */
  public record Filter(
      @Nullable AgencyCode agency,
      @Nullable Long unitId,
      @Nullable YearMonth month,
      Answered answered) {}

  /**
   * One follow-up with its answer.
   *
   * @param answeredAt {@code null} (and the answer fields too) while unanswered
   */
  public record Entry(
      CaseNumber number,
      AgencyCode agency,
      long unitId,
      Instant sentAt,
      String sentBy,
      String text,
      @Nullable Instant answeredAt,
      @Nullable String answeredBy,
      @Nullable String answer) {}

  /** Whether {@code viewer} may open the log at all: quality officers and unit heads. */
  public static boolean mayView(StaffPrincipal viewer) {
    return viewer.has(Role.QUALITY_OFFICER) || viewer.has(Role.UNIT_HEAD);
  }

  /**
   * The agencies whose log {@code viewer} may read, their own first.
   *
   * @throws LogNotAllowed when {@code viewer} is neither quality officer nor unit head
   */
  public List<AgencyCode> agenciesFor(StaffPrincipal viewer) {
    if (!mayView(viewer)) {
      throw new LogNotAllowed();
    }
    List<AgencyCode> agencies = new ArrayList<>(List.of(viewer.agencyCode()));
    if (viewer.has(Role.QUALITY_OFFICER)) {
      agencies.addAll(organisation.descendantsOf(viewer.agencyCode()));
    }
    return agencies;
  }

  /** Each follow-up of the filter's agency and unit in the period, with its first answer. */
  private static final String ENTRIES =
      """
      select f.case_number, c.agency_code, c.unit_id, f.at, f.actor, f.internal_note,
          a.at as answered_at, a.actor as answered_by, a.internal_note as answer
      from casework_history f
      join casework_case c on c.number = f.case_number
      left join lateral (
          select h.at, h.actor, h.internal_note from casework_history h
          where h.case_number = f.case_number and h.action = 'ANSWER_FOLLOW_UP'
            and h.sequence > f.sequence
          order by h.sequence limit 1) a on true
      where f.action = 'FOLLOW_UP' and c.agency_code = :agency
        and (cast(:unit as bigint) is null or c.unit_id = :unit)
        and f.at >= :from and f.at < :to
        and (:answered = 'ANY' or (:answered = 'YES') = (a.at is not null))
      order by f.at desc, f.case_number, f.sequence desc
      limit :limit""";

  /**
   * The entries {@code filter} selects within {@code viewer}'s reach, newest first, at most {@value
   * #MAX_ENTRIES} + 1: an entry beyond {@value #MAX_ENTRIES} tells the caller that the filter
   * selects more than may be shown, so that it can say so instead of cutting silently.
   *
   * @throws LogNotAllowed when {@code viewer} is neither quality officer nor unit head
   * @throws AgencyOutOfReach for an agency they may not read
   */
  public List<Entry> entries(StaffPrincipal viewer, Filter filter) {
    AgencyCode agency = filter.agency() == null ? viewer.agencyCode() : filter.agency();
    Set<AgencyCode> reach = new LinkedHashSet<>(agenciesFor(viewer));
    if (!reach.contains(agency)) {
      throw new AgencyOutOfReach();
    }
    Long unit = unitShown(viewer, filter);
    YearMonth month = filter.month();
    return jdbc.sql(ENTRIES)
        .param("agency", agency.value())
        .param("unit", unit)
        .param(
            "from",
            Timestamp.from(
                month == null ? Instant.EPOCH : month.atDay(1).atStartOfDay(TAIPEI).toInstant()))
        .param(
            "to",
            Timestamp.from(
                month == null
                    ? Instant.parse("9999-01-01T00:00:00Z")
                    : month.plusMonths(1).atDay(1).atStartOfDay(TAIPEI).toInstant()))
        .param("answered", filter.answered().name())
        .param("limit", MAX_ENTRIES + 1)
        .query(FollowUpLog::entry)
        .list();
  }

  /**
   * The unit whose entries are shown: a quality officer's choice (any unit when {@code null}); a
   * unit head's own unit always, or -1, which matches no unit, when they have none.
   */
  private static @Nullable Long unitShown(StaffPrincipal viewer, Filter filter) {
    if (!viewer.has(Role.QUALITY_OFFICER)) {
      return viewer.unitId() == null ? Long.valueOf(-1) : viewer.unitId();
    }
    return filter.unitId();
  }

  private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp answered = rs.getTimestamp("answered_at");
    return new Entry(
        new CaseNumber(rs.getString("case_number")),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("unit_id"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("internal_note"),
        answered == null ? null : answered.toInstant(),
        rs.getString("answered_by"),
        rs.getString("answer"));
  }

  /** Only quality officers and unit heads read the follow-up log. */
  public static class LogNotAllowed extends ForbiddenException {
    LogNotAllowed() {
      super("casework.follow-up-log.not-allowed");
    }
  }

  /** An agency the viewer may not read: answered like one that does not exist. */
  public static class AgencyOutOfReach extends NotFoundException {
    AgencyOutOfReach() {
      super("casework.follow-up-log.agency-not-found");
    }
  }
}
