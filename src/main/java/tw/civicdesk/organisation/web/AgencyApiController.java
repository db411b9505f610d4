// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.api.TextView;

/** Public JSON API of agencies: {@code GET /api/v1/agencies} and one agency's profile. */
@RestController
@RequestMapping(path = "/api/v1/agencies", produces = "application/json")
@Tag(name = "agencies")
@SecurityRequirements
class AgencyApiController {

  private final Organisation organisation;

  AgencyApiController(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Every agency, parents before their children. */
  @GetMapping
  @Operation(
      operationId = "listAgencies",
      summary = "List all agencies",
      description = "Every agency with its bilingual name and supervising agency; public.")
  @ApiResponse(responseCode = "200", description = "The agencies")
  @ApiResponse(responseCode = "400", description = "Malformed request")
  List<AgencySummary> list() {
    return organisation.agencies().stream().map(AgencySummary::of).toList();
  }

  /** One agency's public profile; 404 problem when the code is unknown. */
  @GetMapping("/{code}")
  @Operation(
      operationId = "getAgency",
      summary = "Get one agency's public profile",
      description = "Address, phone and opening hours of one agency; public.")
  @ApiResponse(responseCode = "200", description = "The agency")
  @ApiResponse(responseCode = "404", description = "No agency has this code")
  AgencyProfile get(@PathVariable String code) {
    if (!AgencyCode.isValid(code)) {
      throw new AgencyNotFoundException();
    }
    return organisation
        .agency(AgencyCode.of(code))
        .map(AgencyProfile::of)
        .orElseThrow(AgencyNotFoundException::new);
  }

  /** One row of the agency list. */
  record AgencySummary(String code, TextView name, @Nullable String parentCode, String type) {
    static AgencySummary of(Agency a) {
      return new AgencySummary(
          a.code().value(),
          TextView.of(a.name()),
          a.parentCode() == null ? null : a.parentCode().value(),
          a.type().name());
    }
  }

  /** An agency's public profile. */
  record AgencyProfile(
      String code,
      TextView name,
      @Nullable String parentCode,
      String type,
      TextView address,
      String phone,
      TextView openingHours) {
    static AgencyProfile of(Agency a) {
      return new AgencyProfile(
          a.code().value(),
          TextView.of(a.name()),
          a.parentCode() == null ? null : a.parentCode().value(),
          a.type().name(),
          TextView.of(a.address()),
          a.phone(),
          TextView.of(a.openingHours()));
    }
  }
}
