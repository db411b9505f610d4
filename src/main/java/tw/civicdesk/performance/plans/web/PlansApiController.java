// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * {@code GET /api/v1/plans?agency={code}&year={yyyy}}: an agency's service-quality plan with its
 * tree and each indicator's target, direction, provider, actual and whether it is met. Public for a
 * plan that is published (or in execution, or closed); staff within reach (the agency's own, a
 * supervising agency's quality officer) also read drafts. Anything else is 404 like an agency
 * without a plan.
 */
@RestController
@Tag(name = "plans")
class PlansApiController {

  private final Plans plans;
  private final PlanViews views;
  private final Clock clock;

  PlansApiController(Plans plans, PlanViews views, Clock clock) {
    this.plans = plans;
    this.views = views;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/plans", produces = "application/json")
  @Operation(
      operationId = "getPlan",
      summary =
          "An agency's service-quality plan for a year,"
              + " with its tree of dimensions, items, indicators or key points, and practices",
      description =
          "Each practice lists its `indicators`, each an object with the keys `name`, `target`"
              + " (the value aimed at, or null), `direction` (`higher` or `lower`: which way is"
              + " better), `provider` (the code of the provider that computes it from the work,"
              + " e.g. `figures.on-time-rate`; null when it is entered by hand by the units,"
              + " also while the code it names is not installed), `actual` (for the plan's"
              + " year: from 1 January to today, or the whole year once it is over; a"
              + " hand-entered one's last reported value; null while there is none) and `met`"
              + " (whether the actual reaches the target in its direction; null without a"
              + " target or an actual); `id` and `measure` (e.g. `%`) stand beside them.")
  @ApiResponse(responseCode = "200", description = "The plan")
  @ApiResponse(responseCode = "404", description = "No plan of that agency and year within reach")
  @ApiResponse(responseCode = "422", description = "A missing or malformed parameter")
  PlanView plan(
      @AuthenticationPrincipal @Nullable StaffPrincipal viewer,
      @Parameter(description = "Agency code, e.g. YILAN-JIAOXI") @RequestParam(required = false)
          @Nullable String agency,
      @Parameter(description = "Year, yyyy (default: this year)") @RequestParam(required = false)
          @Nullable String year,
      @Parameter(description = "PLAN (default) or TEMPLATE, a county's template")
          @RequestParam(required = false)
          @Nullable String kind,
      Locale locale) {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (agency == null || agency.isBlank()) {
      problems.add(new FieldProblem("agency", "performance.api.error.agency", List.of()));
    }
    int y = LocalDate.now(clock).getYear();
    if (year != null && !year.isBlank()) {
      if (!year.matches("\\d{4}")) {
        problems.add(new FieldProblem("year", "performance.api.error.year", List.of()));
      } else {
        y = Integer.parseInt(year);
      }
    }
    PlanKind k = PlanKind.PLAN;
    if (kind != null && !kind.isBlank()) {
      try {
        k = PlanKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "performance.api.error.kind", List.of()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    Plan plan =
        plans
            .find(viewer, agency.strip(), y, k)
            .orElseThrow(() -> new NotFoundException("performance.plan.not-found"));
    return views.of(plan, viewer, locale);
  }
}
