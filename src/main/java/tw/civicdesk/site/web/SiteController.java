// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.NotFoundException;

/** The public home page and agency profiles. */
@Controller
class SiteController {

  static final String HOME = "site/home";
  static final String AGENCY = "site/agency";

  private final Organisation organisation;

  SiteController(Organisation organisation) {
    this.organisation = organisation;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("agencies", organisation.agencies());
    return HOME;
  }

  @GetMapping("/agencies/{code}")
  String agency(@PathVariable String code, Model model) {
    if (!AgencyCode.isValid(code)) {
      throw new NotFoundException("organisation.agency.not-found");
    }
    var agency = organisation.agency(AgencyCode.of(code))
        .orElseThrow(() -> new NotFoundException("organisation.agency.not-found"));
    model.addAttribute("agency", agency);
    model.addAttribute("parent",
        agency.parentCode() == null ? null : organisation.agency(agency.parentCode()).orElse(null));
    model.addAttribute("units", organisation.units(agency.code()));
    return AGENCY;
  }
}
