// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

/**
 * An answer recorded: its survey and the version it answered. Carries no id, so that nothing can be
 * traced back from a confirmation page to the row.
 */
public record Recorded(SurveyCode code, int version, SurveyChannel channel) {}
