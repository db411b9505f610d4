// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.DateOutsideCalendarException;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * The daily reminder sweep (每日稽催): every case whose clock runs is put to the {@link ReminderRules},
 * and each reminder that falls due is posted as an in-console notice to its recipients — the
 * officer, the unit heads of the case's unit, or the agency's quality officers.
 *
 * <p>Contract: a reminder reaches each recipient once per case and occasion, however often the
 * sweep runs and on however many nodes at once (the notice's occasion key is unique per recipient,
 * {@code insert … on conflict do nothing}); a page of cases is posted in one transaction. Staff
 * with an e-mail address get each fresh reminder by e-mail too, unless {@code
 * civicdesk.deadlines.digest-mail} is off. Due dates are those stored with each case's last step.
 * {@link ReminderScheduling} runs it daily on one node.
 */
@Service
public class ReminderSweep {

  /** Cases read and posted per transaction. */
  static final int PAGE = 500;

  private final CaseWork clocks;
  private final WorkingCalendar calendar;
  private final StaffNotices notices;
  private final Organisation organisation;
  private final TransactionTemplate transaction;
  private final ReminderPolicy policy;
  private final Counter sweeps;
  private final Counter posted;

  private final boolean mailCopies;

  ReminderSweep(
      CaseWork clocks,
      WorkingCalendar calendar,
      StaffNotices notices,
      Organisation organisation,
      PlatformTransactionManager transactions,
      DeadlineSettings settings,
      MeterRegistry meters) {
    this.sweeps =
        Counter.builder("civicdesk.deadlines.sweeps")
            .description("Reminder sweeps run on this node")
            .register(meters);
    this.posted =
        Counter.builder("civicdesk.deadlines.reminders.posted")
            .description("Reminder notices posted by this node")
            .register(meters);
    this.clocks = clocks;
    this.calendar = calendar;
    this.notices = notices;
    this.organisation = organisation;
    this.transaction = new TransactionTemplate(transactions);
    this.policy = settings.policy();
    this.mailCopies = settings.digestMail();
  }

  /**
   * Puts every running case to the rules for {@code today} and posts what falls due.
   *
   * @return how many notices were posted now (a notice posted by an earlier run is not counted)
   */
  public int run(LocalDate today) {
    return run(today, 0, 1);
  }

  /**
   * Like {@link #run(LocalDate)}, for the running cases of part {@code part} of {@code parts} only
   * ({@link CaseWork#runningClocks}); the parts of one day together sweep every running case once.
   *
   * @return how many notices were posted now
   */
  public int run(LocalDate today, int part, int parts) {
    CalendarSnapshot snapshot = calendar.snapshot();
    sweeps.increment();
    int count = 0;
    String after = "";
    while (true) {
      List<CaseViews.RunningCase> page = clocks.runningClocks(after, PAGE, part, parts);
      if (page.isEmpty()) {
        posted.increment(count);
        return count;
      }
      count += Objects.requireNonNull(transaction.execute(status -> post(page, today, snapshot)));
      after = page.get(page.size() - 1).number().value();
    }
  }

  private int post(List<CaseViews.RunningCase> page, LocalDate today, CalendarSnapshot snapshot) {
    int posted = 0;
    Map<String, List<String>> holders = new HashMap<>(); // staff of a role, read once per page
    for (CaseViews.RunningCase c : page) {
      OpenCase open =
          new OpenCase(c.number(), c.agency(), c.officer(), c.receivedOn(), c.limit(), c.dueDate());
      List<Reminder> due;
      try {
        due = ReminderRules.dueOn(open, today, snapshot, policy);
      } catch (DateOutsideCalendarException e) {
        // A day the loaded calendar does not hold: nothing can be counted; the coverage
        // warning on the calendar console tells the administrator to load the next year.
        continue;
      }
      for (Reminder r : due) {
        posted += post(c, r, holders);
      }
    }
    return posted;
  }

  private int post(CaseViews.RunningCase c, Reminder r, Map<String, List<String>> holders) {
    String number = c.number().value();
    String day =
        r.occasion() == ReminderOccasion.UNASSIGNED || c.dueDate() == null
            ? c.receivedOn().toString()
            : c.dueDate().toString();
    int posted = 0;
    for (String recipient : recipients(c, r.occasion(), holders)) {
      boolean fresh =
          notices.post(
              new StaffNotices.StaffNotice(
                  recipient,
                  c.agency(),
                  StaffNoticeKind.valueOf(r.occasion().name()),
                  number,
                  List.of(number, day),
                  r.occasionKey()),
              mailCopies);
      posted += fresh ? 1 : 0;
    }
    return posted;
  }

  private List<String> recipients(
      CaseViews.RunningCase c, ReminderOccasion occasion, Map<String, List<String>> holders) {
    return switch (occasion.recipient()) {
      case CASE_OFFICER ->
          c.officer() == null
              ? holding(c, c.unitId(), Role.UNIT_HEAD, holders)
              : List.of(c.officer());
      case UNIT_HEAD -> holding(c, c.unitId(), Role.UNIT_HEAD, holders);
      default -> holding(c, null, occasion.recipient(), holders);
    };
  }

  private List<String> holding(
      CaseViews.RunningCase c,
      @Nullable Long unitId,
      Role role,
      Map<String, List<String>> holders) {
    return holders.computeIfAbsent(
        c.agency().value() + "|" + unitId + "|" + role,
        k -> organisation.usernamesHolding(c.agency(), unitId, role));
  }
}
