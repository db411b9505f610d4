// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.Faq.FaqNotFound;
import tw.civicdesk.faq.FaqCode;
import tw.civicdesk.faq.FaqFeedback;
import tw.civicdesk.faq.FaqSettings;
import tw.civicdesk.faq.FaqViews.Entry;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.throttle.AnonymousLimit;

/**
 * The public FAQ: {@code /faq} lists the published entries by category — of one agency with {@code
 * ?agency=}, of all otherwise — and {@code /faq/{code}} shows one with its related services, its
 * agency, when it was last reviewed and "did this help?". A vote ({@code POST /faq/{code}/vote}) is
 * limited per client address by the door {@value FaqSettings#VOTE_DOOR} and counted once a day per
 * browser (a cookie naming the entry, nothing about the person); each view of an entry's page is
 * counted per day. A draft, archived or unknown entry is 404.
 */
@Controller
class FaqPageController {

  static final String LIST = "faq/list";
  static final String ENTRY = "faq/entry";

  /** The cookie that marks an entry voted on from this browser, for a day. */
  static final String VOTED_COOKIE = "faq-voted-";

  private final Faq faq;
  private final FaqFeedback feedback;
  private final Organisation organisation;
  private final Catalogue catalogue;

  FaqPageController(Faq faq, FaqFeedback feedback, Organisation organisation, Catalogue catalogue) {
    this.faq = faq;
    this.feedback = feedback;
    this.organisation = organisation;
    this.catalogue = catalogue;
  }

  /** Entries of one category (of one agency), in the order they are listed. */
  record Group(Agency agency, BilingualText category, List<Entry> entries) {}

  @GetMapping("/faq")
  String list(@RequestParam(required = false) @Nullable String agency, Model model) {
    List<Agency> agencies = organisation.agencies();
    Agency chosen =
        agency == null || agency.isBlank() || !AgencyCode.isValid(agency)
            ? null
            : agencies.stream()
                .filter(a -> a.code().value().equals(AgencyCode.of(agency).value()))
                .findFirst()
                .orElse(null);
    Map<Long, Group> groups = new LinkedHashMap<>();
    for (Entry e : faq.published(chosen == null ? null : chosen.code())) {
      agencies.stream()
          .filter(a -> a.code().equals(e.agency()))
          .findFirst()
          .ifPresent(
              owner ->
                  groups
                      .computeIfAbsent(
                          e.category().id(),
                          id -> new Group(owner, e.category().name(), new ArrayList<>()))
                      .entries()
                      .add(e));
    }
    model.addAttribute("agencies", agencies);
    model.addAttribute("chosen", chosen);
    model.addAttribute("groups", List.copyOf(groups.values()));
    return LIST;
  }

  @GetMapping("/faq/{code}")
  String entry(@PathVariable String code, HttpServletRequest request, Model model) {
    Entry entry = published(code);
    feedback.viewed(entry.code());
    Map<String, BilingualText> services = new LinkedHashMap<>();
    for (String s : entry.services()) {
      if (ServiceCode.isValid(s)) {
        catalogue.published(ServiceCode.of(s)).ifPresent(v -> services.put(s, v.content().name()));
      }
    }
    model.addAttribute("entry", entry);
    model.addAttribute("agency", organisation.agency(entry.agency()).orElseThrow(FaqNotFound::new));
    model.addAttribute("services", services);
    if (!model.containsAttribute("voted")) {
      model.addAttribute("voted", votedBefore(request, entry.code()));
    }
    return ENTRY;
  }

  @AnonymousLimit(door = FaqSettings.VOTE_DOOR)
  @PostMapping("/faq/{code}/vote")
  String vote(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String helpful,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Entry entry = published(code);
    boolean yes = "yes".equals(helpful);
    if (!yes && !"no".equals(helpful)) {
      redirect.addFlashAttribute("voteMissing", true);
      return "redirect:/faq/" + entry.code().value() + "#vote";
    }
    if (!votedBefore(request, entry.code())) {
      feedback.vote(entry.code(), yes);
      Cookie cookie = new Cookie(VOTED_COOKIE + entry.code().value(), "1");
      cookie.setPath("/faq/" + entry.code().value());
      cookie.setMaxAge((int) Duration.ofDays(1).toSeconds());
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    }
    redirect.addFlashAttribute("voted", true);
    redirect.addFlashAttribute("votedHelpful", yes);
    return "redirect:/faq/" + entry.code().value() + "#vote";
  }

  private Entry published(String code) {
    return FaqCode.parse(code).flatMap(faq::published).orElseThrow(FaqNotFound::new);
  }

  private static boolean votedBefore(HttpServletRequest request, FaqCode code) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie c : cookies) {
      if (c.getName().equals(VOTED_COOKIE + code.value())) {
        return true;
      }
    }
    return false;
  }
}
