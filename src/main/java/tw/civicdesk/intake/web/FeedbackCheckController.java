// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.intake.PetitionIntake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.petitions.PetitionSiteSettings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;

/**
 * The end of giving feedback on the site: the check-answers page with a link back to every answer;
 * sending it files the case through intake ({@link PetitionIntake}), once per draft token (the
 * token is the idempotency key {@code web:<token>}), with the draft's photos; the confirmation
 * shows the case number, the verification code and the due date to the session that filed it.
 * Sending is an anonymous door limited per client address ({@code
 * civicdesk.petitions.anonymous-per-hour}): over the limit the answer is the 429 page and nothing
 * is stored. A draft that no longer passes (an answer missing, the agency's rules changed) goes
 * back to its first page with a problem.
 */
@Controller
class FeedbackCheckController {

  private final FeedbackPages pages;
  private final PetitionIntake intake;
  private final IntakePages receipts;
  private final MessageSource messages;

  FeedbackCheckController(
      FeedbackPages pages, PetitionIntake intake, IntakePages receipts, MessageSource messages) {
    this.pages = pages;
    this.intake = intake;
    this.receipts = receipts;
    this.messages = messages;
  }

  @GetMapping("/feedback/check")
  String check(Model model, HttpSession session, Locale locale) {
    FeedbackForm form = FeedbackDrafts.draft(session).orElse(null);
    if (form == null || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    BindingResult result = new BeanPropertyBindingResult(form, "form");
    if (!pages.check(form, FeedbackStep.CHECK, result, locale)) {
      return "redirect:" + firstPageWith(form, result) + "?change=1";
    }
    fill(model, form, locale);
    return FeedbackStep.CHECK.view();
  }

  @PostMapping("/feedback/check")
  @AnonymousLimit(door = PetitionSiteSettings.FILING_DOOR)
  String send(
      @RequestParam("draft") @SingleLine String token,
      Model model,
      HttpSession session,
      Locale locale) {
    var filed = FeedbackDrafts.filedAs(session, token);
    if (filed.isPresent()) {
      return "redirect:/feedback/filed/" + filed.get().number();
    }
    FeedbackForm form =
        FeedbackDrafts.draft(session).filter(d -> d.getToken().equals(token)).orElse(null);
    if (form == null || FeedbackPages.kind(form) == null) {
      return "redirect:/feedback";
    }
    try {
      CaseNumber number =
          intake.fileForm(
              "web:" + token,
              pages.petition(form, false),
              Submitter.citizen(),
              locale,
              form.getPhotos().stream()
                  .map(p -> new PetitionIntake.Photo(p.fileName(), p.content()))
                  .toList());
      FeedbackDrafts.filed(
          session,
          new FeedbackDrafts.FiledReceipt(
              token, number.value(), form.getAgency(), form.getKind(), form.isAnonymous()));
      return "redirect:/feedback/filed/" + number.value();
    } catch (DomainException e) {
      // The rules changed between the pages: the answers are shown again with the problem.
      fill(model, form, locale);
      model.addAttribute(
          "problem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
      return FeedbackStep.CHECK.view();
    }
  }

  @GetMapping("/feedback/filed/{number}")
  String filed(
      @PathVariable @SingleLine String number, Model model, HttpSession session, Locale locale) {
    FeedbackDrafts.FiledReceipt filed =
        FeedbackDrafts.receipt(session, number).orElseThrow(CaseNotFound::new);
    CaseNumber n = CaseNumber.parse(number).orElseThrow(CaseNotFound::new);
    receipts.receipt(model, n);
    model.addAttribute("filed", filed);
    model.addAttribute(
        "kindName", messages.getMessage("feedback.kind." + filed.kind(), null, locale));
    return "feedback/filed";
  }

  private void fill(Model model, FeedbackForm form, Locale locale) {
    pages.fill(model, form, FeedbackStep.CHECK, locale);
    model.addAttribute("form", form);
    model.addAttribute("categoryName", pages.categoryName(form, locale));
    model.addAttribute("photosAsked", FeedbackStep.PHOTOS.asksFor(form.getKind()));
    Double lat = form.latitude();
    Double lon = form.longitude();
    model.addAttribute("coordinates", lat == null || lon == null ? "" : lat + ", " + lon);
  }

  /** The first page, in order, with a field that has a problem. */
  private static String firstPageWith(FeedbackForm form, BindingResult result) {
    for (FeedbackStep step : FeedbackStep.values()) {
      Set<String> own = Set.of(step.fields());
      if (step.asksFor(form.getKind())
          && result.getFieldErrors().stream().anyMatch(e -> own.contains(e.getField()))) {
        return step.path();
      }
    }
    return FeedbackStep.START.path();
  }
}
