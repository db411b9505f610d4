// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Each kind's rules per agency, its categories, the places of its area and the routing of a
 * category and a place to a unit. Everything here is public but the routing, which staff edit.
 * Writes are for an administrator of the agency; the caller checks that.
 */
@Service
public class PetitionRules {

  private final JdbcClient jdbc;

  PetitionRules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The kinds open at {@code agency}, with their rules, in {@link CaseKind} order. */
  @Transactional(readOnly = true)
  public List<KindRule> rules(AgencyCode agency) {
    return jdbc
        .sql("select * from petition_kind_rule where agency_code = ? and open")
        .param(agency.value())
        .query((rs, n) -> rule(agency, rs))
        .list()
        .stream()
        .sorted((a, b) -> a.kind().compareTo(b.kind()))
        .toList();
  }

  /**
   * The rules of {@code kind} at {@code agency}; empty when the kind is not open there (never
   * opened, or closed by an administrator, who keeps its rules for opening it again).
   */
  @Transactional(readOnly = true)
  public Optional<KindRule> rule(AgencyCode agency, CaseKind kind) {
    return jdbc.sql("select * from petition_kind_rule where agency_code = ? and kind = ? and open")
        .param(agency.value())
        .param(kind.name())
        .query((rs, n) -> rule(agency, rs))
        .optional();
  }

  /** Stores {@code rule}, replacing the kind's rule at its agency. */
  @Transactional
  public void save(KindRule rule) {
    jdbc.sql(
            """
            insert into petition_kind_rule (agency_code, kind, limit_amount, limit_unit,
                anonymous_allowed, extension_allowed, reply_requires, default_unit_id)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (agency_code, kind) do update set limit_amount = excluded.limit_amount,
                limit_unit = excluded.limit_unit, anonymous_allowed = excluded.anonymous_allowed,
                extension_allowed = excluded.extension_allowed,
                reply_requires = excluded.reply_requires,
                default_unit_id = excluded.default_unit_id,
                version = petition_kind_rule.version + 1
            """)
        .params(
            rule.agency().value(),
            rule.kind().name(),
            rule.limit().amount(),
            rule.limit().unit().name(),
            rule.anonymousAllowed(),
            rule.extensionAllowed(),
            rule.replyRequires().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            rule.defaultUnitId())
        .update();
  }

  /** The categories of {@code kind} at {@code agency}, active ones only, in their order. */
  @Transactional(readOnly = true)
  public List<Category> categories(AgencyCode agency, CaseKind kind) {
    return jdbc.sql(
            """
            select * from petition_category where agency_code = ? and kind = ? and active
            order by position, code
            """)
        .param(agency.value())
        .param(kind.name())
        .query((rs, n) -> category(agency, rs))
        .list();
  }

  /** Every category of {@code agency}, inactive ones too, by kind and order. */
  @Transactional(readOnly = true)
  public List<Category> allCategories(AgencyCode agency) {
    return jdbc
        .sql("select * from petition_category where agency_code = ? order by position, code")
        .param(agency.value())
        .query((rs, n) -> category(agency, rs))
        .list()
        .stream()
        .sorted((a, b) -> a.kind().compareTo(b.kind()))
        .toList();
  }

  /** The category {@code code} of {@code agency}, active or not. */
  @Transactional(readOnly = true)
  public Optional<Category> category(AgencyCode agency, String code) {
    return jdbc.sql("select * from petition_category where agency_code = ? and code = ?")
        .param(agency.value())
        .param(code)
        .query((rs, n) -> category(agency, rs))
        .optional();
  }

  /** Stores {@code category}, replacing the one with its code at its agency. */
  @Transactional
  public void save(Category category) {
    TimeLimit limit = category.limit();
    jdbc.sql(
            """
            insert into petition_category (agency_code, code, kind, name_zh, name_en,
                limit_amount, limit_unit, position, active)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (agency_code, code) do update set kind = excluded.kind,
                name_zh = excluded.name_zh, name_en = excluded.name_en,
                limit_amount = excluded.limit_amount, limit_unit = excluded.limit_unit,
                position = excluded.position, active = excluded.active,
                version = petition_category.version + 1
            """)
        .params(
            category.agency().value(),
            category.code(),
            category.kind().name(),
            category.name().zh(),
            category.name().en(),
            limit == null ? null : limit.amount(),
            limit == null ? null : limit.unit().name(),
            category.position(),
            category.active())
        .update();
  }

  /** The time limit of a case of {@code category}: its own, else its kind's. */
  public TimeLimit limit(KindRule rule, Category category) {
    TimeLimit own = category.limit();
    return own != null ? own : rule.limit();
  }

  /** The districts and villages of {@code agency}'s area; a district alone has village "". */
  @Transactional(readOnly = true)
  public List<Route.Where> places(AgencyCode agency) {
    return jdbc.sql(
            "select district, village from petition_place where agency_code = ?"
                + " order by district, village")
        .param(agency.value())
        .query((rs, n) -> new Route.Where(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** Adds a district ({@code village} "") or a village to {@code agency}'s area. */
  @Transactional
  public void addPlace(AgencyCode agency, Route.Where where) {
    jdbc.sql("insert into petition_place values (?, ?, ?) on conflict do nothing")
        .params(agency.value(), where.district(), where.village())
        .update();
  }

  /** Every routing rule of {@code agency}, by category and place. */
  @Transactional(readOnly = true)
  public List<Route> routes(AgencyCode agency) {
    return jdbc.sql(
            "select * from petition_route where agency_code = ?"
                + " order by category_code, district, village")
        .param(agency.value())
        .query(
            (rs, n) ->
                new Route(
                    agency,
                    rs.getString("category_code"),
                    new Route.Where(rs.getString("district"), rs.getString("village")),
                    rs.getLong("unit_id")))
        .list();
  }

  /** Stores {@code route}, replacing the rule for its category and place. */
  @Transactional
  public void save(Route route) {
    jdbc.sql(
            """
            insert into petition_route values (?, ?, ?, ?, ?)
            on conflict (agency_code, category_code, district, village)
            do update set unit_id = excluded.unit_id
            """)
        .params(
            route.agency().value(),
            route.category(),
            route.where().district(),
            route.where().village(),
            route.unitId())
        .update();
  }

  /** Removes the routing rule for {@code category} at {@code where}, if there is one. */
  @Transactional
  public void removeRoute(AgencyCode agency, String category, Route.Where where) {
    jdbc.sql(
            "delete from petition_route where agency_code = ? and category_code = ?"
                + " and district = ? and village = ?")
        .params(agency.value(), category, where.district(), where.village())
        .update();
  }

  /**
   * The unit that handles a case of {@code category} at {@code district} and {@code village}: the
   * rule for the village, else for the district, else for the category anywhere, else the kind's
   * default unit.
   */
  @Transactional(readOnly = true)
  public long route(
      KindRule rule, String category, @Nullable String district, @Nullable String village) {
    String d = district == null ? "" : district;
    String v = village == null ? "" : village;
    return jdbc.sql(
            """
            select unit_id from petition_route
            where agency_code = ? and category_code = ?
              and (district = '' or district = ?) and (village = '' or (district <> '' and village = ?))
            order by (district <> '') desc, (village <> '') desc
            limit 1
            """)
        .params(rule.agency().value(), category, d, v)
        .query(Long.class)
        .optional()
        .orElse(rule.defaultUnitId());
  }

  static KindRule rule(AgencyCode agency, java.sql.ResultSet rs) throws java.sql.SQLException {
    String parts = rs.getString("reply_requires");
    Set<KindRule.ReplyPart> requires = EnumSet.noneOf(KindRule.ReplyPart.class);
    Arrays.stream(parts.split(","))
        .filter(p -> !p.isBlank())
        .forEach(p -> requires.add(KindRule.ReplyPart.valueOf(p)));
    return new KindRule(
        agency,
        CaseKind.valueOf(rs.getString("kind")),
        new TimeLimit(
            rs.getInt("limit_amount"), TimeLimit.Unit.valueOf(rs.getString("limit_unit"))),
        rs.getBoolean("anonymous_allowed"),
        rs.getBoolean("extension_allowed"),
        requires,
        rs.getLong("default_unit_id"));
  }

  static Category category(AgencyCode agency, java.sql.ResultSet rs) throws java.sql.SQLException {
    String unit = rs.getString("limit_unit");
    return new Category(
        agency,
        rs.getString("code"),
        CaseKind.valueOf(rs.getString("kind")),
        new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
        unit == null
            ? null
            : new TimeLimit(rs.getInt("limit_amount"), TimeLimit.Unit.valueOf(unit)),
        rs.getInt("position"),
        rs.getBoolean("active"));
  }
}
