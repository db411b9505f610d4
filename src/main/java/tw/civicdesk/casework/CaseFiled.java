// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Published by {@link CaseWork#file} for every new case, in the transaction that stores it
 * (see {@link CaseStepTaken} for what listeners may do there). A child case of joint handling
 * has {@link CaseLinks#parent()}, a case opened by transfer {@link CaseLinks#transferredFrom()}.
 * Holds no personal data.
 *
 * @param dueDate the due date of the new case by the calendar at filing
 * @param channel how the case came in
 * @param receivedOn the day the agency received it, from which its clock runs
 */
public record CaseFiled(CaseNumber number, AgencyCode agency, long unitId, CaseKind kind,
    @Nullable ServiceRef service, @Nullable LocalDate dueDate, CaseLinks links,
    boolean hasApplicant, Channel channel, LocalDate receivedOn) {}
