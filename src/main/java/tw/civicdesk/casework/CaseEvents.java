// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What case work announces, in the transaction that stores the change: a case was filed, a step was
 * taken. Listeners that run in that transaction (plain {@code @EventListener}) write only what must
 * commit or roll back with the change — e.g. the notification outbox, the figures rollup; anything
 * that fails there undoes it. The events live only in memory.
 */
public sealed interface CaseEvents {

  /** The case. */
  CaseNumber number();

  /** The agency that owns it. */
  AgencyCode agency();

  /** Its unit. */
  long unitId();

  /** The kind of case. */
  CaseKind kind();

  /**
   * Published by case work for every new case ({@link CaseWork#file}, and the cases it opens
   * itself), in the transaction that stores it (see {@link CaseStepTaken} for what listeners may do
   * there). A child case of joint handling has {@link CaseLinks#parent()}, a case opened by
   * transfer {@link CaseLinks#transferredFrom()}. Holds no personal data but where notices go
   * ({@link CaseViews.NoticeContact}, whose {@code toString} withholds it): the event lives only in
   * memory, within the transaction.
   *
   * @param applicant where notices to the applicant go, {@code null} when the case has none (a
   *     child case, or nobody to be told)
   * @param dueDate the due date of the new case by the calendar at filing
   * @param channel how the case came in
   * @param receivedOn the day the agency received it, from which its clock runs
   */
  record CaseFiled(
      CaseNumber number,
      AgencyCode agency,
      long unitId,
      CaseKind kind,
      @Nullable ServiceRef service,
      @Nullable LocalDate dueDate,
      CaseLinks links,
      CaseViews.@Nullable NoticeContact applicant,
      Channel channel,
      LocalDate receivedOn)
      implements CaseEvents {

    /** Whether the case has an applicant (who may be told by post or not at all). */
    public boolean hasApplicant() {
      return applicant != null;
    }
  }

  /**
   * Published by case work once per step stored on a case (one per new history entry), in the
   * transaction that stores it, before it commits. Listeners that run in that transaction (plain
   * {@code @EventListener}) write only what must commit or roll back with the step — e.g. the
   * notification outbox; anything that fails there undoes the step. Holds no personal data but
   * where notices to the applicant go ({@link CaseViews.NoticeContact}, withheld from {@code
   * toString}), so that a listener never reads back into case work inside its transaction; the
   * event lives only in memory.
   *
   * @param number the case
   * @param agency the agency that owns it
   * @param unitId its unit
   * @param kind the kind of case
   * @param service the catalogue version for applications, {@code null} otherwise
   * @param step the history entry just stored (action, statuses, actor, notes)
   * @param officer the assigned officer after the step, {@code null} when unassigned
   * @param decision the decision after the step, if any
   * @param dueDate the due date after the step, {@code null} while a supplement is awaited
   * @param links the case's links after the step (e.g. the case a transfer opened)
   * @param channel how the case came in
   * @param receivedOn the day the agency received the case, from which its clock runs
   * @param on the day of the step in Taiwan — the day the case's clock uses for it (e.g. the day a
   *     supplement was requested)
   * @param dueBefore the due date in force before the step, {@code null} while a supplement was
   *     awaited
   * @param applicant where notices to the applicant go, {@code null} when the case has none
   */
  record CaseStepTaken(
      CaseNumber number,
      AgencyCode agency,
      long unitId,
      CaseKind kind,
      @Nullable ServiceRef service,
      HistoryEntry step,
      @Nullable String officer,
      @Nullable Decision decision,
      @Nullable LocalDate dueDate,
      CaseLinks links,
      Channel channel,
      LocalDate receivedOn,
      LocalDate on,
      @Nullable LocalDate dueBefore,
      CaseViews.@Nullable NoticeContact applicant)
      implements CaseEvents {

    /** The action of the step; never {@code null} (filing is {@link CaseFiled}). */
    public CaseAction action() {
      return java.util.Objects.requireNonNull(step.action());
    }
  }
}
