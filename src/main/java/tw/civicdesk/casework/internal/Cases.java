// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.ClosurePolicy;

/** Stores cases and appends their history; package-private like every repository. */
@Repository
class Cases {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  Cases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number of {@code agency} for {@code day}; a number is never handed out twice. */
  CaseNumber nextNumber(AgencyCode agency, LocalDate day) {
    long next =
        jdbc.sql(
                """
        insert into case_number_sequence (agency_code, day, last_value) values (?, ?, 1)
        on conflict (agency_code, day)
          do update set last_value = case_number_sequence.last_value + 1
        returning last_value
        """)
            .params(agency.value(), day)
            .query(Long.class)
            .single();
    return CaseNumber.of(agency, day, next);
  }

  void insert(Case c, @Nullable LocalDate due, Instant now) {
    insert(c, due, now, Map.of(), null);
  }

  /** A new case's row; its version starts at 0. */
  private static final String INSERT =
      """
      insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
        service_version, status, decision, officer, received_on, limit_amount, limit_unit,
        pauses, open_pause, extension_amount, extension_unit, supplement_rounds, due_date,
        version, created_at, updated_at, fields, postmarked_on, parent_number,
        transferred_from, closure_policy, filed_by, supply_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, 0, ?, ?, ?::jsonb,
        ?, ?, ?, ?, ?, ?)
      """;

  /** Inserts a new case with the application's form values and a letter's postmark date. */
  void insert(
      Case c,
      @Nullable LocalDate due,
      Instant now,
      Map<String, String> fields,
      @Nullable LocalDate postmarkedOn) {
    CaseRecord r = c.record();
    jdbc.sql(INSERT)
        .params(
            r.number().value(),
            r.kind().name(),
            r.channel().name(),
            r.agency().value(),
            r.unitId(),
            r.service() == null ? null : r.service().code().value(),
            r.service() == null ? null : r.service().version(),
            r.status().name(),
            r.decision() == null ? null : r.decision().name(),
            r.officer(),
            r.clock().received(),
            r.clock().limit().amount(),
            r.clock().limit().unit().name(),
            pauses(r.clock()),
            r.clock().openPause(),
            amount(r.clock().extension()),
            unit(r.clock().extension()),
            r.supplementRounds(),
            due,
            Timestamp.from(now),
            Timestamp.from(now),
            JSON.writeValueAsString(new TreeMap<>(fields)),
            postmarkedOn,
            value(r.links().parent()),
            value(r.links().transferredFrom()),
            r.clock().closurePolicy().name(),
            filedBy(c),
            r.supplyBy())
        .update();
    appendHistory(c);
  }

  /** The staff member who filed {@code c} (its first step), {@code null} for the applicant. */
  private static @Nullable String filedBy(Case c) {
    Actor by = c.history().get(0).actor();
    return by.party() == Party.APPLICANT || by.party() == Party.SYSTEM ? null : by.who();
  }

  /** What {@link CaseReach} needs to know of case {@code number}, if it exists. */
  Optional<CaseReach.Scope> scope(CaseNumber number) {
    return jdbc.sql(
            """
        select c.agency_code, c.unit_id, c.officer, c.filed_by, p.unit_id as parent_unit,
          array(select k.unit_id from casework_case k where k.parent_number = c.number)
            as child_units
        from casework_case c left join casework_case p on p.number = c.parent_number
        where c.number = ?
        """)
        .param(number.value())
        .query(
            (rs, n) -> {
              Set<Long> linked = new HashSet<>();
              for (Object unit : (Object[]) rs.getArray("child_units").getArray()) {
                linked.add(((Number) unit).longValue());
              }
              long parent = rs.getLong("parent_unit");
              if (!rs.wasNull()) {
                linked.add(parent);
              }
              return new CaseReach.Scope(
                  new AgencyCode(rs.getString("agency_code")),
                  rs.getLong("unit_id"),
                  rs.getString("officer"),
                  rs.getString("filed_by"),
                  linked);
            })
        .optional();
  }

  /** The cases merged into {@code into} (併案), by number. */
  List<CaseNumber> mergedInto(CaseNumber into) {
    return jdbc.sql("select number from casework_case where merged_into = ? order by number")
        .param(into.value())
        .query((rs, n) -> new CaseNumber(rs.getString(1)))
        .list();
  }

  /** Stores the case's changes if nobody stored another since it was loaded; returns whether. */
  boolean update(Case c, @Nullable LocalDate due, Instant now) {
    CaseRecord r = c.record();
    int updated =
        jdbc.sql(
                """
        update casework_case set status = ?, decision = ?, officer = ?, pauses = ?::jsonb,
          open_pause = ?, extension_amount = ?, extension_unit = ?, supplement_rounds = ?,
          due_date = ?, version = version + 1, updated_at = ?, transferred_to = ?,
          merged_into = ?, supply_by = ?, unit_id = ?
        where number = ? and version = ?
        """)
            .params(
                r.status().name(),
                r.decision() == null ? null : r.decision().name(),
                r.officer(),
                pauses(r.clock()),
                r.clock().openPause(),
                amount(r.clock().extension()),
                unit(r.clock().extension()),
                r.supplementRounds(),
                due,
                Timestamp.from(now),
                value(r.links().transferredTo()),
                value(r.links().mergedInto()),
                r.supplyBy(),
                r.unitId(),
                r.number().value(),
                r.version())
            .update();
    if (updated == 1) {
      appendHistory(c);
    }
    return updated == 1;
  }

  private void appendHistory(Case c) {
    for (HistoryEntry e : c.unstoredHistory()) {
      jdbc.sql(
              """
          insert into casework_history (case_number, sequence, action, from_status, to_status,
            actor, party, at, public_note, internal_note, supply_by)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
          .params(
              c.number().value(),
              e.sequence(),
              e.action() == null ? null : e.action().name(),
              e.from() == null ? null : e.from().name(),
              e.to().name(),
              e.actor().who(),
              e.actor().party().name(),
              Timestamp.from(e.at()),
              e.publicNote(),
              e.internalNote(),
              e.supplyBy())
          .update();
    }
  }

  Optional<Case> find(CaseNumber number) {
    return jdbc.sql(
            """
        select c.*, (select count(*) from casework_case k where k.parent_number = c.number
                       and k.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS',
                                        'AWAITING_SUPPLEMENT')) as open_children
        from casework_case c where c.number = ?
        """)
        .param(number.value())
        .query(Cases::record)
        .optional()
        .map(r -> Case.restore(r, history(number)));
  }

  private List<HistoryEntry> history(CaseNumber number) {
    return jdbc.sql("select * from casework_history where case_number = ? order by sequence")
        .param(number.value())
        .query(
            (rs, n) ->
                new HistoryEntry(
                    rs.getInt("sequence"),
                    rs.getString("action") == null
                        ? null
                        : CaseAction.valueOf(rs.getString("action")),
                    rs.getString("from_status") == null
                        ? null
                        : CaseStatus.valueOf(rs.getString("from_status")),
                    CaseStatus.valueOf(rs.getString("to_status")),
                    new Actor(Party.valueOf(rs.getString("party")), rs.getString("actor")),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("public_note"),
                    rs.getString("internal_note"),
                    rs.getObject("supply_by", LocalDate.class)))
        .list();
  }

  private static CaseRecord record(ResultSet rs, int row) throws SQLException {
    AgencyCode agency = new AgencyCode(rs.getString("agency_code"));
    String extensionUnit = rs.getString("extension_unit");
    java.sql.Date openPause = rs.getDate("open_pause");
    CaseClock clock =
        new CaseClock(
            agency,
            rs.getDate("received_on").toLocalDate(),
            new TimeLimit(
                rs.getInt("limit_amount"), TimeLimit.Unit.valueOf(rs.getString("limit_unit"))),
            JSON.readValue(rs.getString("pauses"), new TypeReference<List<CaseViews.Pause>>() {}),
            openPause == null ? null : openPause.toLocalDate(),
            extensionUnit == null
                ? null
                : new TimeLimit(
                    rs.getInt("extension_amount"), TimeLimit.Unit.valueOf(extensionUnit)),
            ClosurePolicy.valueOf(rs.getString("closure_policy")));
    String serviceCode = rs.getString("service_code");
    String decision = rs.getString("decision");
    return new CaseRecord(
        new CaseNumber(rs.getString("number")),
        CaseKind.valueOf(rs.getString("kind")),
        Channel.valueOf(rs.getString("channel")),
        agency,
        rs.getLong("unit_id"),
        serviceCode == null
            ? null
            : new ServiceRef(new ServiceCode(serviceCode), rs.getInt("service_version")),
        CaseStatus.valueOf(rs.getString("status")),
        decision == null ? null : Decision.valueOf(decision),
        rs.getString("officer"),
        clock,
        rs.getInt("supplement_rounds"),
        rs.getObject("supply_by", LocalDate.class),
        links(rs),
        rs.getInt("open_children"),
        rs.getInt("version"));
  }

  private static CaseLinks links(ResultSet rs) throws SQLException {
    return new CaseLinks(
        number(rs.getString("parent_number")),
        number(rs.getString("transferred_from")),
        number(rs.getString("transferred_to")),
        number(rs.getString("merged_into")));
  }

  private static @Nullable CaseNumber number(@Nullable String value) {
    return value == null ? null : new CaseNumber(value);
  }

  private static @Nullable String value(@Nullable CaseNumber number) {
    return number == null ? null : number.value();
  }

  /** A case and the due date stored with it. */
  record StoredDue(CaseNumber number, LocalDate due) {}

  /**
   * The cases of {@code agency} whose stored due date an office closure on {@code day} can move,
   * locked for update, in number order: filed under {@code STOPS_CLOCK}, with a stored due date
   * (clock running, or decided), received before {@code day} (the day of receipt is not counted)
   * and due on or after it (a closure after the end of a period cannot move it: every count and
   * roll reaching the stored date stops before the closure). Uses casework_case_agency_idx.
   */
  List<StoredDue> movableByClosure(AgencyCode agency, LocalDate day) {
    return jdbc.sql(
            """
        select number, due_date from casework_case
        where agency_code = :agency and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'DECIDED')
          and due_date >= :day and received_on < :day and closure_policy = 'STOPS_CLOCK'
        order by number
        for update
        """)
        .param("agency", agency.value())
        .param("day", day)
        .query(
            (rs, n) ->
                new StoredDue(
                    new CaseNumber(rs.getString("number")),
                    rs.getObject("due_date", LocalDate.class)))
        .list();
  }

  /** The form values and postmark date an application was filed with. */
  CaseDetails details(CaseNumber number) {
    return jdbc.sql("select fields, postmarked_on from casework_case where number = ?")
        .param(number.value())
        .query(
            (rs, n) ->
                new CaseDetails(
                    JSON.readValue(
                        rs.getString("fields"), new TypeReference<Map<String, String>>() {}),
                    rs.getDate("postmarked_on") == null
                        ? null
                        : rs.getDate("postmarked_on").toLocalDate()))
        .single();
  }

  /** The child cases (會辦) of {@code parent}, oldest first. */
  List<CaseViews.Child> children(CaseNumber parent) {
    return jdbc.sql(
            """
        select number, unit_id, officer, status, due_date from casework_case
        where parent_number = ? order by created_at, number
        """)
        .param(parent.value())
        .query(
            (rs, n) ->
                new CaseViews.Child(
                    new CaseNumber(rs.getString("number")),
                    rs.getLong("unit_id"),
                    rs.getString("officer"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate()))
        .list();
  }

  private static String pauses(CaseClock clock) {
    return JSON.writeValueAsString(clock.pauses());
  }

  private static @Nullable Integer amount(@Nullable TimeLimit limit) {
    return limit == null ? null : limit.amount();
  }

  private static @Nullable String unit(@Nullable TimeLimit limit) {
    return limit == null ? null : limit.unit().name();
  }
}
