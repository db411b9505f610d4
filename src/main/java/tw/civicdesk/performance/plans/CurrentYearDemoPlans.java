// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.time.LocalDate;
import java.time.MonthDay;
import tw.civicdesk.performance.plans.DemoPlansLoader.DemoPlan;

/**
 * This year's plan of a demo agency, derived from its seed plan (ADR 0058): the seed plans are of
 * 2008–2017 while the demo's work (cases, surveys, petitions, FAQ views) is dated this year, so
 * only a plan of this year shows computed indicators. The derived plan keeps the seed's tree,
 * practices, units, indicators and targets, its basis letters and sections; its title carries this
 * year's ROC year; each dated deadline falls on the same day of this year; it cites no template
 * (the county issued none for this year) and no approval reference; its history is dated 2 January
 * of this year, or today when that is earlier.
 */
final class CurrentYearDemoPlans {

  /** The offset between the Gregorian and the ROC (民國) year. */
  static final int ROC_OFFSET = 1911;

  private CurrentYearDemoPlans() {}

  /** This year's plan derived from {@code seed}, an agency's plan; {@code today} fixes the year. */
  static DemoPlan of(DemoPlan seed, LocalDate today) {
    int year = today.getYear();
    LocalDate second = LocalDate.of(year, 1, 2);
    return new DemoPlan(
        seed.agency(),
        year,
        PlanKind.PLAN,
        title(seed.title(), seed.year(), year),
        seed.frameworkCode(),
        second.isAfter(today) ? today : second,
        null,
        null,
        false,
        content(seed.content(), year));
  }

  /**
   * The seed's title with this year's ROC year in place of the seed's (106年度 → 115年度); a title
   * without the seed's year gets this year's in front ({@code 115年度…}).
   */
  static String title(String seedTitle, int seedYear, int year) {
    String from = (seedYear - ROC_OFFSET) + "年";
    String to = (year - ROC_OFFSET) + "年";
    int at = seedTitle.indexOf(from);
    if (at < 0) {
      return to + "度" + seedTitle;
    }
    return seedTitle.substring(0, at) + to + seedTitle.substring(at + from.length());
  }

  private static PlanContent content(PlanContent seed, int year) {
    return new PlanContent(
        seed.basis(),
        seed.goals(),
        seed.scope(),
        seed.levels(),
        seed.nodes().stream().map(n -> node(n, year)).toList(),
        seed.sections());
  }

  private static PlanNode node(PlanNode n, int year) {
    return new PlanNode(
        n.id(),
        n.kind(),
        n.title(),
        n.frameworkPath(),
        n.points(),
        n.note(),
        n.children().stream().map(c -> node(c, year)).toList(),
        n.practices().stream()
            .map(
                p ->
                    new Practice(
                        p.id(),
                        p.text(),
                        deadline(p.deadline(), year),
                        p.units(),
                        p.outcome(),
                        p.indicators()))
            .toList());
  }

  /**
   * A dated deadline on the same day of {@code year} (29 February on the 28th); others as they are.
   */
  static Deadline deadline(Deadline d, int year) {
    LocalDate date = d.date();
    if (date == null) {
      return d;
    }
    return Deadline.on(MonthDay.from(date).atYear(year));
  }
}
