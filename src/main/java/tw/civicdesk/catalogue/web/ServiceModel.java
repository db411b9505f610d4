// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.util.Locale;
import org.springframework.ui.Model;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/** What the service page shows, shared by the public page and the console's preview. */
final class ServiceModel {

  private ServiceModel() {}

  static void fill(Model model, ServiceVersion service, Organisation organisation, Locale locale) {
    Agency agency = organisation.agency(service.agency()).orElseThrow();
    Unit unit = ServicePagesController.unitsById(organisation, agency).get(service.unitId());
    model.addAttribute("service", service);
    model.addAttribute("content", service.content());
    model.addAttribute("agency", agency);
    model.addAttribute("unitName", unit == null ? "" : unit.name().in(locale));
    model.addAttribute("online", service.content().offers(Channel.ONLINE));
    model.addAttribute("limit", service.content().effectiveTimeLimit());
    model.addAttribute("preview", false);
  }
}
