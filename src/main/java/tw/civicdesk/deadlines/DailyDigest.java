// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.DateOutsideCalendarException;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * The daily digest (每日摘要), run by the day's sweep task ({@link ReminderScheduling}): one in-console
 * notice per officer — how many of their own running cases are due soon (within {@code
 * civicdesk.deadlines.due-soon-working-days} working days), due today and late — and one per unit
 * head — the same for their unit's cases, plus those nobody was given. Someone with nothing due
 * gets none; on a day the agency does not work, nobody of it gets one.
 *
 * <p>Contract: each recipient gets at most one digest of each kind per day, however often and on
 * however many nodes it runs (occasion {@code digest:<day>} or {@code unit-digest:<day>}); with
 * {@code civicdesk.deadlines.digest-mail} on, staff with an e-mail address get it by e-mail too,
 * once. A digest holds counts and dates only, never a citizen's data.
 */
@Service
public class DailyDigest {

  private final CaseWork clocks;
  private final WorkingCalendar calendar;
  private final StaffNotices notices;
  private final Organisation organisation;
  private final TransactionTemplate transaction;
  private final DeadlineSettings settings;

  DailyDigest(
      CaseWork clocks,
      WorkingCalendar calendar,
      StaffNotices notices,
      Organisation organisation,
      PlatformTransactionManager transactions,
      DeadlineSettings settings) {
    this.clocks = clocks;
    this.calendar = calendar;
    this.notices = notices;
    this.organisation = organisation;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = settings;
  }

  /** Where a running case stands on a day, for the digest. */
  enum Standing {
    DUE_SOON,
    DUE_TODAY,
    LATE
  }

  /** The counts of one digest; {@code unassigned} only for a unit. */
  static final class Tally {
    final AgencyCode agency;
    final int[] counts = new int[Standing.values().length];
    int unassigned;

    Tally(AgencyCode agency) {
      this.agency = agency;
    }

    boolean isEmpty() {
      return unassigned == 0 && counts[0] == 0 && counts[1] == 0 && counts[2] == 0;
    }
  }

  /**
   * Counts every running case for {@code today} and posts the digests.
   *
   * @return how many digests were posted now (one posted by an earlier run is not counted)
   */
  public int run(LocalDate today) {
    CalendarSnapshot snapshot = calendar.snapshot();
    Map<String, Tally> officers = new TreeMap<>();
    Map<Long, Tally> units = new TreeMap<>();
    String after = "";
    List<CaseViews.RunningCase> page;
    while (!(page = clocks.runningClocks(after, ReminderSweep.PAGE, 0, 1)).isEmpty()) {
      for (CaseViews.RunningCase c : page) {
        count(c, today, snapshot, officers, units);
      }
      after = page.get(page.size() - 1).number().value();
    }
    return Objects.requireNonNull(
        transaction.execute(status -> post(today, snapshot, officers, units)));
  }

  private void count(
      CaseViews.RunningCase c,
      LocalDate today,
      CalendarSnapshot snapshot,
      Map<String, Tally> officers,
      Map<Long, Tally> units) {
    Standing standing;
    try {
      if (!snapshot.isWorkingDay(c.agency(), today)) {
        return;
      }
      standing = standing(c.agency(), c.dueDate(), today, snapshot);
    } catch (DateOutsideCalendarException e) {
      return; // the calendar console warns the administrator to load the next year
    }
    Tally unit = units.computeIfAbsent(c.unitId(), id -> new Tally(c.agency()));
    if (c.officer() == null) {
      unit.unassigned++;
    }
    if (standing != null) {
      unit.counts[standing.ordinal()]++;
      if (c.officer() != null) {
        officers.computeIfAbsent(c.officer(), o -> new Tally(c.agency()))
            .counts[standing.ordinal()]++;
      }
    }
  }

  /** Late, due today, due within the due-soon window ({@link ReminderRules#standing}), or none. */
  @Nullable Standing standing(
      AgencyCode agency, @Nullable LocalDate due, LocalDate today, CalendarSnapshot snapshot) {
    ReminderOccasion occasion =
        due == null
            ? null
            : ReminderRules.standing(agency, due, today, snapshot, settings.policy());
    return occasion == null
        ? null
        : switch (occasion) {
          case DUE_SOON -> Standing.DUE_SOON;
          case DUE_TODAY -> Standing.DUE_TODAY;
          default -> Standing.LATE;
        };
  }

  private int post(
      LocalDate today,
      CalendarSnapshot snapshot,
      Map<String, Tally> officers,
      Map<Long, Tally> units) {
    int posted = 0;
    for (Map.Entry<String, Tally> e : officers.entrySet()) {
      posted += post(e.getKey(), e.getValue(), StaffNoticeKind.DIGEST, today, snapshot);
    }
    for (Map.Entry<Long, Tally> e : units.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      for (String head :
          organisation.usernamesHolding(e.getValue().agency, e.getKey(), Role.UNIT_HEAD)) {
        posted += post(head, e.getValue(), StaffNoticeKind.UNIT_DIGEST, today, snapshot);
      }
    }
    return posted;
  }

  private int post(
      String recipient,
      Tally tally,
      StaffNoticeKind kind,
      LocalDate today,
      CalendarSnapshot snapshot) {
    LocalDate dueBy =
        snapshot.dueDate(
            tally.agency, today, TimeLimit.workingDays(settings.policy().dueSoonWorkingDays()));
    List<String> args = new ArrayList<>(List.of(today.toString(), dueBy.toString()));
    for (int count : tally.counts) {
      args.add(String.valueOf(count));
    }
    if (kind == StaffNoticeKind.UNIT_DIGEST) {
      args.add(String.valueOf(tally.unassigned));
    }
    boolean fresh =
        notices.post(
            new StaffNotices.StaffNotice(
                recipient, tally.agency, kind, null, args, kind.key() + ":" + today),
            settings.digestMail());
    return fresh ? 1 : 0;
  }
}
