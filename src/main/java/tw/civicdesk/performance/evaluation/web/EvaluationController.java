// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.evaluation.Evaluation;
import tw.civicdesk.performance.evaluation.EvaluationStatus;
import tw.civicdesk.performance.evaluation.Evaluations;
import tw.civicdesk.performance.evaluation.ScoreKind;
import tw.civicdesk.performance.evaluation.Scorecard;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * {@code /console/plans/{id}/evaluation}: the evaluation of a plan — every dimension and item with
 * its points, the self-assessment, the review and last year's result, the totals, each reviewer's
 * scores and comments — and, for a quality officer who scores it, the form with their own scores
 * (field errors next to each item, status 400, nothing saved), opening it and finalising it. Staff
 * who may not read the plan get "not found".
 */
@Controller
class EvaluationController {

  static final String VIEW = "evaluation/evaluation";

  private final Plans plans;
  private final Evaluations evaluations;
  private final Frameworks frameworks;
  private final Organisation organisation;
  private final MessageSource messages;

  EvaluationController(
      Plans plans,
      Evaluations evaluations,
      Frameworks frameworks,
      Organisation organisation,
      MessageSource messages) {
    this.plans = plans;
    this.evaluations = evaluations;
    this.frameworks = frameworks;
    this.organisation = organisation;
    this.messages = messages;
  }

  @GetMapping("/console/plans/{id}/evaluation")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    Plan plan = plans.get(staff, id);
    Optional<Scorecard> card = evaluations.scorecardOf(plan);
    Map<String, String> values = new HashMap<>();
    Optional<ScoreKind> kind = evaluations.kindFor(staff, plan);
    if (card.isPresent() && kind.isPresent()) {
      card.get().scores().stream()
          .filter(s -> s.kind() == kind.get() && s.reviewer().equals(staff.getUsername()))
          .forEach(
              s -> {
                values.put(
                    "scores[" + s.path() + "]", s.score().stripTrailingZeros().toPlainString());
                values.put("comments[" + s.path() + "]", s.comment() == null ? "" : s.comment());
              });
    }
    return page(staff, plan, card, values, Map.of(), model, locale);
  }

  private String page(
      StaffPrincipal staff,
      Plan plan,
      Optional<Scorecard> card,
      Map<String, String> values,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    Optional<ScoreKind> kind = evaluations.kindFor(staff, plan);
    boolean open = card.map(c -> c.evaluation().status() == EvaluationStatus.OPEN).orElse(false);
    model.addAttribute("plan", plan);
    model.addAttribute(
        "agencyName",
        organisation
            .agency(new AgencyCode(plan.agencyCode()))
            .map(a -> a.name().in(locale))
            .orElse(plan.agencyCode()));
    model.addAttribute("card", card.orElse(null));
    model.addAttribute("rows", card.map(EvaluationRows::of).orElse(List.of()));
    card.ifPresent(
        c ->
            model.addAttribute(
                "total",
                Map.of(
                    "scale",
                    number(c.scale()),
                    "self",
                    number(c.overall().self()),
                    "review",
                    number(c.overall().review()),
                    "lastYear",
                    number(c.overall().lastYear()))));
    model.addAttribute("kind", kind.orElse(null));
    model.addAttribute("mayOpen", card.isEmpty() && kind.isPresent());
    model.addAttribute("mayScore", open && kind.isPresent());
    model.addAttribute("mayFinalise", open && evaluations.mayFinalise(staff, plan));
    model.addAttribute("frameworkChoices", frameworkChoices(locale));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return VIEW;
  }

  private Map<String, String> frameworkChoices(Locale locale) {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put("", messages.getMessage("evaluation.page.choose-framework", null, locale));
    frameworks.all().forEach(f -> choices.put(f.code(), f.name().in(locale)));
    return choices;
  }

  @PostMapping("/console/plans/{id}/evaluation/open")
  String open(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(name = "framework", required = false) @Nullable String framework,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Plan plan = plans.get(staff, id);
    try {
      evaluations.open(staff, id, framework);
    } catch (InvalidFields e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(staff, plan, Optional.empty(), Map.of(), errors(e, locale), model, locale);
    }
    return "redirect:/console/plans/" + id + "/evaluation";
  }

  @PostMapping("/console/plans/{id}/evaluation")
  String score(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Plan plan = plans.get(staff, id);
    Map<String, String> values = new HashMap<>(form.toSingleValueMap());
    try {
      evaluations.score(staff, id, ScoreForm.entries(form));
    } catch (InvalidFields e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(
          staff, plan, evaluations.scorecardOf(plan), values, errors(e, locale), model, locale);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/console/plans/" + id + "/evaluation";
  }

  @PostMapping("/console/plans/{id}/evaluation/finalise")
  String finalise(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam(name = "version", defaultValue = "-1") int version,
      RedirectAttributes redirect) {
    Evaluation done = evaluations.finalise(staff, id, version);
    redirect.addFlashAttribute("finalised", done.status() == EvaluationStatus.FINAL);
    return "redirect:/console/plans/" + id + "/evaluation";
  }

  private Map<String, String> errors(InvalidFields e, Locale locale) {
    Map<String, String> errors = new HashMap<>();
    e.problems()
        .forEach(
            p ->
                errors.putIfAbsent(
                    p.field(),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)));
    return errors;
  }

  /** The numbers as pages show them: no trailing zeros, a dash for none. */
  static String number(@Nullable BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
