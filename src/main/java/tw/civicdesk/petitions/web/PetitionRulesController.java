// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.PetitionAdministration;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.RuleDrafts.KindSettings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * An agency's petition rules in the console, for its administrator: the overview of every kind,
 * category, place and routing rule ({@code GET /console/petitions/rules/{code}}), and each kind's
 * rules ({@code /console/petitions/rules/{code}/kinds/{kind}}). Anyone else gets "not found".
 */
@Controller
class PetitionRulesController {

  static final String OVERVIEW = "petitions/admin-rules";
  static final String KIND = "petitions/admin-kind";

  private final RulePages pages;
  private final PetitionAdministration administration;
  private final PetitionRules rules;
  private final Organisation organisation;

  PetitionRulesController(
      RulePages pages,
      PetitionAdministration administration,
      PetitionRules rules,
      Organisation organisation) {
    this.pages = pages;
    this.administration = administration;
    this.rules = rules;
    this.organisation = organisation;
  }

  /**
   * The navigation's entry: the rules of the staff member's own agency, shown in place (a link in
   * the navigation answers its page, not a redirect); {@code ?agency=} chooses another one the
   * caller may manage.
   */
  @GetMapping("/console/petitions/rules")
  String choose(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    if (agency == null || agency.isBlank()) {
      return overview(staff, staff.agencyCode().value(), model, locale);
    }
    return "redirect:/console/petitions/rules/" + pages.agency(staff, agency).code().value();
  }

  @GetMapping("/console/petitions/rules/{code}")
  String overview(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    pages.common(model, agency, locale);
    Map<String, KindSettings> kinds =
        administration.kinds(staff, agency.code()).stream()
            .collect(Collectors.toMap(k -> k.rule().kind().name(), Function.identity()));
    model.addAttribute("kinds", RulePages.KINDS);
    model.addAttribute("replyParts", java.util.List.of(KindRule.ReplyPart.values()));
    model.addAttribute("settings", kinds);
    model.addAttribute("categories", administration.categories(staff, agency.code()));
    model.addAttribute("places", rules.places(agency.code()));
    model.addAttribute("routes", rules.routes(agency.code()));
    model.addAttribute(
        "agencies",
        organisation.agenciesFor(staff).stream()
            .filter(a -> PetitionAdministration.mayAdminister(staff, a.code()))
            .toList());
    return OVERVIEW;
  }

  @GetMapping("/console/petitions/rules/{code}/kinds/{kind}")
  String kindForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable String kind,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    CaseKind k = RulePages.kind(kind);
    KindRuleForm form =
        administration.kinds(staff, agency.code()).stream()
            .filter(s -> s.rule().kind() == k)
            .findFirst()
            .map(KindRuleForm::of)
            .orElseGet(KindRuleForm::new);
    return kindPage(model, agency, k, form, locale);
  }

  @PostMapping("/console/petitions/rules/{code}/kinds/{kind}")
  String saveKind(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable String kind,
      @ModelAttribute("form") KindRuleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    CaseKind k = RulePages.kind(kind);
    try {
      FormSupport.requireBound(result);
      administration.saveKind(staff, form.toDraft(agency.code(), k), form.getVersion());
      redirect.addFlashAttribute("saved", k.name());
      return "redirect:/console/petitions/rules/" + agency.code().value() + "#kinds";
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return kindPage(model, agency, k, form, locale);
    }
  }

  private String kindPage(
      Model model, Agency agency, CaseKind kind, KindRuleForm form, Locale locale) {
    pages.common(model, agency, locale);
    model.addAttribute("kind", kind);
    model.addAttribute("form", form);
    model.addAttribute("replyParts", java.util.List.of(KindRule.ReplyPart.values()));
    return KIND;
  }
}
