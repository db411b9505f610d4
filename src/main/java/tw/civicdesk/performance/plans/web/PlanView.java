// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.IndicatorActuals;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.performance.plans.PlanContent.Section;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/**
 * A plan on the JSON API ({@code GET /api/v1/plans}): the plan's facts and its tree. Each node has
 * its {@code kind}, {@code title}, {@code points} where it has them, its {@code children} and its
 * {@code practices}; each practice its {@code text}, {@code deadline} ({@code {"date": …}} or
 * {@code {"recurring": "ONGOING" | "AS_NEEDED"}}), {@code units} (the units' names as the plan
 * gives them; {@code unitCodes} beside them) and {@code indicators} ({@link IndicatorView}: name,
 * target, direction, provider, actual, met). Plans hold no personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PlanView(
    long id,
    String agency,
    String agencyName,
    int year,
    String kind,
    String title,
    String status,
    int revision,
    @Nullable String framework,
    @Nullable TemplateRef template,
    @Nullable Instant approvedAt,
    @Nullable Instant publishedAt,
    List<BasisLetter> basis,
    List<String> goals,
    List<String> scope,
    List<String> levels,
    List<NodeView> tree,
    List<Section> sections) {

  /** The template a plan was derived from. */
  record TemplateRef(long id, String agency, int year, String title) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NodeView(
      String id,
      String kind,
      String title,
      @Nullable Integer points,
      @Nullable String frameworkPath,
      @Nullable String note,
      List<NodeView> children,
      List<PracticeView> practices) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PracticeView(
      String id,
      String text,
      Deadline deadline,
      List<String> units,
      List<String> unitCodes,
      @Nullable String outcome,
      List<IndicatorView> indicators) {}

  /**
   * An indicator of a practice with its standing. The six keys {@code name}, {@code target}, {@code
   * direction} ({@code "higher"} or {@code "lower"}: which way is better), {@code provider} (the
   * code of the provider that computes it, {@code null} when it is entered by hand), {@code actual}
   * (for the plan's year: from 1 January to today, or the whole year once it is over; {@code null}
   * while there is none) and {@code met} ({@code null} without a target or an actual) are always
   * present; {@code id} and {@code measure} stand beside them.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record IndicatorView(
      String id,
      String name,
      @Nullable String measure,
      @Nullable BigDecimal target,
      String direction,
      @Nullable String provider,
      @Nullable BigDecimal actual,
      @Nullable Boolean met) {

    static IndicatorView of(IndicatorTarget indicator, IndicatorActuals.@Nullable Actual actual) {
      return new IndicatorView(
          indicator.id(),
          indicator.name(),
          indicator.measure(),
          indicator.target(),
          indicator.higherIsBetter() ? "higher" : "lower",
          actual == null ? null : actual.provider(),
          actual == null ? null : actual.actual(),
          actual == null ? null : actual.met());
    }
  }

  /**
   * The view of {@code plan}; {@code unitNames} maps the agency's unit codes (and {@link
   * Practice#ALL_UNITS}) to the names shown; {@code actuals} the standing of each indicator by id.
   */
  static PlanView of(
      Plan plan,
      String agencyName,
      @Nullable TemplateRef template,
      Map<String, String> unitNames,
      Map<String, IndicatorActuals.Actual> actuals) {
    return new PlanView(
        plan.id(),
        plan.agencyCode(),
        agencyName,
        plan.year(),
        plan.kind().name(),
        plan.title(),
        plan.status().name(),
        plan.revision(),
        plan.frameworkCode(),
        template,
        plan.approvedAt(),
        plan.publishedAt(),
        plan.content().basis(),
        plan.content().goals(),
        plan.content().scope(),
        plan.content().levels(),
        plan.content().nodes().stream().map(n -> node(n, unitNames, actuals)).toList(),
        plan.content().sections());
  }

  private static NodeView node(
      PlanNode n, Map<String, String> unitNames, Map<String, IndicatorActuals.Actual> actuals) {
    return new NodeView(
        n.id(),
        n.kind().name(),
        n.title(),
        n.points(),
        n.frameworkPath(),
        n.note(),
        n.children().stream().map(c -> node(c, unitNames, actuals)).toList(),
        n.practices().stream()
            .map(
                p ->
                    new PracticeView(
                        p.id(),
                        p.text(),
                        p.deadline(),
                        p.units().stream().map(u -> unitNames.getOrDefault(u, u)).toList(),
                        p.units(),
                        p.outcome(),
                        p.indicators().stream()
                            .map(i -> IndicatorView.of(i, actuals.get(i.id())))
                            .toList()))
            .toList());
  }
}
