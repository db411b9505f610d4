// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.evaluation.OverviewIndicators;
import tw.civicdesk.performance.evaluation.PerformanceOverview;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * {@code /console/performance/overview?year=}: a supervising agency's quality officer sees the
 * agencies below side by side — plan and status, practices reported, accepted and not reported in
 * the latest period, self-assessment, review and last year's totals, and then each agency's
 * computed indicators side by side (value, target, met; {@link OverviewIndicators}). The years that
 * have plans are offered to choose from; the year defaults to the latest of them (this year when
 * there is none); a malformed year is a field error with status 400. Others get "forbidden".
 */
@Controller
class OverviewController {

  static final String VIEW = "evaluation/overview";

  private final PerformanceOverview overview;
  private final OverviewIndicators indicators;
  private final MessageSource messages;
  private final Clock clock;

  OverviewController(
      PerformanceOverview overview,
      OverviewIndicators indicators,
      MessageSource messages,
      Clock clock) {
    this.overview = overview;
    this.indicators = indicators;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/console/performance/overview")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(name = "year", required = false) @Nullable String year,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!overview.available(staff)) {
      throw new ForbiddenException("evaluation.error.forbidden");
    }
    List<Integer> years = overview.years(staff);
    String latest = String.valueOf(years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0));
    model.addAttribute("years", years);
    model.addAttribute("year", year == null ? latest : year);
    Integer parsed = parse(year == null ? latest : year);
    if (parsed == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "errors",
          Map.of("year", messages.getMessage("evaluation.overview.error.year", null, locale)));
      model.addAttribute("rows", List.of());
      model.addAttribute("indicators", indicators.of(List.of()));
      return VIEW;
    }
    model.addAttribute("errors", Map.of());
    model.addAttribute("shownYear", parsed);
    List<PerformanceOverview.Row> rows = overview.of(staff, parsed);
    model.addAttribute("rows", rows.stream().map(OverviewRow::of).toList());
    model.addAttribute("indicators", indicators.of(rows));
    return VIEW;
  }

  private static @Nullable Integer parse(String year) {
    String y = year.strip();
    return y.matches("\\d{4}") && Integer.parseInt(y) >= 1990 && Integer.parseInt(y) <= 2200
        ? Integer.parseInt(y)
        : null;
  }
}
