// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.links.LinkKind;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.links.Links;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The agency administrator's link lists: {@code /console/links} lists every link with what the
 * check last found; {@code /console/links/new} adds one; {@code /console/links/{id}/edit} changes
 * one (also open to its owner, who is told when it breaks); {@code /console/links/{id}/delete}
 * removes one. A refused form answers 422 with every field error.
 */
@Controller
class LinkConsoleController {

  static final String LIST = "links/console";
  static final String FORM = "links/form";

  private final Links links;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Clock clock;

  LinkConsoleController(Links links, Organisation organisation, FormSupport forms, Clock clock) {
    this.links = links;
    this.organisation = organisation;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/console/links")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("kinds", LinkKind.values());
    model.addAttribute("links", links.all(staff, chosen.code()));
    return LIST;
  }

  @GetMapping("/console/links/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    Agency chosen = agency(staff, agency);
    links.all(staff, chosen.code());
    LinkForm form = new LinkForm();
    form.setReviewOn(
        LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei"))).plusYears(1));
    return page(model, chosen, form, null, locale);
  }

  @PostMapping("/console/links/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @ModelAttribute("form") LinkForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency chosen = agency(staff, agency);
    try {
      FormSupport.requireBound(result);
      links.create(staff, chosen.code(), form.toCommand());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/links?agency=" + chosen.code().value();
    } catch (DomainException e) {
      return refused(e, result, response, model, chosen, form, null, locale);
    }
  }

  @GetMapping("/console/links/{id}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    Link link = links.get(staff, id);
    return page(model, agency(staff, link.agency().value()), LinkForm.of(link), link, locale);
  }

  @PostMapping("/console/links/{id}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @ModelAttribute("form") LinkForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Link link = links.get(staff, id);
    Agency agency = agency(staff, link.agency().value());
    try {
      FormSupport.requireBound(result);
      links.update(staff, id, form.getVersion(), form.toCommand());
      redirect.addFlashAttribute("saved", true);
      return Links.mayEdit(staff, link.agency())
          ? "redirect:/console/links?agency=" + agency.code().value()
          : "redirect:/console/links/" + id + "/edit";
    } catch (DomainException e) {
      return refused(e, result, response, model, agency, form, link, locale);
    }
  }

  @PostMapping("/console/links/{id}/delete")
  String delete(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam int version,
      RedirectAttributes redirect) {
    Link link = links.get(staff, id);
    links.delete(staff, id, version);
    redirect.addFlashAttribute("deleted", true);
    return "redirect:/console/links?agency=" + link.agency().value();
  }

  private Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return organisation.agencyFor(
        staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
  }

  private String refused(
      DomainException e,
      BindingResult result,
      HttpServletResponse response,
      Model model,
      Agency agency,
      LinkForm form,
      @Nullable Link link,
      Locale locale) {
    if (!(e instanceof FormSupport.FormNotBound)) {
      FormSupport.reject(e, result);
    }
    response.setStatus(422);
    return page(model, agency, form, link, locale);
  }

  private String page(
      Model model, Agency agency, LinkForm form, @Nullable Link link, Locale locale) {
    model.addAttribute("agency", agency);
    model.addAttribute("form", form);
    model.addAttribute("link", link);
    model.addAttribute("kindOptions", forms.enumOptions(LinkKind.class, "links.kind.", locale));
    model.addAttribute(
        "unitOptions",
        forms.options(
            organisation.units(agency.code()),
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "links.form.choose-unit",
            locale));
    return FORM;
  }
}
