// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.dashboard.Dashboard;
import tw.civicdesk.dashboard.FiguresTable;
import tw.civicdesk.dashboard.Grouping;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The console dashboard ({@code GET /console/dashboard}): due soon and overdue (own agency only),
 * the figures with their charts and tables, and a link to the same figures as CSV on the staff API.
 * A malformed parameter is shown next to its field, with status 400, and no figures.
 */
@Controller
class DashboardController {

  static final String VIEW = "dashboard/dashboard";
  static final String CSV = "/api/v1/staff/figures.csv";

  private final Dashboard dashboard;
  private final Clock clock;

  DashboardController(Dashboard dashboard, Clock clock) {
    this.dashboard = dashboard;
    this.clock = clock;
  }

  @GetMapping("/console/dashboard")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") DashboardForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    AgencyCode agency = dashboard.agencyFor(staff, form.getAgency());
    form.setAgency(agency.value());
    model.addAttribute("agencies", dashboard.agencyChoices(staff));
    model.addAttribute("ownAgency", agency.equals(staff.agencyCode()));
    if (agency.equals(staff.agencyCode())) {
      model.addAttribute("due", dashboard.dueLists(staff));
    }
    if (!Dashboard.seesFigures(staff)) {
      return VIEW;
    }
    List<Grouping> groupings = dashboard.groupings(staff, agency);
    model.addAttribute("groupings", groupings);
    Optional<DashboardParams.Parsed> parsed =
        DashboardParams.parse(agency, form, groupings, result, clock);
    if (parsed.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    FiguresTable table = dashboard.figures(staff, parsed.get().query(), parsed.get().grouping());
    model.addAttribute("table", table);
    model.addAttribute("csvUrl", csvUrl(table.query()));
    return VIEW;
  }

  /** The same figures on the staff API, as CSV (the session signs the download in). */
  static String csvUrl(FiguresQuery q) {
    UriComponentsBuilder url =
        UriComponentsBuilder.fromPath(CSV)
            .queryParam("agency", q.agency().value())
            .queryParam("from", q.from().toString())
            .queryParam("to", q.to().toString())
            .queryParam(
                "by",
                String.join(
                    ",",
                    q.by().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).sorted().toList()));
    if (q.withDescendants()) {
      url.queryParam("descendants", "true");
    }
    if (q.unitId() != null) {
      url.queryParam("unit", q.unitId());
    }
    return url.build().encode().toUriString();
  }
}
