// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * An agency's FAQ categories ({@code /console/faq/categories}): the list, and one form that adds a
 * category or — given the code of one — renames and reorders it ({@code ?code=} fills the form with
 * it). For the agency's quality officers and administrators; other staff get 403.
 */
@Controller
class FaqCategoryController {

  static final String PAGE = "faq/categories";

  private final Faq faq;
  private final FaqConsolePages pages;

  FaqCategoryController(Faq faq, FaqConsolePages pages) {
    this.faq = faq;
    this.pages = pages;
  }

  @GetMapping("/console/faq/categories")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String code,
      Model model) {
    Agency chosen = editable(staff, agency);
    FaqCategoryForm form =
        faq.categories(chosen.code()).stream()
            .filter(c -> c.code().equals(code))
            .findFirst()
            .map(FaqCategoryForm::of)
            .orElseGet(FaqCategoryForm::new);
    return page(model, chosen, form);
  }

  @PostMapping("/console/faq/categories")
  String save(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @ModelAttribute("form") FaqCategoryForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency chosen = editable(staff, agency);
    try {
      FormSupport.requireBound(result);
      Category saved = faq.saveCategory(staff, form.toCommand(chosen.code()));
      redirect.addFlashAttribute("savedCategory", saved.name().zh());
      return "redirect:/console/faq/categories?agency=" + chosen.code().value();
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return page(model, chosen, form);
    }
  }

  private String page(Model model, Agency agency, FaqCategoryForm form) {
    model.addAttribute("agency", agency);
    model.addAttribute("categories", faq.categories(agency.code()));
    model.addAttribute("form", form);
    return PAGE;
  }

  private Agency editable(StaffPrincipal staff, @Nullable String raw) {
    Agency agency = pages.agency(staff, raw);
    if (!Faq.mayEdit(staff, agency.code())) {
      throw new ForbiddenException("faq.not-for-you");
    }
    return agency;
  }
}
