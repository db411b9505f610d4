// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.web.FormSupport;

/** The units and the published services of an agency, as the entry form's optional choices. */
@Component
class EntryOptions {

  private final Organisation organisation;
  private final Catalogue catalogue;
  private final FormSupport forms;

  EntryOptions(Organisation organisation, Catalogue catalogue, FormSupport forms) {
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.forms = forms;
  }

  /** Puts {@code unitOptions} and {@code serviceOptions} (each led by "not given") on the model. */
  void addTo(Model model, AgencyCode agency, Locale locale) {
    model.addAttribute(
        "unitOptions",
        forms.options(
            organisation.units(agency),
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "survey-builder.entry.not-given",
            locale));
    model.addAttribute(
        "serviceOptions",
        forms.options(
            catalogue.published(ServiceFilter.allOf(agency)).items(),
            s -> s.code().value(),
            s -> s.content().name().in(locale),
            "survey-builder.entry.not-given",
            locale));
  }
}
