// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.statistics.PetitionTally;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The read model of petitions and reports ({@code petition_case}): a row is written when {@link
 * Petitions} files the case, and kept in step with it by every step's event in the step's own
 * transaction, so that it never says what the case does not. A case moved to another agency (移文)
 * gets a row there, copied from the case it came from. The statistics' rollup counts each filing in
 * the same transaction ({@link PetitionTally}).
 */
@Component
class PetitionLedger {

  private final JdbcClient jdbc;
  private final PetitionTally tally;

  PetitionLedger(JdbcClient jdbc, PetitionTally tally) {
    this.jdbc = jdbc;
    this.tally = tally;
  }

  void insert(
      CaseNumber number,
      FilePetition filed,
      String category,
      long unitId,
      java.time.@Nullable LocalDate dueDate,
      Instant at) {
    Place place = filed.place();
    Place shown = place.publicForm();
    jdbc.sql(
            """
            insert into petition_case (case_number, agency_code, kind, category_code, channel,
                unit_id, district, village, public_address, lat, lon, coarsened, anonymous,
                language, status, due_date, filed_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            number.value(),
            filed.agency().value(),
            filed.kind().name(),
            category,
            filed.channel().name(),
            unitId,
            shown.district(),
            shown.village(),
            shown.address(),
            shown.lat(),
            shown.lon(),
            place.atHome(),
            filed.applicant() == null,
            Languages.tag(filed.language()),
            CaseStatus.RECEIVED.name(),
            dueDate,
            Timestamp.from(at),
            Timestamp.from(at))
        .update();
    tally.filed(number, filed, category);
  }

  /** A case opened by a transfer carries its row over to the agency it went to. */
  @EventListener
  void on(CaseEvents.CaseFiled filed) {
    CaseNumber from = filed.links().transferredFrom();
    if (from == null || filed.kind() == CaseKind.APPLICATION) {
      return;
    }
    jdbc.sql(
            """
            insert into petition_case (case_number, agency_code, kind, category_code, channel,
                unit_id, district, village, public_address, lat, lon, coarsened, anonymous,
                language, status, due_date, filed_at, updated_at)
            select ?, ?, kind, category_code, channel, ?, district, village, public_address, lat,
                lon, coarsened, anonymous, language, 'RECEIVED', ?, updated_at, updated_at
            from petition_case where case_number = ?
            """)
        .params(
            filed.number().value(),
            filed.agency().value(),
            filed.unitId(),
            filed.dueDate(),
            from.value())
        .update();
  }

  /**
   * A case reopened as {@code to} (a new case at the same agency, filed {@code at}) gets a row of
   * its own, copied from the row of {@code from}: the same kind, category, channel and place.
   */
  void reopened(
      CaseNumber from, CaseNumber to, long unitId, java.time.@Nullable LocalDate due, Instant at) {
    jdbc.sql(
            """
            insert into petition_case (case_number, agency_code, kind, category_code, channel,
                unit_id, district, village, public_address, lat, lon, coarsened, anonymous,
                language, status, due_date, filed_at, updated_at)
            select ?, agency_code, kind, category_code, channel, ?, district, village,
                public_address, lat, lon, coarsened, anonymous, language, 'RECEIVED', ?, ?, ?
            from petition_case where case_number = ?
            """)
        .params(to.value(), unitId, due, Timestamp.from(at), Timestamp.from(at), from.value())
        .update();
    tally.reopened(from, to, at);
  }

  /** Every step: status, decision, due date and unit as they are after it; a reply's moment. */
  @EventListener
  void on(CaseEvents.CaseStepTaken step) {
    if (step.kind() == CaseKind.APPLICATION) {
      return;
    }
    boolean reply = step.action() == CaseAction.DECIDE;
    Boolean onTime =
        reply ? step.dueBefore() == null || !step.on().isAfter(step.dueBefore()) : null;
    jdbc.sql(
            """
            update petition_case set status = ?, decision = ?, due_date = ?, unit_id = ?,
                updated_at = ?,
                replied_at = case when ? then ? else replied_at end,
                replied_on_time = case when ? then ? else replied_on_time end
            where case_number = ?
            """)
        .params(
            step.step().to().name(),
            step.decision() == null ? null : step.decision().name(),
            step.dueDate(),
            step.unitId(),
            Timestamp.from(step.step().at()),
            reply,
            Timestamp.from(step.step().at()),
            reply,
            onTime,
            step.number().value())
        .update();
  }

  Optional<PetitionView> find(CaseNumber number) {
    return jdbc.sql("select * from petition_case where case_number = ?")
        .param(number.value())
        .query(PetitionLedger::view)
        .optional();
  }

  List<PetitionView> find(PetitionQuery q) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select * from petition_case where agency_code = ?");
    args.add(q.agency().value());
    in(sql, args, "kind", q.kinds().stream().map(Enum::name).toList());
    in(sql, args, "category_code", List.copyOf(q.categories()));
    in(sql, args, "status", q.statuses().stream().map(Enum::name).toList());
    in(sql, args, "case_number", q.numbers().stream().map(CaseNumber::value).toList());
    if (q.filedFrom() != null) {
      sql.append(" and filed_at >= ?");
      args.add(Timestamp.from(q.filedFrom()));
    }
    if (q.filedTo() != null) {
      sql.append(" and filed_at < ?");
      args.add(Timestamp.from(q.filedTo()));
    }
    String order = q.newestFirst() ? "desc" : "asc";
    if (q.after() != null) {
      sql.append(" and (filed_at, case_number) ").append(q.newestFirst() ? "<" : ">");
      sql.append(" (?, ?)");
      args.add(Timestamp.from(q.after().filedAt()));
      args.add(q.after().number().value());
    }
    sql.append(" order by filed_at ").append(order).append(", case_number ").append(order);
    sql.append(" limit ").append(q.limit());
    return jdbc.sql(sql.toString()).params(args).query(PetitionLedger::view).list();
  }

  private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    sql.append(" and ")
        .append(column)
        .append(" in (")
        .append(values.stream().map(v -> "?").collect(Collectors.joining(", ")))
        .append(")");
    args.addAll(values);
  }

  private static PetitionView view(ResultSet rs, int n) throws SQLException {
    String decision = rs.getString("decision");
    Timestamp replied = rs.getTimestamp("replied_at");
    return new PetitionView(
        new CaseNumber(rs.getString("case_number")),
        AgencyCode.of(rs.getString("agency_code")),
        CaseKind.valueOf(rs.getString("kind")),
        rs.getString("category_code"),
        Channel.valueOf(rs.getString("channel")),
        rs.getLong("unit_id"),
        new Place(
            rs.getString("public_address"),
            rs.getString("district"),
            rs.getString("village"),
            nullableDouble(rs, "lat"),
            nullableDouble(rs, "lon"),
            rs.getBoolean("coarsened")),
        rs.getBoolean("anonymous"),
        Locale.forLanguageTag(rs.getString("language")),
        CaseStatus.valueOf(rs.getString("status")),
        decision == null ? null : Decision.valueOf(decision),
        rs.getObject("due_date", java.time.LocalDate.class),
        rs.getTimestamp("filed_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        replied == null ? null : replied.toInstant(),
        (Boolean) rs.getObject("replied_on_time"));
  }

  private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
