// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarDay;
import tw.civicdesk.calendar.ShippedCalendar;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The figures of {@code docs/figures.md}, recounted the plain way from case histories: every case,
 * every step, every day one by one. Shares no code with the rollup it checks.
 */
final class Recount {

  private static final Map<LocalDate, Boolean> HOLIDAY = new HashMap<>();

  static {
    for (CalendarDay day : ShippedCalendar.DAYS) {
      HOLIDAY.put(day.day(), day.holiday());
    }
  }

  private Recount() {}

  /** A step that was taken, on its day. */
  record Done(CaseAction action, LocalDate on) {}

  /**
   * The history of one case, as the test drove it.
   *
   * @param dueNow the due date in force now, {@code null} while a supplement is awaited
   * @param dueAtDecision the due date in force just before the decision, if decided
   */
  record Story(
      AgencyCode agency,
      long unit,
      @Nullable ServiceCode service,
      Channel channel,
      CaseKind kind,
      LocalDate received,
      List<Done> steps,
      CaseStatus status,
      @Nullable LocalDate dueNow,
      @Nullable LocalDate dueAtDecision) {}

  private static final class Sums {
    long received;
    long decided;
    long onTime;
    long decidedExtended;
    long closed;
    long extended;
    long transferred;
    long withdrawn;
    long merged;
    long open;
    long overdue;
    long followUps;
    long followUpsAnswered;
    final List<Integer> days = new ArrayList<>();
  }

  /** The expected rows, in no particular order. */
  static List<FiguresRow> rows(
      List<Story> stories, Set<Dimension> by, YearMonth from, YearMonth to, LocalDate today) {
    Map<FiguresRow, Sums> groups = new HashMap<>();
    for (Story s : stories) {
      sums(groups, s, s.received(), by, from, to).received++;
      boolean open = s.status() != CaseStatus.DECIDED && !s.status().isFinal();
      if (open) {
        Sums g = sums(groups, s, s.received(), by, from, to);
        g.open++;
        if (s.dueNow() != null && s.dueNow().isBefore(today)) {
          g.overdue++;
        }
      }
      boolean extendedYet = false;
      for (Done d : s.steps()) {
        Sums g = sums(groups, s, d.on(), by, from, to);
        switch (d.action()) {
          case EXTEND -> {
            g.extended++;
            extendedYet = true;
          }
          case DECIDE -> {
            g.decided++;
            g.onTime += d.on().isAfter(s.dueAtDecision()) ? 0 : 1;
            g.decidedExtended += extendedYet ? 1 : 0;
            g.days.add(workingDaysTheClockRan(s, d.on()));
          }
          case CLOSE -> g.closed++;
          case TRANSFER -> g.transferred++;
          case WITHDRAW -> g.withdrawn++;
          case MERGE -> g.merged++;
          case FOLLOW_UP -> g.followUps++;
          case ANSWER_FOLLOW_UP -> g.followUpsAnswered++;
          default -> {}
        }
      }
    }
    List<FiguresRow> rows = new ArrayList<>();
    groups.forEach(
        (k, g) -> {
          boolean any =
              g.received
                      + g.decided
                      + g.closed
                      + g.extended
                      + g.transferred
                      + g.withdrawn
                      + g.merged
                      + g.open
                      + g.followUps
                      + g.followUpsAnswered
                  > 0;
          if (any) {
            List<Integer> sorted = g.days.stream().sorted().toList();
            Integer p90 =
                sorted.isEmpty() ? null : sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
            rows.add(
                new FiguresRow(
                    k.agency(),
                    k.unitId(),
                    k.service(),
                    k.channel(),
                    k.kind(),
                    k.month(),
                    g.received,
                    g.decided,
                    g.onTime,
                    g.decidedExtended,
                    g.closed,
                    g.extended,
                    g.transferred,
                    g.withdrawn,
                    g.merged,
                    g.days.stream().mapToLong(Integer::longValue).sum(),
                    p90,
                    g.open,
                    g.overdue,
                    g.followUps,
                    g.followUpsAnswered));
          }
        });
    return rows;
  }

  /**
   * Working days after receipt up to the decision, skipping the days from the day after each
   * supplement request up to and including the day the applicant supplied.
   */
  static int workingDaysTheClockRan(Story s, LocalDate decided) {
    int count = 0;
    for (LocalDate d = s.received().plusDays(1); !d.isAfter(decided); d = d.plusDays(1)) {
      if (!HOLIDAY.get(d) && !paused(s, d)) {
        count++;
      }
    }
    return count;
  }

  private static boolean paused(Story s, LocalDate d) {
    LocalDate requested = null;
    for (Done step : s.steps()) {
      if (step.action() == CaseAction.REQUEST_SUPPLEMENT) {
        requested = step.on();
      } else if (step.action() == CaseAction.SUPPLY && requested != null) {
        if (d.isAfter(requested) && !d.isAfter(step.on())) {
          return true;
        }
        requested = null;
      }
    }
    return false;
  }

  /** The group of {@code s} for a figure counted on {@code day}; a throw-away one outside. */
  private static Sums sums(
      Map<FiguresRow, Sums> groups,
      Story s,
      LocalDate day,
      Set<Dimension> by,
      YearMonth from,
      YearMonth to) {
    YearMonth month = YearMonth.from(day);
    if (month.isBefore(from) || month.isAfter(to)) {
      return new Sums();
    }
    FiguresRow key =
        new FiguresRow(
            by.contains(Dimension.AGENCY) ? s.agency() : null,
            by.contains(Dimension.UNIT) ? s.unit() : null,
            by.contains(Dimension.SERVICE) ? s.service() : null,
            by.contains(Dimension.CHANNEL) ? s.channel() : null,
            by.contains(Dimension.KIND) ? s.kind() : null,
            by.contains(Dimension.MONTH) ? month : null,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            null,
            0,
            0,
            0,
            0);
    return groups.computeIfAbsent(key, k -> new Sums());
  }
}
