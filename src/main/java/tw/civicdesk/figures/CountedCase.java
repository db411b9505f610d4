// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What one counted case contributes to the rollup: a row of {@code figures_case}. Built from the
 * events as the case moves ({@link #filed}, {@link #after}) or at once from the case as stored
 * ({@link #of}); both give the same row for the same history and calendar.
 *
 * @param service the service code, {@code ""} for none
 * @param dueOn the due date in force, {@code null} while a supplement is awaited
 * @param pauseFrom the day of a supplement request not yet answered
 * @param pausedDays working days paused by answered supplement requests: for each, the days after
 *     the request up to and including the day of the answer (as casework's case clock counts)
 * @param onTime whether it was decided on or before the due date in force before the decision
 * @param workingDays working days after receipt up to and including the day of decision, minus
 *     {@code pausedDays}
 * @param endedOn the day of the transfer, withdrawal or merge that ended it
 */
record CountedCase(
    String number,
    String agency,
    long unitId,
    String service,
    Channel channel,
    CaseKind kind,
    LocalDate receivedOn,
    CaseStatus status,
    @Nullable LocalDate dueOn,
    @Nullable LocalDate pauseFrom,
    int pausedDays,
    @Nullable LocalDate extendedOn,
    @Nullable LocalDate decidedOn,
    @Nullable Boolean onTime,
    @Nullable Integer workingDays,
    @Nullable LocalDate closedOn,
    @Nullable LocalDate endedOn) {

  /** Whether the case counts as open: not yet decided, and not transferred, withdrawn or merged. */
  boolean open() {
    return status != CaseStatus.DECIDED && !status.isFinal();
  }

  /** The row of a case just filed; {@code null} for child cases (會辦), which are not counted. */
  static @Nullable CountedCase filed(CaseEvents.CaseFiled e) {
    if (e.links().parent() != null) {
      return null;
    }
    return new CountedCase(
        e.number().value(),
        e.agency().value(),
        e.unitId(),
        e.service() == null ? "" : e.service().code().value(),
        e.channel(),
        e.kind(),
        e.receivedOn(),
        CaseStatus.RECEIVED,
        e.dueDate(),
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This row after step {@code e} of the case. */
  CountedCase after(CaseEvents.CaseStepTaken e, CalendarSnapshot calendar) {
    Moving m = new Moving(this);
    m.status = e.step().to();
    m.dueOn = e.dueDate();
    m.take(e.action(), e.on(), e.dueBefore(), calendar);
    return m.row();
  }

  /** The row of a case as stored now, from its history; {@code null} for child cases. */
  static @Nullable CountedCase of(CaseViews.Fact f, CalendarSnapshot calendar) {
    if (f.child()) {
      return null;
    }
    Moving m =
        new Moving(
            new CountedCase(
                f.number().value(),
                f.agency().value(),
                f.unitId(),
                f.service() == null ? "" : f.service().value(),
                f.channel(),
                f.kind(),
                f.receivedOn(),
                f.status(),
                f.dueDate(),
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null));
    for (CaseViews.Pause pause : f.pauses()) {
      // Every pause precedes the decision: a case is paused only while in progress.
      m.pausedDays += calendar.workingDaysBetween(f.agency(), pause.requested(), pause.supplied());
    }
    for (CaseViews.FactStep step : f.steps()) {
      if (step.action() != CaseAction.REQUEST_SUPPLEMENT && step.action() != CaseAction.SUPPLY) {
        m.take(step.action(), step.on(), f.dueDate(), calendar);
      }
    }
    m.pauseFrom = f.openPause();
    return m.row();
  }

  /** A row being changed by one step; the fields mirror the record's. */
  private static final class Moving {
    private final CountedCase from;
    private CaseStatus status;
    private @Nullable LocalDate dueOn;
    private @Nullable LocalDate pauseFrom;
    private int pausedDays;
    private @Nullable LocalDate extendedOn;
    private @Nullable LocalDate decidedOn;
    private @Nullable Boolean onTime;
    private @Nullable Integer workingDays;
    private @Nullable LocalDate closedOn;
    private @Nullable LocalDate endedOn;

    Moving(CountedCase c) {
      from = c;
      status = c.status;
      dueOn = c.dueOn;
      pauseFrom = c.pauseFrom;
      pausedDays = c.pausedDays;
      extendedOn = c.extendedOn;
      decidedOn = c.decidedOn;
      onTime = c.onTime;
      workingDays = c.workingDays;
      closedOn = c.closedOn;
      endedOn = c.endedOn;
    }

    /** Applies step {@code action} taken on {@code on}, with the due date in force before it. */
    void take(
        CaseAction action, LocalDate on, @Nullable LocalDate dueBefore, CalendarSnapshot calendar) {
      AgencyCode agency = new AgencyCode(from.agency);
      switch (action) {
        case REQUEST_SUPPLEMENT -> pauseFrom = on;
        case SUPPLY -> {
          if (pauseFrom != null) {
            pausedDays += calendar.workingDaysBetween(agency, pauseFrom, on);
          }
          pauseFrom = null;
        }
        case EXTEND -> extendedOn = on;
        case DECIDE -> {
          decidedOn = on;
          onTime = dueBefore != null && !on.isAfter(dueBefore);
          workingDays = calendar.workingDaysBetween(agency, from.receivedOn, on) - pausedDays;
        }
        case CLOSE -> closedOn = on;
        case TRANSFER, WITHDRAW, MERGE -> endedOn = on;
        case RESCHEDULE -> {
          // An office closure entered after the decision moved the due date (ADR 0015): the
          // decision is judged against the date in force now, as a rebuild would judge it.
          if (decidedOn != null && dueOn != null) {
            onTime = !decidedOn.isAfter(dueOn);
          }
        }
        default -> {
          // assignments, starts, joint handling, follow-ups: nothing of the row changes
        }
      }
    }

    CountedCase row() {
      return new CountedCase(
          from.number,
          from.agency,
          from.unitId,
          from.service,
          from.channel,
          from.kind,
          from.receivedOn,
          status,
          dueOn,
          pauseFrom,
          pausedDays,
          extendedOn,
          decidedOn,
          onTime,
          workingDays,
          closedOn,
          endedOn);
    }
  }
}
