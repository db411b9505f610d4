// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.ClosureGround;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.ReplyTemplates;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The administrator's page of reply templates: every template of the agency with what it is for (a
 * category, a §173 ground or any category) and its language, and one form to add or change one.
 * Only an administrator of the agency opens it ({@link ReplyTemplates#administers}).
 */
@Controller
class ReplyTemplateController {

  static final String LIST = "petitions/reply-templates";
  static final String EDIT = "petitions/reply-template";
  private static final String PATH = "/console/petitions/reply-templates";

  private final ReplyTemplates templates;
  private final PetitionRules rules;
  private final MessageSource messages;

  ReplyTemplateController(ReplyTemplates templates, PetitionRules rules, MessageSource messages) {
    this.templates = templates;
    this.rules = rules;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    require(staff);
    model.addAttribute("templates", templates.all(staff.agencyCode()));
    model.addAttribute("uses", uses(staff, locale));
    return LIST;
  }

  @GetMapping(PATH + "/new")
  String add(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    require(staff);
    return edit(staff, 0, new ReplyTemplateForm(), model, locale);
  }

  @GetMapping(PATH + "/{id}")
  String change(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    // Another agency's template is not found, whoever asks; one's own is for its administrator.
    var t = templates.find(staff.agencyCode(), id).orElseThrow(NotFound::new);
    require(staff);
    return edit(staff, id, ReplyTemplateForm.of(t), model, locale);
  }

  @PostMapping({PATH + "/new", PATH + "/{id}"})
  String save(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable(required = false) Long id,
      @ModelAttribute("form") ReplyTemplateForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    long which = id == null ? 0 : id;
    if (which != 0) {
      templates.find(staff.agencyCode(), which).orElseThrow(NotFound::new);
    }
    require(staff);
    try {
      FormSupport.requireBound(result);
      templates.save(staff, form.toTemplate(which, staff.agencyCode()));
      redirect.addFlashAttribute("saved", true);
      return "redirect:" + PATH;
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      return edit(staff, which, form, model, locale);
    }
  }

  private String edit(
      StaffPrincipal staff, long id, ReplyTemplateForm form, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("id", id);
    model.addAttribute("uses", uses(staff, locale));
    Map<String, String> languages = new LinkedHashMap<>();
    languages.put("zh-TW", messages.getMessage("intake.language.zh-TW", null, locale));
    languages.put("en", messages.getMessage("intake.language.en", null, locale));
    model.addAttribute("languages", languages);
    return EDIT;
  }

  /** What a template may be for: any category, each category, each §173 ground. */
  private Map<String, String> uses(StaffPrincipal staff, Locale locale) {
    Map<String, String> uses = new LinkedHashMap<>();
    uses.put("", messages.getMessage("replies.templates.any-category", null, locale));
    for (Category c : rules.allCategories(staff.agencyCode())) {
      uses.put(
          c.code(),
          messages.getMessage("petitions.kind." + c.kind().name(), null, locale)
              + "："
              + c.name().in(locale));
    }
    for (ClosureGround g : ClosureGround.CHOSEN) {
      uses.put(
          "ground:" + g.name(),
          messages.getMessage(
              "replies.templates.for-ground",
              new Object[] {messages.getMessage("replies.ground." + g.name(), null, locale)},
              locale));
    }
    return uses;
  }

  private static void require(StaffPrincipal staff) {
    if (!ReplyTemplates.administers(staff, staff.agencyCode())) {
      throw new Forbidden();
    }
  }

  /** Only an administrator of the agency keeps its templates. */
  static final class Forbidden extends tw.civicdesk.platform.error.ForbiddenException {
    Forbidden() {
      super("replies.template.forbidden");
    }
  }

  /** No such template at the agency. */
  static final class NotFound extends tw.civicdesk.platform.error.NotFoundException {
    NotFound() {
      super("replies.template.not-found");
    }
  }
}
