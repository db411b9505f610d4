// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.Percent;
import tw.civicdesk.proposals.ProposalViews.FigureRow;

/**
 * The proposal figures of an agency — submitted, decided, adopted (wholly or in part), implemented,
 * and the savings claimed (hours, NT$, documents a year, as the proposals submitted state them) —
 * by proposing unit (citizens' proposals on a row of their own) and year, and the three plan
 * indicators computed from the same rows:
 *
 * <ul>
 *   <li>{@code proposals.count}: proposals submitted in the span;
 *   <li>{@code proposals.adoption-rate}: of the proposals decided in the span, % adopted or adopted
 *       in part (empty when none was decided);
 *   <li>{@code proposals.implemented-share}: of the proposals adopted (wholly or in part) and
 *       decided in the span, % implemented on or before the span's last day (empty when none).
 * </ul>
 *
 * Percentages are rounded half up to one decimal ({@link Percent}).
 */
@Service
public class ProposalFigures {

  private static final String ADOPTED = "('ADOPTED', 'ADOPTED_IN_PART')";

  private final JdbcClient jdbc;
  private final ProposalAccess access;

  ProposalFigures(JdbcClient jdbc, ProposalAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /** Proposals submitted to {@code agency} from {@code from} to {@code to}, both included. */
  @Transactional(readOnly = true)
  public long count(AgencyCode agency, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) from proposal where agency_code = ? and submitted_on between ? and ?")
        .params(agency.value(), from, to)
        .query(Long.class)
        .single();
  }

  /** Of the proposals decided in the span, % adopted wholly or in part; empty with none. */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> adoptionRate(AgencyCode agency, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) filter (where decision in "
                + ADOPTED
                + ") as part, count(*) as whole from proposal"
                + " where agency_code = ? and decided_on between ? and ?")
        .params(agency.value(), from, to)
        .query((rs, n) -> Percent.of(rs.getLong("part"), rs.getLong("whole")))
        .single();
  }

  /**
   * Of the proposals adopted and decided in the span, % implemented by its end; empty with none.
   */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> implementedShare(AgencyCode agency, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select count(*) filter (where implemented_on <= :to) as part, count(*) as whole"
                + " from proposal where agency_code = :agency and decision in "
                + ADOPTED
                + " and decided_on between :from and :to")
        .param("agency", agency.value())
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> Percent.of(rs.getLong("part"), rs.getLong("whole")))
        .single();
  }

  /**
   * The figures of {@code year} by proposing unit, for the agency's staff: submitted and savings by
   * the day submitted, decided and adopted by the day decided, implemented of those adopted by the
   * year's end; the last row (unit {@code null}) holds the citizens' proposals, when any.
   */
  @Transactional(readOnly = true)
  public List<FigureRow> byUnit(StaffPrincipal viewer, AgencyCode agency, int year) {
    access.requireReader(viewer, agency);
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    Map<@Nullable Long, FigureRow> rows = new LinkedHashMap<>();
    submitted(agency, from, to, rows);
    decided(agency, from, to, rows);
    List<FigureRow> sorted = new ArrayList<>();
    rows.forEach(
        (unit, row) -> {
          if (unit != null) {
            sorted.add(row);
          }
        });
    sorted.sort(java.util.Comparator.comparing(r -> r.unitId()));
    if (rows.containsKey(null)) {
      sorted.add(rows.get(null));
    }
    return sorted;
  }

  private void submitted(
      AgencyCode agency, LocalDate from, LocalDate to, Map<@Nullable Long, FigureRow> rows) {
    jdbc.sql(
            """
            select unit_id, count(*) as n, coalesce(sum(hours_saved), 0) as hours,
                   coalesce(sum(money_saved), 0) as money,
                   coalesce(sum(documents_saved), 0) as documents
              from proposal where agency_code = ? and submitted_on between ? and ?
             group by unit_id
            """)
        .params(agency.value(), from, to)
        .query(
            (rs, n) -> {
              Long unit = rs.getObject("unit_id", Long.class);
              return rows.put(
                  unit,
                  new FigureRow(
                      unit,
                      rs.getLong("n"),
                      0,
                      0,
                      0,
                      rs.getBigDecimal("hours"),
                      rs.getLong("money"),
                      rs.getLong("documents")));
            })
        .list();
  }

  private void decided(
      AgencyCode agency, LocalDate from, LocalDate to, Map<@Nullable Long, FigureRow> rows) {
    jdbc.sql(
            "select unit_id, count(*) as decided,"
                + " count(*) filter (where decision in "
                + ADOPTED
                + ") as adopted,"
                + " count(*) filter (where decision in "
                + ADOPTED
                + " and implemented_on <= :to) as implemented"
                + " from proposal where agency_code = :agency and decided_on between :from and :to"
                + " group by unit_id")
        .param("agency", agency.value())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              Long unit = rs.getObject("unit_id", Long.class);
              FigureRow old =
                  rows.getOrDefault(unit, new FigureRow(unit, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0));
              return rows.put(
                  unit,
                  new FigureRow(
                      unit,
                      old.submitted(),
                      rs.getLong("decided"),
                      rs.getLong("adopted"),
                      rs.getLong("implemented"),
                      old.hours(),
                      old.money(),
                      old.documents()));
            })
        .list();
  }
}
