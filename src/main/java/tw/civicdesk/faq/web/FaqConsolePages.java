// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;

/**
 * What the console's FAQ pages share: the agency a page is about (the staff member's own, or the
 * one a system administrator names with {@code ?agency=}; another is "not found"), and the choices
 * of the entry form.
 */
@Component
class FaqConsolePages {

  private final Organisation organisation;
  private final Faq faq;
  private final MessageSource messages;

  FaqConsolePages(Organisation organisation, Faq faq, MessageSource messages) {
    this.organisation = organisation;
    this.faq = faq;
    this.messages = messages;
  }

  /** The agency named, or the staff member's own; "not found" outside their reach. */
  Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return organisation.agencyFor(
        staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
  }

  List<Agency> choices(StaffPrincipal staff) {
    return organisation.agenciesFor(staff);
  }

  /** The units of {@code agency} by id. */
  Map<Long, Unit> units(Agency agency) {
    Map<Long, Unit> units = new LinkedHashMap<>();
    organisation.units(agency.code()).forEach(u -> units.put(u.id(), u));
    return units;
  }

  /** The form's choices: categories and units of the agency, each with a "choose" first. */
  void formChoices(Model model, Agency agency, Locale locale) {
    Map<String, String> categories = new LinkedHashMap<>();
    categories.put("", messages.getMessage("faq.form.choose", null, locale));
    for (Category c : faq.categories(agency.code())) {
      categories.put(c.code(), c.name().in(locale));
    }
    Map<String, String> units = new LinkedHashMap<>();
    units.put("", messages.getMessage("faq.form.choose", null, locale));
    units(agency).forEach((id, u) -> units.put(Long.toString(id), u.name().in(locale)));
    model.addAttribute("categoryOptions", categories);
    model.addAttribute("unitOptions", units);
    model.addAttribute("agency", agency);
  }
}
