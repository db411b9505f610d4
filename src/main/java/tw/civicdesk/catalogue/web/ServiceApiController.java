// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.web.ServiceViews.ServiceDetail;
import tw.civicdesk.catalogue.web.ServiceViews.ServiceListPage;

/** Public JSON API of the service catalogue: published versions only, both languages. */
@RestController
@RequestMapping(path = "/api/v1/services", produces = "application/json")
@Tag(name = "services")
@SecurityRequirements
class ServiceApiController {

  private final Catalogue catalogue;
  private final FilterParser filters;

  ServiceApiController(Catalogue catalogue, FilterParser filters) {
    this.catalogue = catalogue;
    this.filters = filters;
  }

  @GetMapping
  @Operation(
      operationId = "listServices",
      summary = "List published services",
      description =
          "Published services, ordered by agency and name, in pages; filter by agency,"
              + " unit, category and channel.")
  @ApiResponse(responseCode = "200", description = "One page of services")
  @ApiResponse(responseCode = "400", description = "A negative page, or a size outside 1-100")
  @ApiResponse(responseCode = "422", description = "A filter value is malformed")
  ServiceListPage list(
      @Parameter(description = "Agency code") @RequestParam(required = false)
          @Nullable String agency,
      @Parameter(description = "Unit id") @RequestParam(required = false) @Nullable Long unit,
      @Parameter(description = "Category, e.g. SOCIAL_WELFARE") @RequestParam(required = false)
          @Nullable String category,
      @Parameter(description = "COUNTER, ONLINE, PHONE or MAIL") @RequestParam(required = false)
          @Nullable String channel,
      @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Page size, 1-100") @RequestParam(defaultValue = "20") int size) {
    ServiceFilter filter = filters.parse(agency, unit, category, channel, page, size);
    return ServiceListPage.of(catalogue.published(filter));
  }

  @GetMapping("/{code}")
  @Operation(
      operationId = "getService",
      summary = "Get one published service",
      description =
          "The current published version of a service with steps, documents, forms,"
              + " fee, channels, time limit and the fields of its online application form (name,"
              + " type, required, label and, for CHOICE fields, the choices).")
  @ApiResponse(responseCode = "200", description = "The service")
  @ApiResponse(responseCode = "404", description = "No published service has this code")
  ServiceDetail get(@PathVariable String code) {
    if (!ServiceCode.isValid(code)) {
      throw new ServiceNotFound();
    }
    return catalogue
        .published(ServiceCode.of(code))
        .map(ServiceDetail::of)
        .orElseThrow(ServiceNotFound::new);
  }
}
