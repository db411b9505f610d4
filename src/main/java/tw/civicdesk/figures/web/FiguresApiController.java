// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.figures.Figures;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.api.TextView;

/**
 * The figures on the staff API, as JSON and as CSV: aggregates only, no personal data. Quality
 * officers, agency administrators and unit heads (their own unit) of the agency; a quality officer
 * also for the agencies below. Anything else is 404 like an unknown agency.
 */
@RestController
@Tag(name = "figures")
class FiguresApiController {
  private static final String PARAMETERS =
      "Parameters: agency (default: your own), from and to"
          + " (yyyy-MM; default January of this year to this month; at most 120 months), by"
          + " (comma-separated: agency, unit, service, channel, kind, month), unit (a unit id),"
          + " descendants (true: the agencies below too). Definitions, what counts and which month"
          + " each figure counts in: docs/figures.md.";

  private final Figures figures;
  private final Organisation organisation;
  private final Clock clock;

  FiguresApiController(Figures figures, Organisation organisation, Clock clock) {
    this.figures = figures;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/staff/figures", produces = "application/json")
  @Operation(
      operationId = "getFigures",
      summary =
          "Figures: on-time rate, decided, closed,"
              + " extended, working days, open and overdue (staff)",
      description = PARAMETERS)
  @ApiResponse(responseCode = "200", description = "One row per group")
  @ApiResponse(responseCode = "401", description = "Not signed in")
  @ApiResponse(responseCode = "403", description = "Your roles do not include reading figures")
  @ApiResponse(responseCode = "404", description = "No such agency or unit within your reach")
  @ApiResponse(responseCode = "422", description = "A malformed parameter, named in the problem")
  FiguresView json(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = "Agency code") @RequestParam(required = false)
          @Nullable String agency,
      @Parameter(description = "First month, yyyy-MM") @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "Last month, yyyy-MM") @RequestParam(required = false)
          @Nullable String to,
      @Parameter(description = "Group by, e.g. unit,month") @RequestParam(required = false)
          @Nullable String by,
      @Parameter(description = "Unit id") @RequestParam(required = false) @Nullable String unit,
      @Parameter(description = "Include the agencies below") @RequestParam(defaultValue = "false")
          boolean descendants) {
    return view(staff, new FiguresRequest(agency, from, to, by, unit, descendants));
  }

  @GetMapping(path = "/api/v1/staff/figures.csv", produces = "text/csv")
  @Operation(
      operationId = "getFiguresCsv",
      summary = "The same figures as CSV (staff)",
      description =
          PARAMETERS
              + " UTF-8 with a byte-order mark; header of stable column codes;"
              + " unit names in the request's language (Accept-Language).")
  @ApiResponse(
      responseCode = "200",
      description = "CSV, one line per group",
      content = @Content(mediaType = "text/csv"))
  @ApiResponse(responseCode = "404", description = "No such agency or unit within your reach")
  @ApiResponse(responseCode = "422", description = "A malformed parameter, named in the problem")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String by,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(defaultValue = "false") boolean descendants,
      Locale locale) {
    FiguresView view = view(staff, new FiguresRequest(agency, from, to, by, unit, descendants));
    String name = "figures-" + view.agency() + "-" + view.from() + "-" + view.to() + ".csv";
    return FiguresCsv.write(view, locale).download(name);
  }

  private FiguresView view(StaffPrincipal staff, FiguresRequest request) {
    FiguresQuery query = figures.scoped(staff, request.toQuery(staff, clock));
    LocalDate today = LocalDate.now(clock);
    Map<Long, TextView> unitNames = new HashMap<>();
    figures
        .agenciesOf(query)
        .forEach(
            a -> organisation.units(a).forEach(u -> unitNames.put(u.id(), TextView.of(u.name()))));
    return FiguresView.of(query, today, figures.figures(query, today), unitNames);
  }
}
