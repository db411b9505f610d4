// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.courtesy.CourtesyResults;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The results of a year ({@code /console/courtesy/results?year=}): by unit, by quarter, every test
 * in order (the trend) and the most common deductions, of the units the staff member may see; names
 * only where the agency allows them.
 */
@Controller
class CourtesyResultsController {

  private final CourtesyResults results;
  private final CourtesyPages pages;

  CourtesyResultsController(CourtesyResults results, CourtesyPages pages) {
    this.results = results;
    this.pages = pages;
  }

  @GetMapping("/console/courtesy/results")
  String results(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable Integer year,
      Model model) {
    int thisYear = pages.today().getYear();
    int shown = year == null || year < 2000 || year > thisYear + 1 ? thisYear : year;
    model.addAttribute("year", shown);
    model.addAttribute(
        "years",
        IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
    model.addAttribute(
        "results",
        results.results(
            staff, staff.agencyCode(), LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31)));
    return "courtesy/results";
  }
}
