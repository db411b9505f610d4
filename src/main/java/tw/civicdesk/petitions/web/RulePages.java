// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/** What the pages of an agency's petition rules share: the agency, its units and the options. */
@Component
class RulePages {

  /** Every kind but applications, in {@link CaseKind} order. */
  static final List<CaseKind> KINDS =
      Arrays.stream(CaseKind.values()).filter(k -> k != CaseKind.APPLICATION).toList();

  private final Organisation organisation;
  private final FormSupport forms;

  RulePages(Organisation organisation, FormSupport forms) {
    this.organisation = organisation;
    this.forms = forms;
  }

  /** The agency if {@code staff} administers it; else "not found", as for a missing agency. */
  Agency agency(StaffPrincipal staff, String code) {
    return organisation.agencyManagedBy(staff, code);
  }

  /** The kind a URL names; "not found" for anything else. */
  static CaseKind kind(String raw) {
    return KINDS.stream()
        .filter(k -> k.name().equals(raw))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("petition-admin.kind.not-found"));
  }

  /** Puts the names of {@code agency}'s units on {@code model} ({@code unitNames}, by id). */
  List<Unit> unitNames(Model model, tw.civicdesk.organisation.AgencyCode agency, Locale locale) {
    List<Unit> units = organisation.units(agency);
    Map<Long, String> names = new LinkedHashMap<>();
    units.forEach(u -> names.put(u.id(), u.name().in(locale)));
    model.addAttribute("unitNames", names);
    return units;
  }

  /** Puts the agency, its units' names and the common options on {@code model}. */
  void common(Model model, Agency agency, Locale locale) {
    List<Unit> units = unitNames(model, agency.code(), locale);
    model.addAttribute("agency", agency);
    model.addAttribute(
        "unitOptions",
        forms.options(
            units,
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "petition-admin.choose",
            locale));
    model.addAttribute(
        "limitUnitOptions",
        withNone(
            forms.enumOptions(TimeLimit.Unit.class, "petition-admin.limit-unit.", locale), locale));
    model.addAttribute(
        "kindOptions",
        withNone(
            forms.enumOptions(
                CaseKind.class, k -> k != CaseKind.APPLICATION, "petitions.kind.", locale),
            locale));
  }

  private Map<String, String> withNone(Map<String, String> options, Locale locale) {
    Map<String, String> all = new LinkedHashMap<>();
    all.putAll(forms.options(List.<String>of(), s -> s, s -> s, "petition-admin.choose", locale));
    all.putAll(options);
    return all;
  }
}
