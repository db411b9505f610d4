// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.PetitionAdministration;
import tw.civicdesk.petitions.RuleDrafts.CategorySettings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Adding and changing an agency's categories ({@code
 * /console/petitions/rules/{code}/categories/…}): names in both languages, an own time limit, the
 * order, and whether new cases may choose it.
 */
@Controller
class PetitionCategoryController {

  static final String FORM = "petitions/admin-category";
  private static final String BASE = "/console/petitions/rules/{code}/categories";

  private final RulePages pages;
  private final PetitionAdministration administration;

  PetitionCategoryController(RulePages pages, PetitionAdministration administration) {
    this.pages = pages;
    this.administration = administration;
  }

  @GetMapping(BASE + "/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    return page(model, agency, new CategoryForm(), null, locale);
  }

  @PostMapping(BASE + "/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") CategoryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    return save(staff, agency, form, null, result, model, locale, response, redirect);
  }

  @GetMapping(BASE + "/{category}")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable String category,
      Model model,
      Locale locale) {
    Agency agency = pages.agency(staff, code);
    CategorySettings existing = existing(staff, agency, category);
    return page(model, agency, CategoryForm.of(existing), existing, locale);
  }

  @PostMapping(BASE + "/{category}")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable String category,
      @ModelAttribute("form") CategoryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.agency(staff, code);
    CategorySettings existing = existing(staff, agency, category);
    form.setCode(existing.category().code());
    form.setKind(existing.category().kind());
    return save(staff, agency, form, existing, result, model, locale, response, redirect);
  }

  private String save(
      StaffPrincipal staff,
      Agency agency,
      CategoryForm form,
      @Nullable CategorySettings existing,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      FormSupport.requireBound(result);
      CategorySettings saved =
          administration.saveCategory(
              staff, form.toDraft(agency.code()), existing == null, form.getVersion());
      redirect.addFlashAttribute("savedCategory", saved.category().name().in(locale));
      return "redirect:/console/petitions/rules/" + agency.code().value() + "#categories";
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return page(model, agency, form, existing, locale);
    }
  }

  private CategorySettings existing(StaffPrincipal staff, Agency agency, String code) {
    return administration.categories(staff, agency.code()).stream()
        .filter(c -> c.category().code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new tw.civicdesk.platform.error.NotFoundException(
                    "petition-admin.category.not-found"));
  }

  private String page(
      Model model,
      Agency agency,
      CategoryForm form,
      @Nullable CategorySettings existing,
      Locale locale) {
    pages.common(model, agency, locale);
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    return FORM;
  }
}
