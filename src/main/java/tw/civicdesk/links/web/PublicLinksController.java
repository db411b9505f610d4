// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.links.LinkKind;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.links.Links;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The public link lists of an agency, {@code /agencies/{code}/links}: 防災專區 first, then 好站相連, each
 * in its order; an unknown agency is 404. The page accepts no input.
 */
@Controller
class PublicLinksController {

  private final Links links;
  private final Organisation organisation;

  PublicLinksController(Links links, Organisation organisation) {
    this.links = links;
    this.organisation = organisation;
  }

  /** One list of the page. */
  record Section(LinkKind kind, List<Link> links) {}

  @GetMapping("/agencies/{code}/links")
  String links(@PathVariable String code, Model model) {
    Agency agency =
        (AgencyCode.isValid(code)
                ? organisation.agency(AgencyCode.of(code))
                : java.util.Optional.<Agency>empty())
            .orElseThrow(() -> new NotFoundException("links.agency-not-found"));
    List<Link> all = links.published(agency.code());
    model.addAttribute("agency", agency);
    model.addAttribute(
        "sections",
        List.of(LinkKind.DISASTER, LinkKind.RELATED_SITES).stream()
            .map(k -> new Section(k, all.stream().filter(l -> l.kind() == k).toList()))
            .toList());
    return "links/public";
  }
}
