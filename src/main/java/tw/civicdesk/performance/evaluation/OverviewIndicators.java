// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.performance.indicators.Indicators.Reading;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The computed indicators of the overview's agencies side by side (績效總覽): for each agency's plan of
 * the year, each indicator a provider computes from the work, with its actual for the year so far
 * ({@link Indicators}), its target and whether it is met. Hand-entered indicators are left out:
 * they differ from plan to plan. Aggregates only, as the rest of the overview.
 */
@Service
public class OverviewIndicators {

  private final Indicators indicators;

  OverviewIndicators(Indicators indicators) {
    this.indicators = indicators;
  }

  /** A column: one provider's indicator, named and measured as the provider says. */
  public record Column(String code, BilingualText name, String measure) {}

  /**
   * One agency's figure in a column.
   *
   * @param value the actual for the plan's year so far, {@code null} while there is none
   * @param target the agency's plan's target, {@code null} when it sets none
   * @param met whether the value reaches the target; {@code null} without either
   */
  public record Figure(
      @Nullable BigDecimal value, @Nullable BigDecimal target, @Nullable Boolean met) {}

  /**
   * The columns, in order of first appearance over the rows, and each agency's figures by agency
   * code and provider code; where a plan has one provider twice, its first indicator counts.
   */
  public record Table(List<Column> columns, Map<String, Map<String, Figure>> figures) {

    /**
     * The figure of {@code agency} in column {@code code}, {@code null} where its plan has none.
     */
    public @Nullable Figure figure(String agency, String code) {
      return figures.getOrDefault(agency, Map.of()).get(code);
    }
  }

  /** The computed indicators of the rows' plans; rows without a plan have no figures. */
  @Transactional(readOnly = true)
  public Table of(List<PerformanceOverview.Row> rows) {
    Map<String, Column> columns = new LinkedHashMap<>();
    Map<String, Map<String, Figure>> figures = new HashMap<>();
    for (PerformanceOverview.Row row : rows) {
      if (row.plan() == null) {
        continue;
      }
      Map<String, Figure> mine = new LinkedHashMap<>();
      for (Reading r : indicators.readingsOf(row.plan())) {
        String code = r.indicator().provider();
        if (!r.computed() || code == null || mine.containsKey(code)) {
          continue;
        }
        IndicatorProvider provider = indicators.provider(code).orElseThrow();
        columns.putIfAbsent(code, new Column(code, provider.name(), provider.measure()));
        mine.put(code, new Figure(r.actual(), r.indicator().target(), r.met()));
      }
      figures.put(row.agency().code().value(), mine);
    }
    return new Table(List.copyOf(columns.values()), figures);
  }
}
