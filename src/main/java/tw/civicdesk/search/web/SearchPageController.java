// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.search.SearchRejected;
import tw.civicdesk.search.SiteSearch;

/**
 * The site search's results page ({@code /search}, the header's search box): hits of every kind
 * with highlighted snippets, filters by type with each type's count, and an agency filter. A search
 * that finds nothing points to the FAQ and to the feedback form.
 */
@Controller
class SearchPageController {

  static final String VIEW = "search/results";

  private final SiteSearch search;
  private final Organisation organisation;

  SearchPageController(SiteSearch search, Organisation organisation) {
    this.search = search;
    this.organisation = organisation;
  }

  @AnonymousLimit(door = SiteSearch.DOOR)
  @GetMapping("/search")
  String results(
      @RequestParam(required = false) @SingleLine @Nullable String q,
      @RequestParam(required = false) @SingleLine @Nullable String type,
      @RequestParam(required = false) @SingleLine @Nullable String agency,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    String text = q == null ? "" : q.strip();
    String kind = type == null || type.isBlank() ? SiteSearch.ALL : type;
    String scope = agency == null ? "" : agency.strip();
    List<Agency> agencies = organisation.agencies();
    model.addAttribute("q", text);
    model.addAttribute("type", kind);
    model.addAttribute("agency", scope);
    model.addAttribute("agencies", agencies);
    model.addAttribute("kinds", SiteSearch.KINDS);
    model.addAttribute(
        "agencyNames",
        agencies.stream()
            .collect(Collectors.toMap(a -> a.code().value(), a -> a.name().in(locale))));
    model.addAttribute("searched", !text.isEmpty());
    if (text.isEmpty()) {
      model.addAttribute("hits", List.of());
      model.addAttribute("counts", Map.of());
      return VIEW;
    }
    try {
      String lang = "en".equals(locale.getLanguage()) ? "en" : "zh-TW";
      SiteSearch.Results found = search.find(text, kind, lang, scope);
      model.addAttribute("hits", found.hits());
      model.addAttribute("counts", found.counts());
      model.addAttribute("total", found.total());
      model.addAttribute("matched", found.matched(kind));
    } catch (SearchRejected e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problem", e.messageKey());
      model.addAttribute("problemArguments", e.messageArguments());
      model.addAttribute("hits", List.of());
      model.addAttribute("counts", Map.of());
      model.addAttribute("searched", false);
    }
    return VIEW;
  }
}
