// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The results of an agency's tests over a span, as {@code staff} may see them: every unit for the
 * quality officers, the panel, the agency's head and administrators, their own unit for the other
 * staff (another agency: "not found"). Who answered and who tested are left out ({@code null})
 * unless the agency's setting says names may be shown.
 */
@Service
public class CourtesyResults {

  private final CourtesyStore store;
  private final CourtesyAccess access;
  private final Organisation organisation;
  private final FollowUps followUps;

  CourtesyResults(
      CourtesyStore store, CourtesyAccess access, Organisation organisation, FollowUps followUps) {
    this.store = store;
    this.access = access;
    this.organisation = organisation;
    this.followUps = followUps;
  }

  /** A test as the results show it; the names only where the agency allows them. */
  public record Row(
      long id,
      LocalDate calledOn,
      long unitId,
      BilingualText unit,
      BigDecimal total,
      BilingualText band,
      String bandCode,
      @Nullable String answeredBy,
      @Nullable String tester) {}

  /** One unit's tests: how many, their mean and lowest total. */
  public record UnitFigures(BilingualText unit, long tests, BigDecimal mean, BigDecimal lowest) {}

  /** One quarter's tests, e.g. {@code 2026-Q2}. */
  public record Quarter(String quarter, long tests, BigDecimal mean) {}

  /** An item that lost points: how many points over how many tests that scored it. */
  public record Deduction(BilingualText item, BigDecimal lost, long tests) {}

  /** The results: tests (the trend, oldest first), by unit, by quarter, the top deductions. */
  public record Results(
      List<Row> tests,
      List<UnitFigures> units,
      List<Quarter> quarters,
      List<Deduction> deductions,
      boolean allUnits,
      boolean namesShown) {}

  /** The results of {@code agency}'s tests called from {@code from} to {@code to}. */
  @Transactional(readOnly = true)
  public Results results(StaffPrincipal staff, AgencyCode agency, LocalDate from, LocalDate to) {
    if (!staff.agencyCode().equals(agency)) {
      throw CourtesyAccess.notFound();
    }
    boolean names = followUps.rules(agency).showNames();
    Map<Long, BilingualText> units = new HashMap<>();
    organisation.units(agency).forEach((Unit u) -> units.put(u.id(), u.name()));
    List<CourtesyTest> tests =
        store.tests(agency, from, to).stream()
            .filter(t -> access.seesUnit(staff, agency, t.unitId()))
            .toList();
    Map<Long, Sheet> sheets = new HashMap<>();
    tests.forEach(t -> sheets.computeIfAbsent(t.sheetId(), id -> store.sheet(id).orElseThrow()));
    List<Row> rows = new ArrayList<>();
    for (CourtesyTest t : tests) {
      Sheet.Band band = sheets.get(t.sheetId()).content().band(t.band());
      rows.add(
          new Row(
              t.id(),
              t.calledOn(),
              t.unitId(),
              unit(units, t.unitId()),
              t.total(),
              band == null ? new BilingualText(t.band(), t.band()) : band.name(),
              t.band(),
              names && !t.answeredBy().isEmpty() ? t.answeredBy() : null,
              names ? t.tester() : null));
    }
    return new Results(
        rows,
        byUnit(rows),
        byQuarter(rows),
        deductions(tests, sheets),
        access.seesAllUnits(staff, agency),
        names);
  }

  private static BilingualText unit(Map<Long, BilingualText> units, long id) {
    return units.getOrDefault(id, new BilingualText("（已刪除的單位）", "(removed unit)"));
  }

  static List<UnitFigures> byUnit(List<Row> rows) {
    Map<Long, List<Row>> grouped = new LinkedHashMap<>();
    rows.forEach(r -> grouped.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r));
    return grouped.values().stream()
        .map(
            rs ->
                new UnitFigures(
                    rs.get(0).unit(),
                    rs.size(),
                    mean(rs),
                    rs.stream().map(Row::total).min(Comparator.naturalOrder()).orElseThrow()))
        .sorted(Comparator.comparing(UnitFigures::mean))
        .toList();
  }

  static List<Quarter> byQuarter(List<Row> rows) {
    Map<String, List<Row>> grouped = new TreeMap<>();
    rows.forEach(
        r ->
            grouped
                .computeIfAbsent(
                    r.calledOn().getYear() + "-Q" + ((r.calledOn().getMonthValue() + 2) / 3),
                    k -> new ArrayList<>())
                .add(r));
    List<Quarter> quarters = new ArrayList<>();
    grouped.forEach((q, rs) -> quarters.add(new Quarter(q, rs.size(), mean(rs))));
    return quarters;
  }

  private static BigDecimal mean(List<Row> rows) {
    BigDecimal sum = rows.stream().map(Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
  }

  /** The items that lost the most points over the tests, most first; at most ten. */
  static List<Deduction> deductions(List<CourtesyTest> tests, Map<Long, Sheet> sheets) {
    Map<String, BigDecimal> lost = new HashMap<>();
    Map<String, Long> counted = new HashMap<>();
    Map<String, BilingualText> names = new HashMap<>();
    for (CourtesyTest t : tests) {
      for (Item item : sheets.get(t.sheetId()).content().items()) {
        BigDecimal scored = t.points().get(item.code());
        if (scored != null) {
          lost.merge(item.code(), item.points().subtract(scored), BigDecimal::add);
          counted.merge(item.code(), 1L, Long::sum);
          names.put(item.code(), item.name());
        }
      }
    }
    return lost.entrySet().stream()
        .filter(e -> e.getValue().signum() > 0)
        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
        .limit(10)
        .map(
            e ->
                new Deduction(
                    names.get(e.getKey()),
                    e.getValue().setScale(1, RoundingMode.HALF_UP),
                    counted.get(e.getKey())))
        .toList();
  }
}
