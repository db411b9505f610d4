// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Whom the public asks about a unit's work: the unit's own phone, e-mail and hours where it gives
 * them, else its agency's ({@link Organisation#contactOf}); the address is always the agency's.
 *
 * @param email empty when neither the unit nor the agency gives one
 */
public record Contact(
    BilingualText agencyName,
    BilingualText unitName,
    String phone,
    String email,
    BilingualText address,
    BilingualText openingHours) {}
