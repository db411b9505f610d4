// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKindPages;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.StaffActions;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffMember;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.web.FormSupport;

/**
 * What the case page and its check-and-confirm page show: names, never codes or usernames, where a
 * name exists (the service in the page's language, staff display names, agencies, units), the
 * choices of step allowed now ({@link StaffActions#allowedNow}) and the chosen step's form.
 */
@Component
class CasePageModel {

  /**
   * The fields of a case without a service that may hold personal data: the place, which may be a
   * home; named in the audit row of the "show personal data" read.
   */
  static final List<String> PLACE_FIELDS = List.of("place.address");

  private final CaseEngine work;
  private final CaseAttachments attachments;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Catalogue catalogue;
  private final CasePorts ports;

  CasePageModel(
      CaseEngine work,
      CaseAttachments attachments,
      Organisation organisation,
      FormSupport forms,
      Catalogue catalogue,
      CasePorts ports) {
    this.work = work;
    this.attachments = attachments;
    this.organisation = organisation;
    this.forms = forms;
    this.catalogue = catalogue;
    this.ports = ports;
  }

  /** The case page, with the form of {@code chosen} (a choice's slug) when it is allowed now. */
  String show(StaffPrincipal staff, Case c, @Nullable String chosen, Model model, Locale locale) {
    common(staff, c, model, locale);
    LocalDate due = work.dueDate(c);
    model.addAttribute("due", due);
    model.addAttribute("links", links(c));
    var details = work.details(c.number(), staff);
    model.addAttribute("details", details);
    model.addAttribute("formValues", FormValues.of(details.fields(), formFields(c), locale));
    CaseKindPages.Particulars kind = particulars(staff, c, model, details.fields(), locale);
    model.addAttribute("children", work.children(c.number(), staff));
    List<ActionChoice> choices = choices(staff, c, due);
    model.addAttribute("choices", choices);
    model.addAttribute(
        "chosen",
        choices.stream()
            .filter(a -> chosen != null && a.slug().equalsIgnoreCase(chosen))
            // A kind decided on its own page has no decision form here.
            .filter(a -> a.action() != CaseAction.DECIDE || decideHref(kind) == null)
            .findFirst()
            .orElse(null));
    model.addAttribute("attachments", attachments.list(c.number()));
    model.addAttribute("verifications", attachments.verifications(c.number()));
    model.addAttribute("messages", ports.messages(c.number()));
    return CasePageController.PAGE;
  }

  /**
   * What the owner of the case's kind shows of it ({@link CaseKindPages}), as {@code kindPage};
   * revealed when the model already holds the audited, unmasked values.
   */
  private CaseKindPages.@Nullable Particulars particulars(
      StaffPrincipal staff, Case c, Model model, Map<String, String> fields, Locale locale) {
    boolean revealed = model.containsAttribute("revealedValues");
    CaseKindPages.Particulars kind =
        c.service() != null
            ? null
            : ports.particulars(c.number(), fields, revealed, staff, locale).orElse(null);
    model.addAttribute("kindPage", kind);
    if (kind != null) {
      model.addAttribute("serviceName", kind.title());
    }
    return kind;
  }

  /** Where case {@code c} is decided instead of the case page's own form, or {@code null}. */
  @Nullable String decideHref(StaffPrincipal staff, Case c, Locale locale) {
    if (c.service() != null) {
      return null;
    }
    return decideHref(
        ports
            .particulars(c.number(), work.details(c.number(), staff).fields(), false, staff, locale)
            .orElse(null));
  }

  private static @Nullable String decideHref(CaseKindPages.@Nullable Particulars kind) {
    return kind == null ? null : kind.decideHref();
  }

  /**
   * The check-and-confirm page of an irreversible step already checked: what will be done, the
   * answers as a person reads them, and the form that takes it.
   */
  String confirm(
      StaffPrincipal staff, Case c, String slug, ActionForm form, Model model, Locale locale) {
    common(staff, c, model, locale);
    ActionChoice choice =
        ActionChoice.of(
            ActionChoice.parse(slug).orElseThrow(), false, c.clock().limit().unit().name());
    var values = PropertyAccessorFactory.forBeanPropertyAccess(form);
    Map<String, String> answers = new LinkedHashMap<>();
    for (ActionChoice.Field f : choice.fields()) {
      String raw = String.valueOf(values.getPropertyValue(f.name()));
      Object options = f.choices().isEmpty() ? null : model.getAttribute(f.choices());
      String shown =
          options instanceof Map<?, ?> m && m.get(raw) != null ? String.valueOf(m.get(raw)) : raw;
      answers.put(f.name(), shown);
    }
    model.addAttribute("chosen", choice);
    model.addAttribute("answers", answers);
    return CasePageController.CONFIRM;
  }

  /** The form fields of the version the case was filed under; none without a service. */
  List<FormField> formFields(Case c) {
    ServiceRef ref = c.service();
    return ref == null
        ? List.of()
        : catalogue
            .version(ref.code(), ref.version())
            .map(v -> v.content().fields())
            .orElse(List.of());
  }

  private void common(StaffPrincipal staff, Case c, Model model, Locale locale) {
    Map<Long, Unit> units =
        organisation.units(c.agency()).stream()
            .collect(Collectors.toMap(Unit::id, Function.identity()));
    model.addAttribute("kase", c);
    model.addAttribute("units", units);
    model.addAttribute("staffNames", organisation.displayNames(staff));
    model.addAttribute(
        "agencyNames",
        organisation.agencies().stream()
            .collect(
                Collectors.toMap(a -> a.code().value(), a -> a.name().in(locale), (x, y) -> x)));
    ServiceRef ref = c.service();
    model.addAttribute(
        "serviceName",
        ref == null
            ? null
            : catalogue
                .name(ref.code(), ref.version())
                .map(n -> n.in(locale))
                .orElse(ref.code().value()));
    stepChoices(staff, c, units, model, locale);
  }

  /** The options of the step forms: colleagues, other agencies, other units, outcomes. */
  private void stepChoices(
      StaffPrincipal staff, Case c, Map<Long, Unit> units, Model model, Locale locale) {
    model.addAttribute(
        "officerChoices",
        forms.options(
            organisation.colleagues(staff, Role.CASE_OFFICER),
            StaffMember::username,
            StaffMember::displayName,
            "casework.form.choose",
            locale));
    model.addAttribute(
        "agencyChoices",
        forms.options(
            organisation.agencies().stream().filter(a -> !a.code().equals(c.agency())).toList(),
            a -> a.code().value(),
            a -> a.name().in(locale),
            "casework.form.choose",
            locale));
    model.addAttribute(
        "unitChoices",
        forms.options(
            units.values().stream().filter(u -> u.id() != c.unitId()).toList(),
            u -> String.valueOf(u.id()),
            u -> u.name().in(locale),
            "casework.form.choose",
            locale));
    model.addAttribute(
        "outcomeChoices",
        forms.enumOptions(Decision.class, c.kind()::allows, "casework.decision.", locale));
  }

  /** One choice per step allowed now; a case officer's assignment is taking it for themselves. */
  private List<ActionChoice> choices(StaffPrincipal staff, Case c, @Nullable LocalDate due) {
    boolean takes = !staff.has(Role.UNIT_HEAD);
    String unit = c.clock().limit().unit().name();
    return StaffActions.allowedNow(c, staff, work.today(), due).stream()
        .sorted()
        .map(a -> ActionChoice.of(a, takes, unit))
        .toList();
  }

  private static Map<String, CaseNumber> links(Case c) {
    Map<String, CaseNumber> links = new LinkedHashMap<>();
    CaseLinks l = c.links();
    Stream.of(
            Map.entry("parent", Optional.ofNullable(l.parent())),
            Map.entry("transferredFrom", Optional.ofNullable(l.transferredFrom())),
            Map.entry("transferredTo", Optional.ofNullable(l.transferredTo())),
            Map.entry("mergedInto", Optional.ofNullable(l.mergedInto())))
        .forEach(e -> e.getValue().ifPresent(target -> links.put(e.getKey(), target)));
    return links;
  }
}
