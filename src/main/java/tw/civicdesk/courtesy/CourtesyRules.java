// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;

/**
 * An agency's courtesy settings.
 *
 * @param threshold a test scoring under it opens a follow-up to the unit's heads (default {@code
 *     civicdesk.courtesy.threshold}, 80)
 * @param showNames whether results may name who answered and who tested (default no)
 */
public record CourtesyRules(BigDecimal threshold, boolean showNames) {}
