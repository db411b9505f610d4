// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * An agency's public site sections that come from its organisation record: the organisation chart
 * (組織架構: the agency, its supervising agency, its units with their duties and contacts, and the
 * agencies below it) and the personal-data page (個人資料保護專區). Public information only.
 */
@Controller
class AgencySectionsController {

  static final String ORGANISATION = "site/organisation";
  static final String PRIVACY = "site/agency-privacy";

  private final Organisation organisation;

  AgencySectionsController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/agencies/{code}/organisation")
  String chart(@PathVariable String code, Model model) {
    Agency agency = agency(code, model);
    model.addAttribute(
        "parent",
        agency.parentCode() == null ? null : organisation.agency(agency.parentCode()).orElse(null));
    model.addAttribute("units", organisation.units(agency.code()));
    model.addAttribute(
        "children",
        organisation.agencies().stream()
            .filter(a -> agency.code().equals(a.parentCode()))
            .toList());
    return ORGANISATION;
  }

  @GetMapping("/agencies/{code}/privacy")
  String privacy(@PathVariable String code, Model model) {
    agency(code, model);
    return PRIVACY;
  }

  private Agency agency(String code, Model model) {
    if (!AgencyCode.isValid(code)) {
      throw new NotFoundException("organisation.agency.not-found");
    }
    Agency agency =
        organisation
            .agency(AgencyCode.of(code))
            .orElseThrow(() -> new NotFoundException("organisation.agency.not-found"));
    model.addAttribute("agency", agency);
    model.addAttribute("footerAgency", agency);
    model.addAttribute("profile", organisation.profile(agency.code()));
    return agency;
  }
}
