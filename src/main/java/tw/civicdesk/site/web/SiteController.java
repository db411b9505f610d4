// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.performance.PlanSummaries;
import tw.civicdesk.platform.error.NotFoundException;

/** The public home page, the "your application" hub and agency profiles. */
@Controller
class SiteController {

  static final String HOME = "site/home";
  static final String AGENCY = "site/agency";
  static final String YOUR_APPLICATION = "site/your-application";

  private final Organisation organisation;
  private final Catalogue catalogue;
  private final PlanSummaries plans;

  SiteController(Organisation organisation, Catalogue catalogue, PlanSummaries plans) {
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.plans = plans;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("agencies", organisation.agencies());
    return HOME;
  }

  /** 我的申請: what someone who has applied can do, each with its own page. */
  @GetMapping("/your-application")
  String yourApplication() {
    return YOUR_APPLICATION;
  }

  @GetMapping("/agencies/{code}")
  String agency(@PathVariable String code, Model model) {
    if (!AgencyCode.isValid(code)) {
      throw new NotFoundException("organisation.agency.not-found");
    }
    var agency =
        organisation
            .agency(AgencyCode.of(code))
            .orElseThrow(() -> new NotFoundException("organisation.agency.not-found"));
    model.addAttribute("agency", agency);
    model.addAttribute("footerAgency", agency);
    model.addAttribute(
        "parent",
        agency.parentCode() == null ? null : organisation.agency(agency.parentCode()).orElse(null));
    model.addAttribute("units", organisation.units(agency.code()));
    model.addAttribute("profile", organisation.profile(agency.code()));
    model.addAttribute(
        "servicesByUnit",
        catalogue.published(ServiceFilter.allOf(agency.code())).items().stream()
            .collect(Collectors.groupingBy(ServiceVersion::unitId)));
    model.addAttribute("plan", plans.current(agency.code().value()).orElse(null));
    return AGENCY;
  }
}
