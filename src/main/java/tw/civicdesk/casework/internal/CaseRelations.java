// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseNumber;

/**
 * How cases relate through their applicants and merges, for the system: answers case numbers only,
 * so the applicants' addresses are compared here and never leave case work.
 */
@Component
@Transactional(readOnly = true)
public class CaseRelations {

  private final Cases cases;
  private final Applicants applicants;

  CaseRelations(Cases cases, Applicants applicants) {
    this.cases = cases;
    this.applicants = applicants;
  }

  /** The cases merged into {@code into} (併案), by number. */
  public List<CaseNumber> mergedInto(CaseNumber into) {
    return cases.mergedInto(into);
  }

  /**
   * Those of {@code among} filed by the same applicant as {@code number}: the same e-mail address
   * (any case) or mobile number (its digits).
   */
  public List<CaseNumber> sameApplicant(CaseNumber number, Collection<CaseNumber> among) {
    return applicants.sameContact(number, among);
  }
}
