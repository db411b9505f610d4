// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.internal.CaseList;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The console's case lists ({@code GET /console/cases}): the views the staff member's roles open,
 * filters, sorting and a "next page" link. A malformed filter is shown next to its field, with
 * status 400, and no list. Rows show the service's name in the page's language and the officer's
 * display name, never a code or a username.
 */
@Controller
class CaseListController {

  static final String VIEW = "casework/list";

  private final CaseList list;
  private final Catalogue catalogue;
  private final Organisation organisation;
  private final CasePorts ports;

  CaseListController(
      CaseList list, Catalogue catalogue, Organisation organisation, CasePorts ports) {
    this.list = list;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.ports = ports;
  }

  @GetMapping("/console/cases")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") CaseListForm form,
      BindingResult result,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale) {
    Optional<CaseQuery> query = CaseListParams.parse(staff, form, result);
    model.addAttribute("views", List.copyOf(CaseQuery.View.allowedFor(staff)));
    model.addAttribute("statuses", List.of(CaseStatus.values()));
    model.addAttribute("channels", List.of(Channel.values()));
    model.addAttribute("sorts", List.of(CaseQuery.Sort.values()));
    if (query.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return VIEW;
    }
    CaseQuery q = query.get();
    form.setView(q.view().name());
    form.setSort(q.sort().name());
    CaseQuery.Page page = list.page(q);
    model.addAttribute("view", q.view());
    model.addAttribute("page", page);
    model.addAttribute("serviceNames", serviceNames(page.rows(), locale));
    // Cases of other kinds: their title and duplicate flag, by case number.
    model.addAttribute(
        "kindRows",
        ports
            .rows(page.rows().stream().map(CaseQuery.Row::number).toList(), locale)
            .entrySet()
            .stream()
            .collect(
                java.util.stream.Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue)));
    model.addAttribute("staffNames", organisation.displayNames(staff));
    model.addAttribute("nextUrl", nextUrl(request, page.next()));
    model.addAttribute("firstUrl", q.after() == null ? null : firstUrl(request));
    return VIEW;
  }

  /** The name of each row's service version, by {@code code + ' ' + version}. */
  private Map<String, String> serviceNames(List<CaseQuery.Row> rows, Locale locale) {
    Map<String, String> names = new HashMap<>();
    for (CaseQuery.Row r : rows) {
      String code = r.serviceCode();
      Integer version = r.serviceVersion();
      if (code != null && version != null) {
        names.computeIfAbsent(
            code + " " + version,
            k ->
                catalogue.name(new ServiceCode(code), version).map(n -> n.in(locale)).orElse(code));
      }
    }
    return names;
  }

  private static @Nullable String nextUrl(
      HttpServletRequest request, CaseQuery.@Nullable Cursor next) {
    if (next == null) {
      return null;
    }
    UriComponentsBuilder url =
        here(request).replaceQueryParam("after", next.number().value()).replaceQueryParam("key");
    if (next.key() != null) {
      url.replaceQueryParam("key", next.key().toString());
    }
    return url.build().toUriString();
  }

  private static String firstUrl(HttpServletRequest request) {
    return here(request).replaceQueryParam("after").replaceQueryParam("key").build().toUriString();
  }

  private static UriComponentsBuilder here(HttpServletRequest request) {
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
  }
}
