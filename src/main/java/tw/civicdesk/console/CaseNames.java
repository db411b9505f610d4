// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Turns case-list rows into {@link HomeCase}s: service codes into service names, usernames into
 * display names, unit ids into unit names — for rows of the viewer's own agency, which is all a
 * case list ever holds.
 */
@Component
class CaseNames {

  private final Catalogue catalogue;
  private final Organisation organisation;

  CaseNames(Catalogue catalogue, Organisation organisation) {
    this.catalogue = catalogue;
    this.organisation = organisation;
  }

  /** The rows named for {@code viewer}; codes that no longer resolve show as no name. */
  List<HomeCase> name(StaffPrincipal viewer, List<CaseQuery.Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, String> people = new HashMap<>();
    for (Role role : List.of(Role.CASE_OFFICER, Role.UNIT_HEAD, Role.COUNTER_CLERK)) {
      organisation.colleagues(viewer, role).forEach(s -> people.put(s.username(), s.displayName()));
    }
    Map<Long, BilingualText> units = new HashMap<>();
    organisation.units(viewer.agencyCode()).forEach(u -> units.put(u.id(), u.name()));
    Map<String, @Nullable BilingualText> services = new HashMap<>();
    return rows.stream()
        .map(
            r ->
                new HomeCase(
                    r.number(),
                    r.serviceCode() == null
                        ? null
                        : services.computeIfAbsent(r.serviceCode(), this::serviceName),
                    r.status(),
                    r.receivedOn(),
                    r.dueDate(),
                    r.overdue(),
                    r.officer() == null ? null : people.get(r.officer()),
                    units.get(r.unitId())))
        .toList();
  }

  private @Nullable BilingualText serviceName(String code) {
    if (!ServiceCode.isValid(code)) {
      return null;
    }
    return catalogue.published(ServiceCode.of(code)).map(v -> v.content().name()).orElse(null);
  }
}
