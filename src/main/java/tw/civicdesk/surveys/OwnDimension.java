// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A dimension an agency adds to the standard ones, e.g. 數位服務.
 *
 * @param code 2 to 30 of {@code A-Z 0-9 _}, starting with a letter, not a standard code
 */
public record OwnDimension(String code, BilingualText name) {}
