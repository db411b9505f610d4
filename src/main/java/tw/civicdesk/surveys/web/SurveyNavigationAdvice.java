// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.surveys.SurveyBuilding;

/**
 * Tells the console layout whether to show the surveys (every staff member: anyone may read the
 * results of their agency and enter paper answers) and whether the signed-in staff member's agency
 * has an open staff survey they have not answered ({@code staffSurveyWaiting}, the navigation's
 * notice); the latter only on console pages, so that no other page makes the query.
 */
@ControllerAdvice
class SurveyNavigationAdvice {

  private final SurveyBuilding building;

  SurveyNavigationAdvice(SurveyBuilding building) {
    this.building = building;
  }

  @ModelAttribute("surveysVisible")
  boolean surveysVisible(@Nullable Principal principal) {
    return staff(principal) != null;
  }

  @ModelAttribute("staffSurveyWaiting")
  boolean staffSurveyWaiting(@Nullable Principal principal, HttpServletRequest request) {
    StaffPrincipal staff = staff(principal);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return staff != null
        && path.startsWith("/console")
        && building.staffSurveyNotice(staff).unanswered() > 0;
  }

  private static @Nullable StaffPrincipal staff(@Nullable Principal principal) {
    return principal instanceof Authentication user
            && user.getPrincipal() instanceof StaffPrincipal staff
        ? staff
        : null;
  }
}
