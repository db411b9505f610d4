// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A unit (課/室/股/科/隊) of one agency.
 *
 * @param code short code unique within the agency, e.g. {@code CIVIL}
 * @param contact the unit's duties and own contacts, each possibly empty
 */
public record Unit(
    long id,
    AgencyCode agencyCode,
    String code,
    BilingualText name,
    UnitKind kind,
    int version,
    UnitContact contact) {}
