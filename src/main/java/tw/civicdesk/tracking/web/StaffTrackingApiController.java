// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.tracking.StaffLookup;

/**
 * The staff look-up on the JSON API (HTTP Basic or the console session): a case by its number
 * alone, within the caller's reach (own agency and the agencies below it); audited like the console
 * page. Outside the reach is 404 exactly like an unknown number.
 */
@RestController
@Tag(name = "tracking")
class StaffTrackingApiController {

  private final StaffLookup lookup;
  private final MessageSource messages;
  private final Clock clock;

  StaffTrackingApiController(StaffLookup lookup, MessageSource messages, Clock clock) {
    this.lookup = lookup;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/staff/tracking/{caseNumber}", produces = "application/json")
  @Operation(
      operationId = "lookUpCaseForStaff",
      summary = "Look a case up by number (staff)",
      description =
          "The citizen's public view of the case plus internal details: agency, unit,"
              + " officer, kind, channel, links, child cases and the history with actors and internal"
              + " notes. No personal data but the masked name. Cases of the caller's agency and the"
              + " agencies below it; every answer 200 is recorded in the audit log.")
  @ApiResponse(responseCode = "200", description = "The case")
  @ApiResponse(responseCode = "401", description = "Not signed in")
  @ApiResponse(
      responseCode = "404",
      description = "No such case within your reach (unknown and out of reach alike)")
  @ApiResponse(responseCode = "422", description = "Not a case number")
  StaffTrackingView lookUp(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = "Case number, e.g. YILAN-JIAOXI-20260213-00042") @PathVariable
          String caseNumber,
      Locale locale) {
    return StaffTrackingView.of(lookup.lookUp(staff, caseNumber), messages, locale, clock);
  }
}
