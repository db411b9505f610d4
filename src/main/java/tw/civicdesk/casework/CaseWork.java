// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The case module's API: files a case and takes one step on it at a time. Every step loads the
 * case, checks that it is still at the version the caller saw, lets the {@link Case} apply its
 * rules, and stores the result only if nobody stored another change meanwhile — two officers
 * acting at once never both win.
 */
@Service
@Transactional
public class CaseWork {

  private final Cases cases;
  private final WorkingCalendar calendar;
  private final Clock clock;

  CaseWork(Cases cases, WorkingCalendar calendar, Clock clock) {
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What a step may use: today in Taiwan, the current instant and the calendar. */
  public record StepContext(LocalDate today, Instant now, CalendarSnapshot calendar) {}

  /** One step on a case, e.g. {@code (c, ctx) -> c.start(actor, ctx.now())}. */
  @FunctionalInterface
  public interface Step {
    void apply(Case c, StepContext context);
  }

  /**
   * Files a case received today; it gets the next number of the agency for today.
   *
   * @param service the catalogue version for applications, {@code null} for other kinds
   */
  public Case file(CaseKind kind, Channel channel, AgencyCode agency, long unitId,
      @Nullable ServiceRef service, TimeLimit limit, Actor by) {
    StepContext context = context();
    Case c = Case.file(cases.nextNumber(agency, context.today()), kind, channel, agency, unitId,
        service, context.today(), limit, by, context.now());
    cases.insert(c, c.dueDate(context.calendar()), context.now());
    return cases.find(c.number()).orElseThrow();
  }

  /** The case with {@code number}, if the caller's agency may see it. */
  @Transactional(readOnly = true)
  public Case get(CaseNumber number, AgencyCode viewer) {
    return cases.find(number).filter(c -> c.agency().equals(viewer))
        .orElseThrow(CaseNotFound::new);
  }

  /**
   * Takes one step on a case of {@code actorAgency}, seen by the caller at {@code version}.
   *
   * @throws CaseNotFound when there is no such case in that agency
   * @throws CaseChanged when someone stored a change after the caller loaded the case (409);
   *     the caller keeps what they typed and reloads
   */
  public Case act(CaseNumber number, int version, AgencyCode actorAgency, Step step) {
    Case c = get(number, actorAgency);
    if (c.version() != version) {
      throw new CaseChanged();
    }
    StepContext context = context();
    step.apply(c, context);
    if (!cases.update(c, c.dueDate(context.calendar()), context.now())) {
      throw new CaseChanged();
    }
    return cases.find(number).orElseThrow();
  }

  private StepContext context() {
    return new StepContext(LocalDate.now(clock), clock.instant(), calendar.snapshot());
  }

  /** No such case, or not one the caller may see. */
  public static class CaseNotFound extends NotFoundException {
    CaseNotFound() {
      super("casework.case.not-found");
    }
  }

  /** Someone else changed the case first. */
  public static class CaseChanged extends ConflictException {
    CaseChanged() {
      super("casework.case.changed");
    }
  }
}
