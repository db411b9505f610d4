// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.PetitionRatings;
import tw.civicdesk.petitions.PetitionReopening;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console's pages for what follows a reply: recording a rating given on an outbound call (or at
 * the counter, by letter or e-mail, the channel kept), and deciding an unhappy petitioner's request
 * to reopen — reopened as a new linked case, or refused with a reason; the petitioner is told.
 */
@Controller
class StaffRatingController {

  static final String RATING = "petitions/staff-rating";
  static final String REOPEN = "petitions/reopen";

  private final CaseWork cases;
  private final PetitionRatings ratings;
  private final PetitionReopening reopening;
  private final MessageSource messages;

  StaffRatingController(
      CaseWork cases,
      PetitionRatings ratings,
      PetitionReopening reopening,
      MessageSource messages) {
    this.cases = cases;
    this.ratings = ratings;
    this.reopening = reopening;
    this.messages = messages;
  }

  @GetMapping("/console/petitions/{number}/rating")
  String ratingForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      Model model,
      Locale locale) {
    CaseNumber n = PetitionPaths.number(number);
    model.addAttribute("form", new RatingForm());
    return rating(cases.summary(n, staff), model, locale);
  }

  @PostMapping("/console/petitions/{number}/rating")
  String record(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @ModelAttribute("form") RatingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    CaseNumber n = PetitionPaths.number(number);
    CaseViews.Summary c = cases.summary(n, staff);
    try {
      FormSupport.requireBound(result);
      ratings.record(
          staff, n, form.scoreValue(), form.getComment(), channel(form), form.isReopen());
      redirect.addFlashAttribute("done", "rating");
      return "redirect:/console/cases/" + n.value();
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      return rating(c, model, locale);
    }
  }

  @GetMapping("/console/petitions/{number}/reopen")
  String reopenForm(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model) {
    CaseNumber n = PetitionPaths.number(number);
    model.addAttribute("form", new ReopenForm());
    return reopen(cases.summary(n, staff), model);
  }

  @PostMapping("/console/petitions/{number}/reopen")
  String decide(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @ModelAttribute("form") ReopenForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    CaseNumber n = PetitionPaths.number(number);
    CaseViews.Summary c = cases.summary(n, staff);
    try {
      FormSupport.requireBound(result);
      if (!"REOPEN".equals(form.getDecision()) && !"REFUSE".equals(form.getDecision())) {
        result.rejectValue("decision", "replies.reopen.choose");
        return reopen(c, model);
      }
      CaseNumber opened =
          reopening.decide(staff, n, "REOPEN".equals(form.getDecision()), form.getReason());
      redirect.addFlashAttribute("done", opened == null ? "reopen-refused" : "reopened");
      return "redirect:/console/cases/" + (opened == null ? n : opened).value();
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      return reopen(c, model);
    }
  }

  private String rating(CaseViews.Summary c, Model model, Locale locale) {
    model.addAttribute("kase", c);
    Map<String, String> channels = new LinkedHashMap<>();
    for (Channel ch : Channel.values()) {
      if (PetitionRatings.STAFF_CHANNELS.contains(ch)) {
        channels.put(
            ch.name(), messages.getMessage("catalogue.channel." + ch.name(), null, locale));
      }
    }
    model.addAttribute("channels", channels);
    return RATING;
  }

  private String reopen(CaseViews.Summary c, Model model) {
    model.addAttribute("kase", c);
    model.addAttribute("rating", ratings.find(c.number()).orElse(null));
    return REOPEN;
  }

  private static @Nullable Channel channel(RatingForm form) {
    try {
      return Channel.valueOf(form.getChannel());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
