// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.RuleDrafts.CategorySettings;
import tw.civicdesk.petitions.RuleDrafts.KindSettings;

/**
 * The administrator's reads and versioned writes of the rules: closed kinds too, and every write of
 * a kind or category only when the version read is still the stored one. Package-private; {@link
 * PetitionAdministration} is the door.
 */
@Repository
class PetitionRuleEdits {

  private final JdbcClient jdbc;

  PetitionRuleEdits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<KindSettings> kinds(AgencyCode agency) {
    return jdbc
        .sql("select * from petition_kind_rule where agency_code = ?")
        .param(agency.value())
        .query(
            (rs, n) ->
                new KindSettings(
                    PetitionRules.rule(agency, rs), rs.getBoolean("open"), rs.getInt("version")))
        .list()
        .stream()
        .sorted((a, b) -> a.rule().kind().compareTo(b.rule().kind()))
        .toList();
  }

  Optional<KindSettings> kind(AgencyCode agency, CaseKind kind) {
    return kinds(agency).stream().filter(k -> k.rule().kind() == kind).findFirst();
  }

  /** Stores a kind's first rules; {@code false} when someone stored some meanwhile. */
  boolean insert(KindRule rule, boolean open) {
    return jdbc.sql(
                """
                insert into petition_kind_rule (agency_code, kind, limit_amount, limit_unit,
                    anonymous_allowed, extension_allowed, reply_requires, default_unit_id, open)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(
                rule.agency().value(),
                rule.kind().name(),
                rule.limit().amount(),
                rule.limit().unit().name(),
                rule.anonymousAllowed(),
                rule.extensionAllowed(),
                parts(rule),
                rule.defaultUnitId(),
                open)
            .update()
        == 1;
  }

  /** Replaces a kind's rules if they are still at {@code version}; {@code false} otherwise. */
  boolean update(KindRule rule, boolean open, int version) {
    return jdbc.sql(
                """
                update petition_kind_rule set limit_amount = ?, limit_unit = ?,
                    anonymous_allowed = ?, extension_allowed = ?, reply_requires = ?,
                    default_unit_id = ?, open = ?, version = version + 1
                where agency_code = ? and kind = ? and version = ?
                """)
            .params(
                rule.limit().amount(),
                rule.limit().unit().name(),
                rule.anonymousAllowed(),
                rule.extensionAllowed(),
                parts(rule),
                rule.defaultUnitId(),
                open,
                rule.agency().value(),
                rule.kind().name(),
                version)
            .update()
        == 1;
  }

  List<CategorySettings> categories(AgencyCode agency) {
    return jdbc
        .sql("select * from petition_category where agency_code = ? order by kind, position, code")
        .param(agency.value())
        .query(
            (rs, n) ->
                new CategorySettings(PetitionRules.category(agency, rs), rs.getInt("version")))
        .list()
        .stream()
        .sorted((a, b) -> a.category().kind().compareTo(b.category().kind()))
        .toList();
  }

  Optional<CategorySettings> category(AgencyCode agency, String code) {
    return jdbc.sql("select * from petition_category where agency_code = ? and code = ?")
        .params(agency.value(), code)
        .query(
            (rs, n) ->
                new CategorySettings(PetitionRules.category(agency, rs), rs.getInt("version")))
        .optional();
  }

  /** Adds a category; {@code false} when its code is taken at the agency. */
  boolean insert(Category c) {
    TimeLimit limit = c.limit();
    return jdbc.sql(
                """
                insert into petition_category (agency_code, code, kind, name_zh, name_en,
                    limit_amount, limit_unit, position, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(
                c.agency().value(),
                c.code(),
                c.kind().name(),
                c.name().zh(),
                c.name().en(),
                limit == null ? null : limit.amount(),
                limit == null ? null : limit.unit().name(),
                c.position(),
                c.active())
            .update()
        == 1;
  }

  /** Changes a category (not its code or kind) if still at {@code version}; else {@code false}. */
  boolean update(Category c, int version) {
    TimeLimit limit = c.limit();
    return jdbc.sql(
                """
                update petition_category set name_zh = ?, name_en = ?, limit_amount = ?,
                    limit_unit = ?, position = ?, active = ?, version = version + 1
                where agency_code = ? and code = ? and version = ?
                """)
            .params(
                c.name().zh(),
                c.name().en(),
                limit == null ? null : limit.amount(),
                limit == null ? null : limit.unit().name(),
                c.position(),
                c.active(),
                c.agency().value(),
                c.code(),
                version)
            .update()
        == 1;
  }

  /** Whether a routing rule names {@code where} (a district also through its villages). */
  boolean placeInUse(AgencyCode agency, Route.Where where) {
    return jdbc.sql(
            """
            select exists (select 1 from petition_route where agency_code = ? and district = ?
                and (? = '' or village = ?))
            """)
        .params(agency.value(), where.district(), where.village(), where.village())
        .query(Boolean.class)
        .single();
  }

  /** Removes a place; {@code false} when it was not there. */
  boolean removePlace(AgencyCode agency, Route.Where where) {
    return jdbc.sql(
                "delete from petition_place where agency_code = ? and district = ? and village = ?")
            .params(agency.value(), where.district(), where.village())
            .update()
        == 1;
  }

  private static String parts(KindRule rule) {
    return rule.replyRequires().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
