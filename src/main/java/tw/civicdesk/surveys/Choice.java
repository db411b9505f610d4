// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One choice of a single- or multiple-choice question.
 *
 * @param code stable within its question, 1 to 20 of {@code a-z 0-9 -}; what an answer names
 */
public record Choice(String code, BilingualText text) {}
