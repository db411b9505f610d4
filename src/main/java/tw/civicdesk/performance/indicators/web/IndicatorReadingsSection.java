// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.indicators.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanPageSection;

/**
 * The indicators' part of a plan's page: each indicator with target, trend, actual and whether it
 * is met ({@link Indicators}), shown by {@code indicators/readings.html}.
 */
@Component
class IndicatorReadingsSection implements PlanPageSection {

  private final Indicators indicators;

  IndicatorReadingsSection(Indicators indicators) {
    this.indicators = indicators;
  }

  @Override
  public void describe(Plan plan, Model model) {
    model.addAttribute("readings", indicators.readingsOf(plan));
  }
}
