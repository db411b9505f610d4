// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * What the console's survey pages read besides {@link Surveys}: the answers each version of a
 * survey holds (the builder says before saving that a new version will be made), and whether a
 * staff member's agency has an open staff survey they have not answered yet (the navigation's
 * notice). Reach is {@link Surveys}'s: a survey outside the viewer's agency is "not found".
 */
@Service
public class SurveyBuilding {

  private final Surveys surveys;
  private final BuildingStore store;

  SurveyBuilding(Surveys surveys, BuildingStore store) {
    this.surveys = surveys;
    this.store = store;
  }

  /**
   * The number of answers of each version of survey {@code code} that has any, by version.
   *
   * @throws Surveys.SurveyNotFound when the viewer does not reach the survey
   */
  @Transactional(readOnly = true)
  public Map<Integer, Long> answersByVersion(StaffPrincipal viewer, SurveyCode code) {
    surveys.forStaff(viewer, code);
    return store.answersByVersion(code);
  }

  /** The open staff surveys of the viewer's agency, and how many of them they have not answered. */
  @Transactional(readOnly = true)
  public StaffSurveyNotice staffSurveyNotice(StaffPrincipal viewer) {
    return store.staffSurveyNotice(viewer.agencyCode(), viewer.id());
  }

  /**
   * Open staff surveys of an agency for one staff member.
   *
   * @param open how many are open
   * @param unanswered how many of those the staff member has not answered
   */
  public record StaffSurveyNotice(int open, int unanswered) {}
}
