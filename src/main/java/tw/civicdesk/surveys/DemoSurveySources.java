// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/**
 * What the demo's surveys are made by and tied to, read through the other modules' doors: the demo
 * accounts, an agency's units and published services (a poster or a paper form names them), and its
 * decided demo cases (each post-case answer is one of them).
 */
@Component
@Profile("demo")
class DemoSurveySources {

  /** How much more often a counter of this unit code is named than the others. */
  private static final Map<String, Integer> BUSY =
      Map.of("CIVIL", 6, "SOCIAL", 3, "DESK-1", 4, "DESK-2", 3, "DESK-3", 2, "HEALTH", 5);

  private final Organisation organisation;
  private final Catalogue catalogue;
  private final CaseWork cases;

  DemoSurveySources(Organisation organisation, Catalogue catalogue, CaseWork cases) {
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.cases = cases;
  }

  /** A published service of the agency: its code and the unit that offers it. */
  record Service(String code, long unitId) {}

  /** A decided or closed case of the agency, and the day it was decided. */
  record DecidedCase(String number, long unitId, @Nullable String serviceCode, LocalDate on) {}

  /** Whether the agency exists (the demo organisation loaded it). */
  boolean exists(AgencyCode agency) {
    return organisation.agency(agency).isPresent();
  }

  /** The demo account {@code username}, if it exists. */
  java.util.Optional<tw.civicdesk.organisation.StaffPrincipal> account(String username) {
    return organisation.accountForSignIn(username);
  }

  /** The agency's units, each weighted by how busy its counter is. */
  Map<Unit, Integer> units(AgencyCode agency) {
    Map<Unit, Integer> units = new java.util.LinkedHashMap<>();
    organisation.units(agency).forEach(u -> units.put(u, BUSY.getOrDefault(u.code(), 1)));
    return units;
  }

  List<Service> services(AgencyCode agency) {
    return catalogue.published(ServiceFilter.allOf(agency)).items().stream()
        .map(s -> new Service(s.code().value(), s.unitId()))
        .toList();
  }

  /** The agency's decided or closed cases, by number. */
  List<DecidedCase> decided(AgencyCode agency) {
    List<DecidedCase> decided = new ArrayList<>();
    String after = "";
    for (List<CaseViews.Fact> page = cases.facts(after, 500);
        !page.isEmpty();
        page = cases.facts(after, 500)) {
      for (CaseViews.Fact f : page) {
        LocalDate on = decidedOn(f);
        if (f.agency().equals(agency)
            && Surveys.ANSWERABLE_CASES.contains(f.status())
            && on != null) {
          decided.add(
              new DecidedCase(
                  f.number().value(),
                  f.unitId(),
                  f.service() == null ? null : f.service().value(),
                  on));
        }
      }
      after = page.get(page.size() - 1).number().value();
    }
    return decided;
  }

  private static @Nullable LocalDate decidedOn(CaseViews.Fact f) {
    return f.steps().stream()
        .filter(s -> s.action() == CaseAction.DECIDE || s.action() == CaseAction.CLOSE)
        .map(CaseViews.FactStep::on)
        .findFirst()
        .orElse(null);
  }
}
