// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;

/**
 * The names the plan and monitoring pages give a practice's units: each unit of the agency by its
 * code, and {@link Practice#ALL_UNITS} as 「各單位」 ("all units"), in the reader's language.
 */
@NamedInterface("api")
@Component
public class UnitNames {

  private final Organisation organisation;
  private final MessageSource messages;

  UnitNames(Organisation organisation, MessageSource messages) {
    this.organisation = organisation;
    this.messages = messages;
  }

  /** The names of {@code agency}'s units by code, and of all units, in {@code locale}. */
  public Map<String, String> of(AgencyCode agency, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    Map<String, String> names = new HashMap<>();
    organisation
        .units(agency)
        .forEach(u -> names.put(u.code(), zh ? u.name().zh() : u.name().en()));
    names.put(Practice.ALL_UNITS, messages.getMessage("performance.units.all", null, locale));
    return names;
  }
}
