// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import tw.civicdesk.organisation.AgencyCode;

/**
 * A survey as its current version asks it.
 *
 * @param version the current version, the one new answers use
 * @param tooFewBelow below this many answers the analysis says "too few answers" instead of a rate
 * @param answers the answers recorded so far, over all versions
 */
public record SurveyView(
    SurveyCode code,
    AgencyCode agency,
    SurveyPurpose purpose,
    SurveyStatus status,
    int version,
    Questionnaire questionnaire,
    int tooFewBelow,
    long answers) {

  /** Whether it takes answers now. */
  public boolean isOpen() {
    return status == SurveyStatus.OPEN;
  }
}
