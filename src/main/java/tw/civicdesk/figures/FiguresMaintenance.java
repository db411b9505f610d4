// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.figures.Buckets.Counter;

/**
 * Keeps the rollup exact as cases move: in the transaction of every filing and step (plain
 * {@code @EventListener}), it takes back what the case counted before the step and adds what it
 * counts after, so a step and its figures commit or roll back together. The case's own row is
 * locked by the step's update, so steps of one case never race here.
 */
@Component
class FiguresMaintenance {

  private final FiguresStore store;
  private final WorkingCalendar calendar;

  FiguresMaintenance(FiguresStore store, WorkingCalendar calendar) {
    this.store = store;
    this.calendar = calendar;
  }

  @EventListener
  void on(CaseEvents.CaseFiled event) {
    CountedCase counted = CountedCase.filed(event);
    if (counted != null) {
      Buckets changes = new Buckets();
      changes.add(counted, 1);
      store.save(List.of(counted));
      store.write(changes);
    }
  }

  @EventListener
  void on(CaseEvents.CaseStepTaken event) {
    Optional<CountedCase> before = store.find(event.number().value());
    if (before.isEmpty()) {
      return; // a child case (會辦): not counted
    }
    CountedCase after = before.get().after(event, calendar.snapshot());
    Buckets changes = new Buckets();
    changes.add(before.get(), -1);
    changes.add(after, 1);
    classify(event.action()).ifPresent(c -> changes.count(after, event.on(), c, 1));
    store.save(List.of(after));
    store.write(changes.withoutZeros());
  }

  /**
   * The one place that says which steps the follow-up counters count (稽催): a follow-up sent counts
   * {@link Counter#FOLLOW_UPS}, its answer {@link Counter#FOLLOW_UPS_ANSWERED}, in the month of the
   * step, for the case's agency, unit, service, channel and kind. Used by the rollup and by {@link
   * FiguresRebuild} alike.
   */
  static Optional<Counter> classify(CaseAction action) {
    return switch (action) {
      case FOLLOW_UP -> Optional.of(Counter.FOLLOW_UPS);
      case ANSWER_FOLLOW_UP -> Optional.of(Counter.FOLLOW_UPS_ANSWERED);
      default -> Optional.empty();
    };
  }
}
