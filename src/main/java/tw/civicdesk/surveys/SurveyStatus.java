// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

/** Where a survey stands: only an open survey takes answers. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
