// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.DateOutsideCalendarException;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;

/**
 * Recomputes every figure from the cases ({@link CaseWork#facts}), replacing the rollup: for a
 * database that had cases before the figures module came (run at start-up when the rollup is empty
 * and cases exist), after a repair, or by a benchmark's data generator.
 *
 * <p>It runs in one transaction that first locks the rollup tables: steps taken meanwhile wait
 * until it commits and then apply to the rebuilt rows, so nothing is lost or counted twice. Working
 * days and on-time are computed with today's calendar and the due date stored with each case's last
 * step; they equal the rollup kept step by step as long as no closure or calendar change has since
 * moved a day the case already used.
 */
@Service
public class FiguresRebuild implements ApplicationRunner {

  /** Cases read and written per batch. */
  static final int BATCH = 5_000;

  private static final Logger LOG = LoggerFactory.getLogger(FiguresRebuild.class);

  private final CaseWork facts;
  private final FiguresStore store;
  private final WorkingCalendar calendar;
  private final TransactionTemplate transactions;

  FiguresRebuild(
      CaseWork facts,
      FiguresStore store,
      WorkingCalendar calendar,
      TransactionTemplate transactions) {
    this.facts = facts;
    this.store = store;
    this.calendar = calendar;
    this.transactions = transactions;
  }

  /**
   * What a rebuild did.
   *
   * @param cases cases read
   * @param counted cases counted (child cases are read but not counted)
   * @param outsideCalendar cases left out because a day they used is outside the loaded office
   *     calendar (their working days cannot be counted); load that year and rebuild to count them
   * @param millis how long it took
   */
  public record Result(long cases, long counted, long outsideCalendar, long millis) {}

  /** Replaces the whole rollup with figures recomputed from every case. */
  public Result rebuild() {
    return java.util.Objects.requireNonNull(
        transactions.execute(
            tx -> {
              long start = System.nanoTime();
              store.clear();
              CalendarSnapshot snapshot = calendar.snapshot();
              Buckets sums = new Buckets();
              long read = 0;
              long counted = 0;
              long outside = 0;
              String after = "";
              for (List<CaseViews.Fact> page = facts.facts(after, BATCH);
                  !page.isEmpty();
                  page = facts.facts(after, BATCH)) {
                List<CountedCase> rows = new ArrayList<>(page.size());
                for (CaseViews.Fact fact : page) {
                  CountedCase row;
                  try {
                    row = CountedCase.of(fact, snapshot);
                  } catch (DateOutsideCalendarException e) {
                    outside++;
                    continue;
                  }
                  if (row != null) {
                    rows.add(row);
                    sums.add(row, 1);
                    countFollowUps(fact, row, sums);
                  }
                }
                store.save(rows);
                read += page.size();
                counted += rows.size();
                after = page.get(page.size() - 1).number().value();
              }
              store.write(sums.withoutZeros());
              return new Result(read, counted, outside, (System.nanoTime() - start) / 1_000_000);
            }));
  }

  /** At start-up: rebuilds when cases exist but the rollup has none (e.g. just migrated). */
  @Override
  public void run(ApplicationArguments args) {
    Boolean empty = transactions.execute(tx -> !store.anyCounted() && facts.anyCase());
    if (Boolean.TRUE.equals(empty)) {
      Result result = rebuild();
      LOG.info(
          "Figures rebuilt from {} cases ({} counted) in {} ms",
          result.cases(),
          result.counted(),
          result.millis());
      if (result.outsideCalendar() > 0) {
        LOG.warn(
            "Figures leave out {} cases with days outside the loaded office calendar;"
                + " load the missing year and rebuild to count them",
            result.outsideCalendar());
      }
    }
  }

  private static void countFollowUps(CaseViews.Fact fact, CountedCase row, Buckets sums) {
    for (CaseViews.FactStep step : fact.steps()) {
      FiguresMaintenance.classify(step.action())
          .ifPresent(counter -> sums.count(row, step.on(), counter, 1));
    }
  }
}
