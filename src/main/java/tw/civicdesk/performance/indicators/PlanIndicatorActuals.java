// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.civicdesk.performance.plans.IndicatorActuals;
import tw.civicdesk.performance.plans.Plan;

/**
 * The plans' {@link IndicatorActuals}, from {@link Indicators#readingsOf(Plan)}: the actual of each
 * indicator for the plan's year, from 1 January to today or the whole year once it is over.
 */
@Component
class PlanIndicatorActuals implements IndicatorActuals {

  private final Indicators indicators;

  PlanIndicatorActuals(Indicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public Map<String, Actual> of(Plan plan) {
    Map<String, Actual> actuals = new LinkedHashMap<>();
    for (Indicators.Reading r : indicators.readingsOf(plan)) {
      actuals.put(
          r.indicator().id(),
          new Actual(r.computed() ? r.indicator().provider() : null, r.actual(), r.met()));
    }
    return actuals;
  }
}
