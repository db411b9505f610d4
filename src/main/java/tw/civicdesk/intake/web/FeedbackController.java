// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UrlPathHelper;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.PublicReports;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Giving feedback on the site (提供意見; ADR 0040): a start page (agency and kind), then one question
 * per page — category, place, what happened, photos (facility reports), who you are — each checked
 * by the rules filing applies and kept in the session ({@link FeedbackDrafts}), then the
 * check-answers page ({@link FeedbackCheckController}). A page reached without the answers before
 * it goes back to the start. A place with coordinates near open reports of the same category offers
 * to follow one of those instead ("me too").
 */
@Controller
class FeedbackController {

  /** How near an open report must be to be offered instead of a new one, in metres. */
  static final int NEARBY_METRES = 150;

  private final FeedbackPages pages;
  private final PublicReports reports;

  FeedbackController(FeedbackPages pages, PublicReports reports) {
    this.pages = pages;
    this.reports = reports;
  }

  /** Binds only the fields of the page the request is for. */
  @InitBinder("form")
  void onlyThisPage(WebDataBinder binder, HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    FeedbackStep step = FeedbackStep.START;
    for (FeedbackStep s : FeedbackStep.values()) {
      if (s.path().equals(path)) {
        step = s;
      }
    }
    binder.setAllowedFields(step.fields());
  }

  @ModelAttribute("form")
  FeedbackForm form(HttpSession session, Locale locale) {
    return FeedbackDrafts.draft(session).orElseGet(() -> FeedbackForm.start(locale));
  }

  @GetMapping("/feedback")
  String start(
      @ModelAttribute("form") FeedbackForm form,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      Locale locale) {
    pages.fillStart(model, locale);
    model.addAttribute("returning", change != null);
    return FeedbackStep.START.view();
  }

  @PostMapping("/feedback")
  String begin(
      @ModelAttribute("form") FeedbackForm form,
      BindingResult result,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpSession session,
      Locale locale) {
    FormSupport.requireBound(result);
    Optional<FeedbackForm> before = FeedbackDrafts.draft(session);
    if (before.isPresent()
        && (!before.get().getAgency().equals(form.getAgency())
            || !before.get().getKind().equals(form.getKind()))) {
      form.setCategory(""); // categories are the agency's for one kind
      form.setNearbyOffered(false);
    }
    if (pages.agency(form).isEmpty()) {
      result.rejectValue("agency", "feedback.agency.unknown");
    }
    if (FeedbackPages.kind(form) == null) {
      result.rejectValue("kind", "feedback.kind.unknown");
    }
    if (!result.hasErrors()) {
      pages.check(form, FeedbackStep.START, result, locale);
    }
    if (result.hasErrors()) {
      pages.fillStart(model, locale);
      model.addAttribute("returning", change != null);
      return FeedbackStep.START.view();
    }
    FeedbackDrafts.keep(session, form);
    return "redirect:" + next(form, FeedbackStep.START, change);
  }

  @GetMapping("/feedback/{page:category|where|details|you}")
  String question(
      @PathVariable String page,
      @ModelAttribute("form") FeedbackForm form,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpSession session,
      Locale locale) {
    FeedbackStep step = FeedbackStep.valueOf(page.toUpperCase(Locale.ROOT));
    if (FeedbackDrafts.draft(session).isEmpty() || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    pages.fill(model, form, step, locale);
    model.addAttribute("returning", change != null);
    return step.view();
  }

  @PostMapping("/feedback/{page:category|where|details|you}")
  String answer(
      @PathVariable String page,
      @ModelAttribute("form") FeedbackForm form,
      BindingResult result,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpSession session,
      Locale locale) {
    FeedbackStep step = FeedbackStep.valueOf(page.toUpperCase(Locale.ROOT));
    if (FeedbackDrafts.draft(session).isEmpty() || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    FormSupport.requireBound(result);
    if (step == FeedbackStep.WHERE && form.coordinatesMalformed()) {
      result.rejectValue("lat", "feedback.where.coordinates-invalid");
    }
    if (step == FeedbackStep.YOU && form.getIdentify().isBlank()) {
      result.rejectValue("identify", "feedback.you.identify-required");
    }
    if (result.hasErrors() || !pages.check(form, step, result, locale)) {
      pages.fill(model, form, step, locale);
      model.addAttribute("returning", change != null);
      return step.view();
    }
    if (step == FeedbackStep.WHERE && !form.isNearbyOffered() && !nearby(form).isEmpty()) {
      form.setNearbyOffered(true);
      FeedbackDrafts.keep(session, form);
      return "redirect:/feedback/nearby" + (change != null ? "?change=1" : "");
    }
    FeedbackDrafts.keep(session, form);
    return "redirect:" + next(form, step, change);
  }

  @GetMapping("/feedback/nearby")
  String nearby(
      @ModelAttribute("form") FeedbackForm form, Model model, HttpSession session, Locale locale) {
    if (FeedbackDrafts.draft(session).isEmpty() || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    pages.fill(model, form, FeedbackStep.WHERE, locale);
    model.addAttribute("back", FeedbackStep.WHERE.path());
    model.addAttribute("nearby", nearby(form));
    return "feedback/nearby";
  }

  @PostMapping("/feedback/nearby")
  String notTheSame(
      @ModelAttribute("form") FeedbackForm form,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      HttpSession session) {
    if (FeedbackDrafts.draft(session).isEmpty() || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    return "redirect:" + next(form, FeedbackStep.WHERE, change);
  }

  private List<PublicReports.Near> nearby(FeedbackForm form) {
    Double lat = form.latitude();
    Double lon = form.longitude();
    if (lat == null
        || lon == null
        || FeedbackPages.kind(form) != CaseKind.FACILITY_REPORT
        || !AgencyCode.isValid(form.getAgency())) {
      return List.of();
    }
    return reports.near(
        AgencyCode.of(form.getAgency()), form.getCategory(), lat, lon, NEARBY_METRES);
  }

  /** The page after {@code step}: the check-answers page when changing an answer from there. */
  private static String next(FeedbackForm form, FeedbackStep step, @Nullable String change) {
    if (change != null) {
      return FeedbackStep.CHECK.path();
    }
    return step.next(form.getKind()).orElse(FeedbackStep.CHECK).path();
  }
}
