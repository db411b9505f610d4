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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    Optional<FeedbackForm> before = FeedbackDrafts.draft(session);
    FeedbackForm merged =
        FeedbackStep.START.merge(form, before.orElseGet(() -> FeedbackForm.start(locale)));
    if (before.isPresent()
        && (!before.get().getAgency().equals(merged.getAgency())
            || !before.get().getKind().equals(merged.getKind()))) {
      merged.setCategory(""); // categories are the agency's for one kind
      merged.setNearbyOffered(false);
    }
    if (!result.hasErrors()) {
      if (pages.agency(merged).isEmpty()) {
        result.rejectValue("agency", "feedback.agency.unknown");
      }
      if (FeedbackPages.kind(merged) == null) {
        result.rejectValue("kind", "feedback.kind.unknown");
      }
    }
    if (!result.hasErrors()) {
      pages.check(merged, FeedbackStep.START, result, locale);
    }
    if (result.hasErrors()) {
      pages.fillStart(model, locale);
      model.addAttribute("returning", change != null);
      return FeedbackStep.START.view();
    }
    FeedbackDrafts.keep(session, merged);
    return "redirect:" + next(merged, FeedbackStep.START, change);
  }

  @GetMapping({"/feedback/category", "/feedback/where", "/feedback/details", "/feedback/you"})
  String question(
      @ModelAttribute("form") FeedbackForm form,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpServletRequest request,
      HttpSession session,
      Locale locale) {
    FeedbackStep step = step(request);
    if (FeedbackDrafts.draft(session).isEmpty() || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    pages.fill(model, form, step, locale);
    model.addAttribute("returning", change != null);
    return step.view();
  }

  @PostMapping({"/feedback/category", "/feedback/where", "/feedback/details", "/feedback/you"})
  String answer(
      @ModelAttribute("form") FeedbackForm form,
      BindingResult result,
      @RequestParam(name = "change", required = false) @Nullable @SingleLine String change,
      Model model,
      HttpServletRequest request,
      HttpSession session,
      Locale locale) {
    FeedbackStep step = step(request);
    FeedbackForm draft = FeedbackDrafts.draft(session).orElse(null);
    if (draft == null || FeedbackPages.kind(draft) == null) {
      FormSupport.requireBound(result);
      return "redirect:/feedback";
    }
    FeedbackForm merged = step.merge(form, draft);
    if (!result.hasErrors()) {
      checkOwn(merged, step, result, locale);
    }
    if (result.hasErrors()) {
      pages.fill(model, merged, step, locale);
      model.addAttribute("returning", change != null);
      return step.view();
    }
    if (step == FeedbackStep.WHERE && !merged.isNearbyOffered() && !nearby(merged).isEmpty()) {
      merged.setNearbyOffered(true);
      FeedbackDrafts.keep(session, merged);
      return "redirect:/feedback/nearby" + (change != null ? "?change=1" : "");
    }
    FeedbackDrafts.keep(session, merged);
    return "redirect:" + next(merged, step, change);
  }

  /** The page's own checks, then the rules filing applies to its fields. */
  private void checkOwn(FeedbackForm form, FeedbackStep step, BindingResult result, Locale locale) {
    if (step == FeedbackStep.WHERE && form.coordinatesMalformed()) {
      result.rejectValue("lat", "feedback.where.coordinates-invalid");
    }
    if (step == FeedbackStep.YOU && form.getIdentify().isBlank()) {
      result.rejectValue("identify", "feedback.you.identify-required");
    }
    if (!result.hasErrors()) {
      pages.check(form, step, result, locale);
    }
  }

  private static FeedbackStep step(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    for (FeedbackStep s : FeedbackStep.values()) {
      if (s.path().equals(path)) {
        return s;
      }
    }
    return FeedbackStep.START;
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
