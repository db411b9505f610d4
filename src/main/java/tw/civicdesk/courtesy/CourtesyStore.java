// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** The courtesy tables of V56: sheets, panel, settings, schedule slots and tests. */
@Repository
class CourtesyStore {

  static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final String SHEET = "select * from courtesy_sheet ";
  private static final String TEST = "select * from courtesy_test ";

  private final JdbcClient jdbc;

  CourtesyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // Sheets

  Optional<Sheet> sheet(long id) {
    return jdbc.sql(SHEET + "where id = ?").param(id).query(CourtesyStore::sheet).optional();
  }

  /** The newest version of each sheet {@code agency} may use: its own, else the shared one. */
  List<Sheet> currentSheets(AgencyCode agency) {
    return jdbc.sql(
            SHEET
                + "s where version = (select max(version) from courtesy_sheet v"
                + " where v.code = s.code and coalesce(v.agency_code, '') = coalesce(s.agency_code, ''))"
                + " and (agency_code = :a or (agency_code is null and not exists (select 1 from"
                + " courtesy_sheet o where o.agency_code = :a and o.code = s.code))) order by code")
        .param("a", agency.value())
        .query(CourtesyStore::sheet)
        .list();
  }

  /**
   * Every version of sheet {@code code} of {@code agency} (its own, or the shared), newest first.
   */
  List<Sheet> versions(@Nullable AgencyCode agency, String code) {
    return jdbc.sql(
            SHEET + "where coalesce(agency_code, '') = ? and code = ? order by version desc")
        .params(agency == null ? "" : agency.value(), code)
        .query(CourtesyStore::sheet)
        .list();
  }

  long insertSheet(
      AgencyCode agency,
      String code,
      int version,
      BilingualText name,
      Sheet.Content content,
      String by,
      Instant at) {
    return jdbc.sql(
            "insert into courtesy_sheet (agency_code, code, version, name_zh, name_en, content,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id")
        .params(
            agency.value(),
            code,
            version,
            name.zh(),
            name.en(),
            JSON.writeValueAsString(content),
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  private static Sheet sheet(ResultSet rs, int n) throws SQLException {
    String agency = rs.getString("agency_code");
    return new Sheet(
        rs.getLong("id"),
        agency == null ? null : new AgencyCode(agency),
        rs.getString("code"),
        rs.getInt("version"),
        new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
        JSON.readValue(rs.getString("content"), Sheet.Content.class));
  }

  // Panel and settings

  List<String> panel(AgencyCode agency) {
    return jdbc.sql("select username from courtesy_panel where agency_code = ? order by username")
        .param(agency.value())
        .query(String.class)
        .list();
  }

  boolean onPanel(AgencyCode agency, String username) {
    return jdbc.sql("select count(*) from courtesy_panel where agency_code = ? and username = ?")
            .params(agency.value(), username)
            .query(Integer.class)
            .single()
        > 0;
  }

  boolean addToPanel(AgencyCode agency, String username, String by, Instant at) {
    return jdbc.sql(
                "insert into courtesy_panel (agency_code, username, added_by, added_at)"
                    + " values (?, ?, ?, ?) on conflict do nothing")
            .params(agency.value(), username, by, Timestamp.from(at))
            .update()
        == 1;
  }

  boolean removeFromPanel(AgencyCode agency, String username) {
    return jdbc.sql("delete from courtesy_panel where agency_code = ? and username = ?")
            .params(agency.value(), username)
            .update()
        == 1;
  }

  /** The agency's own settings: threshold and whether names are shown, if it set them. */
  Optional<CourtesyRules> rules(AgencyCode agency) {
    return jdbc.sql("select threshold, show_names from courtesy_setting where agency_code = ?")
        .param(agency.value())
        .query(
            (rs, n) ->
                new CourtesyRules(rs.getBigDecimal("threshold"), rs.getBoolean("show_names")))
        .optional();
  }

  void saveRules(AgencyCode agency, CourtesyRules rules, String by, Instant at) {
    jdbc.sql(
            "insert into courtesy_setting (agency_code, threshold, show_names, updated_by,"
                + " updated_at) values (?, ?, ?, ?, ?) on conflict (agency_code) do update set"
                + " threshold = excluded.threshold, show_names = excluded.show_names,"
                + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")
        .params(agency.value(), rules.threshold(), rules.showNames(), by, Timestamp.from(at))
        .update();
  }

  // Schedule

  List<Slot> slots(AgencyCode agency, int year) {
    return jdbc.sql(
            "select s.*, t.id as test_id from courtesy_slot s left join courtesy_test t on"
                + " t.slot_id = s.id where s.agency_code = ? and extract(year from s.window_from) = ?"
                + " order by s.window_from, s.id")
        .params(agency.value(), year)
        .query(
            (rs, n) ->
                new Slot(
                    rs.getLong("id"),
                    rs.getDate("window_from").toLocalDate(),
                    rs.getDate("window_to").toLocalDate(),
                    rs.getLong("unit_id"),
                    rs.getString("note"),
                    (Long) rs.getObject("test_id")))
        .list();
  }

  long insertSlot(AgencyCode agency, Slot slot, String by, Instant at) {
    return jdbc.sql(
            "insert into courtesy_slot (agency_code, window_from, window_to, unit_id, note,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            agency.value(),
            slot.from(),
            slot.to(),
            slot.unitId(),
            slot.note(),
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  boolean slotOf(AgencyCode agency, long slotId) {
    return jdbc.sql("select count(*) from courtesy_slot where agency_code = ? and id = ?")
            .params(agency.value(), slotId)
            .query(Integer.class)
            .single()
        > 0;
  }

  // Tests

  long insertTest(CourtesyTest t, Instant at) {
    return jdbc.sql(
            "insert into courtesy_test (agency_code, sheet_id, unit_id, slot_id, extension,"
                + " called_at, called_on, parts, inputs, points, total, band, answered_by, tester,"
                + " notes, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?,"
                + " ?, ?, ?) returning id")
        .params(
            t.agency().value(),
            t.sheetId(),
            t.unitId(),
            t.slotId(),
            t.extension(),
            Timestamp.from(t.calledAt()),
            t.calledOn(),
            t.parts().toArray(String[]::new),
            JSON.writeValueAsString(t.inputs()),
            JSON.writeValueAsString(t.points()),
            t.total(),
            t.band(),
            t.answeredBy(),
            t.tester(),
            t.notes(),
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  Optional<CourtesyTest> test(long id) {
    return jdbc.sql(TEST + "where id = ?").param(id).query(CourtesyStore::test).optional();
  }

  /** The tests of {@code agency} called from {@code from} to {@code to}, oldest first. */
  List<CourtesyTest> tests(AgencyCode agency, LocalDate from, LocalDate to) {
    return jdbc.sql(
            TEST + "where agency_code = ? and called_on between ? and ? order by called_at, id")
        .params(agency.value(), from, to)
        .query(CourtesyStore::test)
        .list();
  }

  /** Count, mean total and number graded {@code band} of the agency's tests in the span. */
  Figures figures(AgencyCode agency, LocalDate from, LocalDate to, String band) {
    return jdbc.sql(
            "select count(*) as n, avg(total) as mean, count(*) filter (where band = ?) as"
                + " banded from courtesy_test where agency_code = ? and called_on between ? and ?")
        .params(band, agency.value(), from, to)
        .query(
            (rs, n) -> new Figures(rs.getLong("n"), rs.getBigDecimal("mean"), rs.getLong("banded")))
        .single();
  }

  /** What the indicators are computed from. */
  record Figures(long tests, @Nullable BigDecimal mean, long banded) {}

  private static final TypeReference<Map<String, List<@Nullable Integer>>> INPUTS =
      new TypeReference<>() {};
  private static final TypeReference<Map<String, BigDecimal>> POINTS = new TypeReference<>() {};

  private static CourtesyTest test(ResultSet rs, int n) throws SQLException {
    return new CourtesyTest(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("sheet_id"),
        rs.getLong("unit_id"),
        (Long) rs.getObject("slot_id"),
        rs.getString("extension"),
        rs.getTimestamp("called_at").toInstant(),
        rs.getDate("called_on").toLocalDate(),
        Arrays.asList((String[]) rs.getArray("parts").getArray()),
        JSON.readValue(rs.getString("inputs"), INPUTS),
        JSON.readValue(rs.getString("points"), POINTS),
        rs.getBigDecimal("total"),
        rs.getString("band"),
        rs.getString("answered_by"),
        rs.getString("tester"),
        rs.getString("notes"));
  }
}
