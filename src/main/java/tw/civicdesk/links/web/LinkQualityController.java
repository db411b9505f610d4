// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.links.Freshness;
import tw.civicdesk.links.Links;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The quality officer's pages of the "Quality tools" menu: {@code /console/links/broken} (links
 * marked broken by the weekly check) and {@code /console/freshness} (the content-freshness report:
 * every item past its review date). Outside a staff member's reach: 404.
 */
@Controller
class LinkQualityController {

  private final Links links;
  private final Freshness freshness;
  private final Organisation organisation;
  private final Clock clock;

  LinkQualityController(Links links, Freshness freshness, Organisation organisation, Clock clock) {
    this.links = links;
    this.freshness = freshness;
    this.organisation = organisation;
    this.clock = clock;
  }

  @GetMapping("/console/links/broken")
  String broken(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("links", links.broken(staff, chosen.code()));
    return "links/broken";
  }

  @GetMapping("/console/freshness")
  String freshness(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = agency(staff, agency);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
    model.addAttribute("agency", chosen);
    model.addAttribute("today", today);
    model.addAttribute("items", freshness.report(staff, chosen.code(), today));
    return "links/freshness";
  }

  private Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return organisation.agencyFor(
        staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
  }
}
