// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.security.StaffDirectory;

/** The {@link StaffDirectory} of CivicDesk's own staff accounts and agencies. */
@Component
class OrganisationDirectory implements StaffDirectory {

  private final StaffMembers staff;
  private final Agencies agencies;

  OrganisationDirectory(StaffMembers staff, Agencies agencies) {
    this.staff = staff;
    this.agencies = agencies;
  }

  @Override
  public Map<String, String> displayNames(Collection<String> usernames) {
    Map<String, String> names = new HashMap<>();
    usernames.stream()
        .distinct()
        .forEach(u -> staff.findByUsername(u).ifPresent(m -> names.put(u, m.displayName())));
    return names;
  }

  @Override
  public Map<String, BilingualText> agencyNames(Collection<String> agencyCodes) {
    Map<String, BilingualText> names = new HashMap<>();
    agencyCodes.stream()
        .distinct()
        .filter(AgencyCode::isValid)
        .forEach(c -> agencies.find(AgencyCode.of(c)).ifPresent(a -> names.put(c, a.name())));
    return names;
  }
}
