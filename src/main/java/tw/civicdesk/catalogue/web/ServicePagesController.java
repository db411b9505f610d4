// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.ServiceCategory;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServicePage;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.search.SearchIndex;

/**
 * The public catalogue: browse by agency, category and channel ({@code channel=ONLINE} lists the
 * services one can apply for online), search, and one service's page. The list's count is the
 * number of services matching on all pages, not the number on the page shown.
 */
@Controller
class ServicePagesController {

  static final String LIST = "catalogue/services";
  static final String DETAIL = "catalogue/service";

  /** Services on one page of the list. */
  static final int PAGE_SIZE = 50;

  /**
   * The longest search query, in characters; a longer one answers the page with status 400 and the
   * error at the search box, searching nothing (ADR 0027).
   */
  static final int MAX_QUERY = 100;

  private final Catalogue catalogue;
  private final Organisation organisation;
  private final FilterParser filters;

  ServicePagesController(Catalogue catalogue, Organisation organisation, FilterParser filters) {
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.filters = filters;
  }

  @GetMapping("/services")
  String list(
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String channel,
      @RequestParam(required = false) @SingleLine @Nullable String q,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    ServiceFilter filter = filters.parse(agency, null, category, channel, page, PAGE_SIZE);
    List<Agency> agencies = organisation.agencies();
    model.addAttribute("agencies", agencies);
    model.addAttribute("categories", ServiceCategory.values());
    model.addAttribute("selectedAgency", filter.agency() == null ? "" : filter.agency().value());
    model.addAttribute(
        "selectedCategory", filter.category() == null ? "" : filter.category().name());
    model.addAttribute("selectedChannel", filter.channel() == null ? "" : filter.channel().name());
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("tooShort", false);
    if (q != null && q.strip().length() > MAX_QUERY) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("queryTooLong", MAX_QUERY);
      model.addAttribute("results", List.of());
      model.addAttribute("total", 0L);
    } else if (q != null && !q.isBlank()) {
      List<ServiceVersion> found =
          catalogue.search(q, filter.agency()).stream()
              .filter(s -> filter.channel() == null || s.content().offers(filter.channel()))
              .toList();
      model.addAttribute("tooShort", q.strip().length() < SearchIndex.MIN_QUERY_LENGTH);
      model.addAttribute("results", found);
      model.addAttribute("total", (long) found.size());
    } else {
      ServicePage results = catalogue.published(filter);
      model.addAttribute("page", results);
      model.addAttribute("results", results.items());
      model.addAttribute("total", results.total());
    }
    model.addAttribute(
        "agencyNames",
        agencies.stream()
            .collect(Collectors.toMap(a -> a.code().value(), a -> a.name().in(locale))));
    return LIST;
  }

  @GetMapping("/services/{code}")
  String detail(@PathVariable String code, Model model, Locale locale) {
    ServiceVersion service = published(code);
    ServiceModel.fill(model, service, organisation, locale);
    return DETAIL;
  }

  @GetMapping("/services/{code}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId) {
    if (!ServiceCode.isValid(code)) {
      throw new ServiceNotFound();
    }
    return Downloads.attachment(catalogue.publishedFile(ServiceCode.of(code), fileId));
  }

  private ServiceVersion published(String code) {
    if (!ServiceCode.isValid(code)) {
      throw new ServiceNotFound();
    }
    return catalogue.published(ServiceCode.of(code)).orElseThrow(ServiceNotFound::new);
  }

  /** Units of an agency by id, for showing a service's owning unit. */
  static Map<Long, Unit> unitsById(Organisation organisation, Agency agency) {
    return organisation.units(agency.code()).stream()
        .collect(Collectors.toMap(Unit::id, Function.identity()));
  }
}
