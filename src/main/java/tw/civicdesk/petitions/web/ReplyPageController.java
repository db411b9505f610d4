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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.ClosureGround;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.PetitionReplies;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.ReplyTemplates;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The reply form of a petition or report (the case page's "decide" for these kinds): the outcome
 * the kind allows, a closure's §173 ground, the concrete handling, the legal basis and the remedy
 * as separate fields (required as the kind's rule says), and the templates of its category and
 * language to start from — chosen with a plain GET form ({@code ?template=}), so it works without
 * script. Sending it shows the composed reply to check and confirm; only the confirmation decides
 * the case.
 */
@Controller
class ReplyPageController {

  static final String PAGE = "petitions/reply";
  static final String CONFIRM = "petitions/reply-confirm";

  private final PetitionReplies replies;
  private final ReplyTemplates templates;
  private final Petitions petitions;
  private final PetitionRules rules;
  private final CaseWork cases;
  private final MessageSource messages;

  ReplyPageController(
      PetitionReplies replies,
      ReplyTemplates templates,
      Petitions petitions,
      PetitionRules rules,
      CaseWork cases,
      MessageSource messages) {
    this.replies = replies;
    this.templates = templates;
    this.petitions = petitions;
    this.rules = rules;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/console/petitions/{number}/reply")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(name = "template", required = false) @Nullable String template,
      Model model,
      Locale locale) {
    CaseNumber n = PetitionPaths.number(number);
    CaseViews.Summary c = cases.summary(n, staff);
    PetitionView p = petitions.view(n).orElseThrow(CaseWork.CaseNotFound::new);
    ReplyForm form = new ReplyForm();
    form.setVersion(cases.version(n, staff));
    if (template != null && !template.isBlank()) {
      try {
        templates.find(p.agency(), Long.parseLong(template.strip())).ifPresent(form::fill);
      } catch (NumberFormatException e) {
        // an unknown template leaves the form empty
      }
    }
    return show(c, p, form, model, locale);
  }

  @PostMapping("/console/petitions/{number}/reply")
  String send(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @ModelAttribute("form") ReplyForm form,
      BindingResult result,
      @RequestParam(name = "confirm", required = false) @Nullable String confirm,
      @RequestParam(name = "change", required = false) @Nullable String change,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    CaseNumber n = PetitionPaths.number(number);
    CaseViews.Summary c = cases.summary(n, staff);
    PetitionView p = petitions.view(n).orElseThrow(CaseWork.CaseNotFound::new);
    if (change != null) {
      return show(c, p, form, model, locale);
    }
    try {
      FormSupport.requireBound(result);
      if (!"true".equals(confirm)) {
        model.addAttribute("composed", replies.check(staff, form.toReply(n)));
        model.addAttribute("kase", c);
        model.addAttribute("title", petitions.title(p).in(locale));
        return CONFIRM;
      }
      replies.reply(staff, form.toReply(n));
      redirect.addFlashAttribute("done", "DECIDE");
      return "redirect:/console/cases/" + n.value();
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      model.addAttribute("failed", true);
      return show(c, p, form, model, locale);
    }
  }

  private String show(
      CaseViews.Summary c, PetitionView p, ReplyForm form, Model model, Locale locale) {
    model.addAttribute("kase", c);
    model.addAttribute("petition", p);
    model.addAttribute("title", petitions.title(p).in(locale));
    model.addAttribute("form", form);
    model.addAttribute("templates", templates.offered(p));
    KindRule rule = rules.rule(p.agency(), p.kind()).orElse(null);
    Map<String, Boolean> needs = new LinkedHashMap<>();
    for (KindRule.ReplyPart part : KindRule.ReplyPart.values()) {
      needs.put(part.name(), rule != null && rule.replyRequires().contains(part));
    }
    model.addAttribute("needs", needs);
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      if (p.kind().allows(d)) {
        outcomes.put(d.name(), messages.getMessage("replies.outcome." + d.name(), null, locale));
      }
    }
    model.addAttribute("outcomes", outcomes);
    Map<String, String> grounds = new LinkedHashMap<>();
    grounds.put("", messages.getMessage("replies.ground.choose", null, locale));
    for (ClosureGround g : ClosureGround.CHOSEN) {
      grounds.put(g.name(), messages.getMessage("replies.ground." + g.name(), null, locale));
    }
    model.addAttribute("grounds", grounds);
    return PAGE;
  }
}
