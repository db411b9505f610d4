// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** Rows of {@code catalogue_service_version}; published rows are only ever marked superseded. */
@Repository
class ServiceVersions {

  static final String SELECT =
      """
      select v.*, s.agency_code from catalogue_service_version v
      join catalogue_service s on s.code = v.service_code
      """;

  private final JdbcClient jdbc;

  ServiceVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ServiceVersion> find(ServiceCode code, int version) {
    return jdbc.sql(SELECT + " where v.service_code = ? and v.version = ?")
        .params(code.value(), version)
        .query(ServiceVersions::map)
        .optional();
  }

  Optional<BilingualText> name(ServiceCode code, int version) {
    return jdbc.sql(
            "select name_zh, name_en from catalogue_service_version"
                + " where service_code = ? and version = ?")
        .params(code.value(), version)
        .query((rs, n) -> new BilingualText(rs.getString("name_zh"), rs.getString("name_en")))
        .optional();
  }

  /** Hands every published version (one per service) to {@code sink}, row by row. */
  void forEachPublished(java.util.function.Consumer<ServiceVersion> sink) {
    jdbc.sql(SELECT + " where v.status = ?")
        .param(VersionStatus.PUBLISHED.name())
        .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(map(rs, 0)));
  }

  List<ServiceVersion> find(List<ServiceCode> codes, VersionStatus status) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where v.service_code in (:codes) and v.status = :status")
        .param("codes", codes.stream().map(ServiceCode::value).toList())
        .param("status", status.name())
        .query(ServiceVersions::map)
        .list();
  }

  void insertDraft(ServiceCode code, int version, long unitId, ServiceContent c, Instant now) {
    jdbc.sql(
            """
        insert into catalogue_service_version (service_code, version, status, unit_id,
          name_zh, name_en, summary_zh, summary_en, description_zh, description_en, category,
          legal_basis_zh, legal_basis_en, fee_amount, fee_note_zh, fee_note_en, channels,
          time_limit_amount, time_limit_unit, target_amount, target_unit, steps, documents, forms,
          fields, created_at)
        values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?,
          ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?)
        """)
        .params(
            concat(
                new Object[] {code.value(), version, unitId},
                columns(c),
                new Object[] {Timestamp.from(now)}))
        .update();
  }

  void updateDraft(ServiceCode code, int version, long unitId, ServiceContent c) {
    jdbc.sql(
            """
        update catalogue_service_version set unit_id = ?, name_zh = ?, name_en = ?,
          summary_zh = ?, summary_en = ?, description_zh = ?, description_en = ?, category = ?,
          legal_basis_zh = ?, legal_basis_en = ?, fee_amount = ?, fee_note_zh = ?,
          fee_note_en = ?, channels = ?::text[], time_limit_amount = ?, time_limit_unit = ?,
          target_amount = ?, target_unit = ?, steps = ?::jsonb, documents = ?::jsonb,
          forms = ?::jsonb, fields = ?::jsonb
        where service_code = ? and version = ? and status = 'DRAFT'
        """)
        .params(concat(new Object[] {unitId}, columns(c), new Object[] {code.value(), version}))
        .update();
  }

  void deleteDraft(ServiceCode code, int version) {
    jdbc.sql(
            "delete from catalogue_service_version where service_code = ? and version = ?"
                + " and status = 'DRAFT'")
        .params(code.value(), version)
        .update();
  }

  /** Publishes the draft {@code version} and supersedes the version published before it. */
  void publish(ServiceCode code, int version, String by, Instant now) {
    jdbc.sql(
            "update catalogue_service_version set status = 'SUPERSEDED', superseded_at = ?"
                + " where service_code = ? and status = 'PUBLISHED'")
        .params(Timestamp.from(now), code.value())
        .update();
    jdbc.sql(
            "update catalogue_service_version set status = 'PUBLISHED', published_at = ?,"
                + " published_by = ? where service_code = ? and version = ? and status = 'DRAFT'")
        .params(Timestamp.from(now), by, code.value(), version)
        .update();
  }

  private static Object[] columns(ServiceContent c) {
    TimeLimit limit = c.timeLimit();
    TimeLimit target = c.handlingTarget();
    BilingualText note = c.fee().note();
    return new Object[] {
      c.name().zh(),
      c.name().en(),
      c.summary().zh(),
      c.summary().en(),
      c.description().zh(),
      c.description().en(),
      c.category().name(),
      c.legalBasis().zh(),
      c.legalBasis().en(),
      c.fee().amount(),
      note == null ? null : note.zh(),
      note == null ? null : note.en(),
      channels(c.channels()),
      limit == null ? null : limit.amount(),
      limit == null ? null : limit.unit().name(),
      target == null ? null : target.amount(),
      target == null ? null : target.unit().name(),
      ContentJson.steps(c.steps()),
      ContentJson.documents(c.documents()),
      ContentJson.forms(c.forms()),
      ContentJson.fields(c.fields())
    };
  }

  private static Object[] concat(Object[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
  }

  private static String channels(Set<Channel> channels) {
    return "{" + String.join(",", channels.stream().sorted().map(Channel::name).toList()) + "}";
  }

  static ServiceVersion map(ResultSet rs, int row) throws SQLException {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (String c : (String[]) rs.getArray("channels").getArray()) {
      channels.add(Channel.valueOf(c));
    }
    ServiceContent content =
        new ServiceContent(
            text(rs, "name"),
            text(rs, "summary"),
            text(rs, "description"),
            ServiceCategory.valueOf(rs.getString("category")),
            text(rs, "legal_basis"),
            ContentJson.steps(rs.getString("steps")),
            ContentJson.documents(rs.getString("documents")),
            ContentJson.forms(rs.getString("forms")),
            new ServiceContent.Fee(
                rs.getInt("fee_amount"),
                ContentJson.optional(rs.getString("fee_note_zh"), rs.getString("fee_note_en"))),
            channels,
            limit(rs, "time_limit"),
            limit(rs, "target"),
            ContentJson.fields(rs.getString("fields")));
    Timestamp published = rs.getTimestamp("published_at");
    return new ServiceVersion(
        new ServiceCode(rs.getString("service_code")),
        new AgencyCode(rs.getString("agency_code")),
        rs.getLong("unit_id"),
        rs.getInt("version"),
        VersionStatus.valueOf(rs.getString("status")),
        content,
        published == null ? null : published.toInstant());
  }

  private static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_zh"), rs.getString(column + "_en"));
  }

  private static @Nullable TimeLimit limit(ResultSet rs, String prefix) throws SQLException {
    String unit = rs.getString(prefix + "_unit");
    return unit == null
        ? null
        : new TimeLimit(rs.getInt(prefix + "_amount"), TimeLimit.Unit.valueOf(unit));
  }
}
