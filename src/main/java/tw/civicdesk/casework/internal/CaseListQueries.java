// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseQuery.Cursor;
import tw.civicdesk.casework.CaseQuery.Filter;
import tw.civicdesk.casework.CaseQuery.Sort;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The SQL of the console case lists. A query is put together from fixed fragments only; every value
 * from the caller is a bound parameter. The scope and sort fragments match the indexes of {@code
 * V11__case_list_indexes.sql} exactly (the same expressions and predicates), so each default view
 * reads an index in order and stops after one page — no OFFSET, no sort.
 */
@Repository
class CaseListQueries {

  /** Statuses a case is still worked in, for "mine" and "unit"; the partial indexes use it. */
  static final String NOT_FINAL =
      "status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'DECIDED')";

  private static final String DUE_KEY = "coalesce(due_date, date '9999-12-31')";
  private static final String COLUMNS =
      """
      select number, service_code, service_version, channel, status, received_on, due_date,
        officer, unit_id
      from casework_case where agency_code = :agency""";

  private final JdbcClient jdbc;

  CaseListQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} rows of {@code agency}'s list in {@code view}.
   *
   * @param officer the caller's username (view "mine")
   * @param unitId the caller's unit ("unit"; "unassigned" when not agency-wide), else null
   * @param reach the caller's need-to-know ({@link CaseReach#listScope}), null for the agency
   * @param today the day against which "overdue" is judged
   */
  List<Row> rows(
      AgencyCode agency,
      CaseQuery.View view,
      @Nullable String officer,
      @Nullable Long unitId,
      CaseReach.@Nullable ListScope reach,
      Filter filter,
      Sort sort,
      @Nullable Cursor after,
      int limit,
      LocalDate today) {
    Query q = query(agency, view, officer, unitId, reach, filter, sort, after, limit, today);
    return jdbc.sql(q.sql()).params(q.params()).query(CaseListQueries::row).list();
  }

  /** The SQL text and its bound values; for {@link #rows} and for checking query plans. */
  record Query(String sql, Map<String, Object> params) {}

  /** The query {@link #rows} runs for a caller who reaches the whole agency. */
  static Query query(
      AgencyCode agency,
      CaseQuery.View view,
      @Nullable String officer,
      @Nullable Long unitId,
      Filter filter,
      Sort sort,
      @Nullable Cursor after,
      int limit,
      LocalDate today) {
    return query(agency, view, officer, unitId, null, filter, sort, after, limit, today);
  }

  /** The query {@link #rows} runs, with the same arguments. */
  static Query query(
      AgencyCode agency,
      CaseQuery.View view,
      @Nullable String officer,
      @Nullable Long unitId,
      CaseReach.@Nullable ListScope reach,
      Filter filter,
      Sort sort,
      @Nullable Cursor after,
      int limit,
      LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    params.put("agency", agency.value());
    StringBuilder sql = new StringBuilder(COLUMNS);
    scope(sql, params, view, officer, unitId);
    reach(sql, params, reach);
    filter(sql, params, filter);
    if (filter.overdueOnly()) {
      sql.append(" and ")
          .append(DUE_KEY)
          .append(" < :today and status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')");
      params.put("today", today);
    }
    String key = key(sort);
    if (after != null) {
      params.put("afterNumber", after.number().value());
      if (key == null) {
        sql.append(" and number > :afterNumber");
      } else {
        params.put("afterKey", after.key());
        sql.append(" and (").append(key).append(", number) > (:afterKey, :afterNumber)");
      }
    }
    sql.append(key == null ? " order by number" : " order by " + key + ", number");
    sql.append(" limit :limit");
    params.put("limit", limit);
    return new Query(sql.toString(), params);
  }

  private static void scope(
      StringBuilder sql,
      Map<String, Object> params,
      CaseQuery.View view,
      @Nullable String officer,
      @Nullable Long unitId) {
    switch (view) {
      case MINE -> {
        sql.append(" and officer = :officer and ").append(NOT_FINAL);
        params.put("officer", officer);
      }
      case UNIT -> {
        sql.append(" and unit_id = :unit and ").append(NOT_FINAL);
        params.put("unit", unitId);
      }
      case UNASSIGNED -> {
        sql.append(" and status = 'RECEIVED' and officer is null");
        if (unitId != null) {
          sql.append(" and unit_id = :unit");
          params.put("unit", unitId);
        }
      }
      case ALL -> {}
    }
  }

  /** Narrows to the caller's reach: assigned to or filed by them, or of their unit. */
  private static void reach(
      StringBuilder sql, Map<String, Object> params, CaseReach.@Nullable ListScope reach) {
    if (reach == null) {
      return;
    }
    sql.append(" and (officer = :reachUser or filed_by = :reachUser");
    params.put("reachUser", reach.username());
    if (reach.unitId() != null) {
      sql.append(" or unit_id = :reachUnit");
      params.put("reachUnit", reach.unitId());
    }
    sql.append(")");
  }

  private static void filter(StringBuilder sql, Map<String, Object> params, Filter filter) {
    if (!filter.statuses().isEmpty()) {
      sql.append(" and status in (:statuses)");
      params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
    }
    if (filter.service() != null) {
      sql.append(" and service_code = :service");
      params.put("service", filter.service().value());
    }
    if (filter.channel() != null) {
      sql.append(" and channel = :channel");
      params.put("channel", filter.channel().name());
    }
    if (filter.dueFrom() != null) {
      sql.append(" and due_date >= :dueFrom");
      params.put("dueFrom", filter.dueFrom());
    }
    if (filter.dueBy() != null) {
      sql.append(" and ").append(DUE_KEY).append(" <= :dueBy");
      params.put("dueBy", filter.dueBy());
    }
  }

  private static @Nullable String key(Sort sort) {
    return switch (sort) {
      case DUE -> DUE_KEY;
      case RECEIVED -> "received_on";
      case NUMBER -> null;
    };
  }

  /** A row as read, before the overdue mark. */
  record Row(
      CaseNumber number,
      @Nullable String serviceCode,
      @Nullable Integer serviceVersion,
      Channel channel,
      CaseStatus status,
      LocalDate receivedOn,
      @Nullable LocalDate dueDate,
      @Nullable String officer,
      long unitId) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        new CaseNumber(rs.getString("number")),
        rs.getString("service_code"),
        rs.getObject("service_version", Integer.class),
        Channel.valueOf(rs.getString("channel")),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getObject("received_on", LocalDate.class),
        rs.getObject("due_date", LocalDate.class),
        rs.getString("officer"),
        rs.getLong("unit_id"));
  }
}
