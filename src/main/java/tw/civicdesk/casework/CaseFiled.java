// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Published by {@link CaseEngine#file} for every new case, in the transaction that stores it
 * (see {@link CaseStepTaken} for what listeners may do there). A child case of joint handling
 * has {@link CaseLinks#parent()}, a case opened by transfer {@link CaseLinks#transferredFrom()}.
 * Holds no personal data but where notices go ({@link CaseViews.NoticeContact}, whose {@code
 * toString} withholds it): the event lives only in memory, within the transaction.
 *
 * @param applicant where notices to the applicant go, {@code null} when the case has none (a
 *     child case, or nobody to be told)
 * @param dueDate the due date of the new case by the calendar at filing
 * @param channel how the case came in
 * @param receivedOn the day the agency received it, from which its clock runs
 */
public record CaseFiled(CaseNumber number, AgencyCode agency, long unitId, CaseKind kind,
    @Nullable ServiceRef service, @Nullable LocalDate dueDate, CaseLinks links,
    CaseViews.@Nullable NoticeContact applicant, Channel channel, LocalDate receivedOn) {

  /** Whether the case has an applicant (who may be told by post or not at all). */
  public boolean hasApplicant() {
    return applicant != null;
  }
}
