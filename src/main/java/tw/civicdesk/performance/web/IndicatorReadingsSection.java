// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.performance.Indicators;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanPageSection;

/** The plan page's indicators: each with target, actual and trend ({@link Indicators}). */
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
