// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The figures of one group; definitions, what counts and in which month in {@code docs/figures.md}.
 * A group field is {@code null} when the query was not grouped by it ({@link #service()} is also
 * {@code null} for the group of cases without a service).
 *
 * @param received cases received (month of receipt)
 * @param decided cases decided — 決行, the completion the on-time rate measures (month of decision)
 * @param decidedOnTime of those, decided on or before the due date in force (supplement pauses
 *     excluded, an extension's due date for extended cases)
 * @param decidedExtended of those, cases whose period had been extended
 * @param closed cases closed (結案; month of closing)
 * @param extended extensions granted (month of the extension)
 * @param transferred cases sent to the competent agency (移文; month of the transfer)
 * @param withdrawn cases withdrawn by the applicant (month of withdrawal)
 * @param merged duplicates merged into another case (month of the merge)
 * @param workingDaysSum working days from receipt to decision, supplement pauses excluded, over the
 *     decided cases
 * @param p90WorkingDays the 90th percentile (nearest rank) of those working days, {@code null} when
 *     nothing was decided
 * @param open cases received in the period and not yet decided or ended, today
 * @param overdue of those, the cases whose clock runs and whose due date is before today
 * @param followUps follow-ups (稽催) sent (month of the follow-up)
 * @param followUpsAnswered follow-ups answered (month of the answer)
 */
public record FiguresRow(
    @Nullable AgencyCode agency,
    @Nullable Long unitId,
    @Nullable ServiceCode service,
    @Nullable Channel channel,
    @Nullable CaseKind kind,
    @Nullable YearMonth month,
    long received,
    long decided,
    long decidedOnTime,
    long decidedExtended,
    long closed,
    long extended,
    long transferred,
    long withdrawn,
    long merged,
    long workingDaysSum,
    @Nullable Integer p90WorkingDays,
    long open,
    long overdue,
    long followUps,
    long followUpsAnswered) {

  /** Decided on time ÷ decided, between 0 and 1; {@code null} when nothing was decided. */
  public @Nullable Double onTimeRate() {
    return decided == 0 ? null : (double) decidedOnTime / decided;
  }

  /** Average working days to decide; {@code null} when nothing was decided. */
  public @Nullable Double averageWorkingDays() {
    return decided == 0 ? null : (double) workingDaysSum / decided;
  }
}
