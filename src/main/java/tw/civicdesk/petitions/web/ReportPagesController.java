// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.petitions.PetitionQuery;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.PetitionSiteSettings;
import tw.civicdesk.petitions.PublicReports;
import tw.civicdesk.petitions.ReportFollowers;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;

/**
 * The public list and map of facility reports (公共設施通報) of an agency, one report's page, and "me
 * too" (ADR 0040). What is shown comes from {@link PublicReports}: no personal data, homes
 * coarsened. The map is an enhancement over the table ({@code js/report-map.js}); with the maps off
 * ({@code civicdesk.petitions.map-tiles=-}) or without JavaScript the table is the page. Following
 * is an anonymous door limited per client address ({@code civicdesk.petitions.follows-per-hour}).
 */
@Controller
class ReportPagesController {

  static final String LIST = "reports/list";
  static final String REPORT = "reports/report";

  /** Reports read per page of the list. */
  static final int PAGE = 100;

  private final PublicReports reports;
  private final ReportFollowers followers;
  private final PetitionRules rules;
  private final Organisation organisation;
  private final PetitionSiteSettings settings;

  ReportPagesController(
      PublicReports reports,
      ReportFollowers followers,
      PetitionRules rules,
      Organisation organisation,
      PetitionSiteSettings settings) {
    this.reports = reports;
    this.followers = followers;
    this.rules = rules;
    this.organisation = organisation;
    this.settings = settings;
  }

  /** The map's tile server and credit, for the templates. */
  record MapSettings(String tiles, String attribution) {}

  @GetMapping("/reports")
  String list(
      @RequestParam(name = "agency", required = false) @Nullable @SingleLine String agency,
      @RequestParam(name = "category", required = false) @Nullable @SingleLine String category,
      @RequestParam(name = "status", required = false) @Nullable @SingleLine String status,
      @RequestParam(name = "after", required = false) @Nullable @SingleLine String after,
      Model model,
      Locale locale) {
    model.addAttribute("agencies", agencies(locale));
    model.addAttribute("recentDays", settings.recentDays());
    model.addAttribute("map", map());
    Agency chosen =
        agency != null && AgencyCode.isValid(agency)
            ? organisation.agency(AgencyCode.of(agency)).orElse(null)
            : null;
    model.addAttribute("agency", chosen);
    if (chosen == null) {
      return LIST;
    }
    Map<String, String> categories = new LinkedHashMap<>();
    rules
        .categories(chosen.code(), CaseKind.FACILITY_REPORT)
        .forEach(c -> categories.put(c.code(), c.name().in(locale)));
    String cat = category != null && categories.containsKey(category) ? category : null;
    PublicReports.State state = state(status);
    PublicReports.Page page = reports.page(chosen.code(), cat, state, cursor(after), PAGE);
    model.addAttribute("categories", categories);
    model.addAttribute("category", cat == null ? "" : cat);
    model.addAttribute("statuses", List.of(PublicReports.State.values()));
    model.addAttribute("status", state == null ? "" : state.name());
    model.addAttribute("rows", page.reports());
    model.addAttribute("nextPage", nextPage(chosen, cat, state, page.next()));
    return LIST;
  }

  @GetMapping("/reports/{number}")
  String report(
      @PathVariable @SingleLine String number,
      @RequestParam(name = "followed", required = false) @Nullable @SingleLine String followed,
      Model model,
      Locale locale) {
    PublicReports.Report report = find(number);
    fill(model, report, locale);
    model.addAttribute("follow", new ReportFollowForm());
    model.addAttribute("followed", followed != null);
    return REPORT;
  }

  @PostMapping("/reports/{number}/follow")
  @AnonymousLimit(door = PetitionSiteSettings.FOLLOW_DOOR)
  String follow(
      @PathVariable @SingleLine String number,
      @ModelAttribute("follow") ReportFollowForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    PublicReports.Report report = find(number);
    String email = form.getEmail().strip();
    if (!result.hasErrors()) {
      if (!Applicant.isEmail(email)) {
        result.rejectValue("email", "reports.follow.email-invalid");
      }
      if (!form.isConsent()) {
        result.rejectValue("consent", "reports.follow.consent-required");
      }
      if (!report.open()) {
        result.reject("reports.follow.closed");
      }
    }
    if (result.hasErrors()) {
      fill(model, report, locale);
      model.addAttribute("followed", false);
      return REPORT;
    }
    followers.follow(report.number(), email, locale);
    return "redirect:/reports/" + report.number().value() + "?followed#follow";
  }

  private PublicReports.Report find(String number) {
    return CaseNumber.parse(number).flatMap(reports::report).orElseThrow(CaseNotFound::new);
  }

  private void fill(Model model, PublicReports.Report report, Locale locale) {
    model.addAttribute("report", report);
    model.addAttribute(
        "agencyName",
        organisation.agency(report.agency()).map(a -> a.name().in(locale)).orElse(""));
  }

  private Map<String, String> agencies(Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    for (Agency a : organisation.agencies()) {
      if (rules.rule(a.code(), CaseKind.FACILITY_REPORT).isPresent()) {
        options.put(a.code().value(), a.name().in(locale));
      }
    }
    return options;
  }

  private @Nullable MapSettings map() {
    return settings.mapsOn()
        ? new MapSettings(settings.mapTiles(), settings.mapAttribution())
        : null;
  }

  private static PublicReports.@Nullable State state(@Nullable String status) {
    for (PublicReports.State s : PublicReports.State.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return null;
  }

  /** A page's start as the link carries it: the last row's filing instant and number. */
  private static PetitionQuery.@Nullable Cursor cursor(@Nullable String after) {
    if (after == null) {
      return null;
    }
    int at = after.indexOf('~');
    if (at < 0) {
      return null;
    }
    try {
      return CaseNumber.parse(after.substring(at + 1))
          .map(n -> new PetitionQuery.Cursor(Instant.parse(after.substring(0, at)), n))
          .orElse(null);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String nextPage(
      Agency agency,
      @Nullable String category,
      PublicReports.@Nullable State state,
      PetitionQuery.@Nullable Cursor next) {
    if (next == null) {
      return null;
    }
    return UriComponentsBuilder.fromPath("/reports")
        .queryParam("agency", agency.code().value())
        .queryParamIfPresent("category", java.util.Optional.ofNullable(category))
        .queryParamIfPresent("status", java.util.Optional.ofNullable(state).map(Enum::name))
        .queryParam("after", next.filedAt() + "~" + next.number().value())
        .build()
        .toUriString();
  }
}
