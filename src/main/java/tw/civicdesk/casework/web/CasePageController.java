// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.casework.Case;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseAttachments;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseMessages;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.StaffActions;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffMember;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console's case page: the case's state, links, child cases, form values (addresses and
 * national IDs masked), attachments and history; the applicant and the unmasked form values only
 * on request (each view audited, ADR 0028); and a form for every action the
 * staff member may take now. A refused or overtaken action shows the case as it now is, with
 * the refusal and everything the officer typed.
 */
@Controller
class CasePageController {

  static final String PAGE = "casework/case";

  private final CaseWork work;
  private final CaseSteps steps;
  private final CaseAttachments attachments;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Catalogue catalogue;
  private final List<CaseMessages> messages;

  CasePageController(CaseWork work, CaseSteps steps, CaseAttachments attachments,
      Organisation organisation, FormSupport forms, Catalogue catalogue,
      List<CaseMessages> messages) {
    this.messages = messages;
    this.forms = forms;
    this.catalogue = catalogue;
    this.work = work;
    this.steps = steps;
    this.attachments = attachments;
    this.organisation = organisation;
  }

  @GetMapping("/console/cases/{number}")
  String page(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
      Model model, Locale locale) {
    Case c = work.get(CaseStaff.number(number), staff);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ActionForm(c.version()));
    }
    return show(staff, c, model, locale);
  }

  @PostMapping("/console/cases/{number}/applicant")
  String applicant(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
      Model model, Locale locale) {
    CaseNumber n = CaseStaff.number(number);
    List<FormField> fields = formFields(work.get(n, staff));
    CaseWork.PersonalData shown = work.personalData(n, staff, FormValues.personal(fields));
    model.addAttribute("applicant", shown.applicant());
    model.addAttribute("applicantShown", true);
    model.addAttribute("revealedValues", FormValues.revealed(shown.fields(), fields, locale));
    return page(staff, number, model, locale);
  }

  @PostMapping("/console/cases/{number}/actions/{action}")
  String act(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number,
      @PathVariable String action, @ModelAttribute("form") ActionForm form,
      BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
    CaseNumber n = CaseStaff.number(number);
    CaseAction step = parse(action);
    try {
      FormSupport.requireBound(result);
      steps.take(staff, n, step, form);
      redirect.addFlashAttribute("done", step.name());
      return "redirect:/console/cases/" + n.value();
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      Case now = work.get(n, staff);
      form.setVersion(now.version());
      model.addAttribute("failedAction", step.name());
      return show(staff, now, model, locale);
    }
  }

  private String show(StaffPrincipal staff, Case c, Model model, Locale locale) {
    Map<Long, Unit> units = organisation.units(c.agency()).stream()
        .collect(Collectors.toMap(Unit::id, Function.identity()));
    model.addAttribute("kase", c);
    Map<String, CaseNumber> links = new LinkedHashMap<>();
    CaseLinks l = c.links();
    Stream.of(Map.entry("parent", Optional.ofNullable(l.parent())),
        Map.entry("transferredFrom", Optional.ofNullable(l.transferredFrom())),
        Map.entry("transferredTo", Optional.ofNullable(l.transferredTo())),
        Map.entry("mergedInto", Optional.ofNullable(l.mergedInto())))
        .forEach(e -> e.getValue().ifPresent(target -> links.put(e.getKey(), target)));
    model.addAttribute("links", links);
    var due = work.dueDate(c);
    model.addAttribute("due", due);
    var details = work.details(c.number(), staff);
    model.addAttribute("details", details);
    model.addAttribute("formValues", FormValues.of(details.fields(), formFields(c), locale));
    model.addAttribute("children", work.children(c.number(), staff));
    model.addAttribute("units", units);
    model.addAttribute("actions", StaffActions.allowedNow(c, staff, work.today(), due).stream().sorted()
        .map(CaseAction::name).toList());
    model.addAttribute("officerChoices", forms.options(organisation.colleagues(staff, Role.CASE_OFFICER),
        StaffMember::username, StaffMember::displayName, "casework.form.choose", locale));
    model.addAttribute("agencyChoices", forms.options(organisation.agencies().stream()
        .filter(a -> !a.code().equals(c.agency())).toList(), a -> a.code().value(),
        a -> a.name().in(locale), "casework.form.choose", locale));
    model.addAttribute("unitChoices", forms.options(units.values().stream()
        .filter(u -> u.id() != c.unitId()).toList(), u -> String.valueOf(u.id()),
        u -> u.name().in(locale), "casework.form.choose", locale));
    model.addAttribute("outcomeChoices", forms.enumOptions(Decision.class, "casework.decision.",
        locale));
    model.addAttribute("attachments", attachments.list(c.number()));
    model.addAttribute("verifications", attachments.verifications(c.number()));
    model.addAttribute("messages", messages.stream().flatMap(m -> m.of(c.number()).stream())
        .toList());
    model.addAttribute("limitUnit", c.clock().limit().unit().name());
    return PAGE;
  }

  /** The form fields of the version the case was filed under; none without a service. */
  private List<FormField> formFields(Case c) {
    ServiceRef ref = c.service();
    return ref == null ? List.of() : catalogue.version(ref.code(), ref.version())
        .map(v -> v.content().fields()).orElse(List.of());
  }

  private static CaseAction parse(String raw) {
    for (CaseAction a : CaseAction.values()) {
      if (a.name().equalsIgnoreCase(raw.replace('-', '_'))) {
        return a;
      }
    }
    throw new CaseWork.CaseNotFound();
  }
}
