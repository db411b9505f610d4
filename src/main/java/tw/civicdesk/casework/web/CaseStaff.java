// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.Locale;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.StaffActions;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.NotFoundException;

/** What the case controllers need from the signed-in staff member and the path. */
final class CaseStaff {

  private CaseStaff() {}

  /**
   * The case number in a path, upper-cased.
   *
   * @throws MalformedCaseNumber (404) when it is not a well-formed case number
   */
  static CaseNumber number(String raw) {
    if (!CaseNumber.isValid(raw)) {
      throw new MalformedCaseNumber();
    }
    return new CaseNumber(raw.strip().toUpperCase(Locale.ROOT));
  }

  /** The staff member as an actor on a case; see {@link StaffActions#caseActor}. */
  static Actor actor(StaffPrincipal staff) {
    return StaffActions.caseActor(staff);
  }

  /** A path that cannot name a case; answered like an unknown case. */
  static final class MalformedCaseNumber extends NotFoundException {
    MalformedCaseNumber() {
      super("casework.case.not-found");
    }
  }
}
