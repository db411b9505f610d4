// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.FieldType;
import tw.civicdesk.catalogue.FormKind;
import tw.civicdesk.catalogue.ServiceCategory;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.web.FormSupport;

/** What the service editor page needs, shared by the console's catalogue controllers. */
@Component
class ServiceFormPage {

  static final String VIEW = "catalogue/console-form";

  private final Catalogue catalogue;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Clock clock;

  ServiceFormPage(Catalogue catalogue, Organisation organisation, FormSupport forms, Clock clock) {
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.forms = forms;
    this.clock = clock;
  }

  String show(
      Model model, Agency agency, ServiceForm form, @Nullable ServiceEntry entry, Locale locale) {
    model.addAttribute("agency", agency);
    model.addAttribute("form", form);
    model.addAttribute("entry", entry);
    model.addAttribute(
        "working",
        entry == null
            ? null
            : catalogue
                .version(
                    entry.code(), entry.hasDraft() ? entry.draftVersion() : entry.currentVersion())
                .orElse(null));
    model.addAttribute(
        "unitOptions",
        forms.options(
            organisation.units(agency.code()),
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "catalogue.form.choose-unit",
            locale));
    model.addAttribute(
        "categoryOptions", forms.enumOptions(ServiceCategory.class, "catalogue.category.", locale));
    model.addAttribute("limitUnits", TimeLimit.Unit.values());
    model.addAttribute("channelValues", Channel.forServices());
    model.addAttribute("formKinds", FormKind.values());
    if (entry != null && !model.containsAttribute("fieldForm")) {
      model.addAttribute("fieldForm", FieldForm.forRevision(entry.revision()));
    }
    model.addAttribute(
        "fieldTypeOptions", forms.enumOptions(FieldType.class, "catalogue.field-type.", locale));
    return VIEW;
  }

  /** Amount and unit of a time limit come together; the statutory default needs neither. */
  void checkLimits(ServiceForm form, BindingResult result) {
    if (!form.timeLimitComplete()) {
      result.rejectValue("timeLimitAmount", "catalogue.error.limit-incomplete");
    }
    if (!form.targetComplete()) {
      result.rejectValue("targetAmount", "catalogue.error.limit-incomplete");
    }
  }

  ServiceEntry entry(StaffPrincipal staff, String code) {
    if (!ServiceCode.isValid(code)) {
      throw new ServiceNotFound();
    }
    return catalogue.entryFor(staff, ServiceCode.of(code));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }
}
