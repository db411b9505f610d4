// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;

/** Read models of the catalogue: the public listing and the figures, in SQL. */
@Repository
class CatalogueQueries {

  /** Days end at midnight in Taiwan. */
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static final String FILTER =
      """
      where v.status = 'PUBLISHED'
        and (cast(:agency as text) is null or s.agency_code = :agency)
        and (cast(:unit as bigint) is null or v.unit_id = :unit)
        and (cast(:category as text) is null or v.category = :category)
        and (cast(:channel as text) is null or :channel = any(v.channels))
      """;

  private final JdbcClient jdbc;

  CatalogueQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ServicePage published(ServiceFilter f) {
    List<ServiceVersion> items =
        bind(
                jdbc.sql(
                    ServiceVersions.SELECT
                        + FILTER
                        + " order by s.agency_code, v.name_zh, v.service_code limit :size offset :offset"),
                f)
            .param("size", f.size())
            .param("offset", (long) f.page() * f.size())
            .query(ServiceVersions::map)
            .list();
    long total =
        bind(
                jdbc.sql(
                    "select count(*) from catalogue_service_version v"
                        + " join catalogue_service s on s.code = v.service_code "
                        + FILTER),
                f)
            .query(Long.class)
            .single();
    return new ServicePage(items, f.page(), f.size(), total);
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ServiceFilter f) {
    return spec.param("agency", f.agency() == null ? null : f.agency().value())
        .param("unit", f.unitId())
        .param("category", f.category() == null ? null : f.category().name())
        .param("channel", f.channel() == null ? null : f.channel().name());
  }

  CatalogueFigures figures(AgencyCode agency, LocalDate asOf) {
    Timestamp endOfDay = Timestamp.from(asOf.plusDays(1).atStartOfDay(TAIPEI).toInstant());
    return jdbc.sql(
            """
        select count(*) as services,
               count(*) filter (where jsonb_array_length(v.steps) > 0) as with_steps,
               count(*) filter (where 'ONLINE' = any(v.channels)) as online,
               coalesce(sum(jsonb_array_length(v.documents)), 0) as documents,
               coalesce(sum((select count(*) from jsonb_array_elements(v.documents) d
                             where (d ->> 'verifiable')::boolean)), 0) as verifiable
        from catalogue_service_version v
        join catalogue_service s on s.code = v.service_code
        where s.agency_code = :agency and v.published_at < :end
          and (v.superseded_at is null or v.superseded_at >= :end)
        """)
        .param("agency", agency.value())
        .param("end", endOfDay)
        .query(
            (rs, n) ->
                new CatalogueFigures(
                    agency,
                    asOf,
                    rs.getInt("services"),
                    rs.getInt("with_steps"),
                    rs.getInt("online"),
                    rs.getInt("documents"),
                    rs.getInt("verifiable")))
        .single();
  }
}
