// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.performance.plans.DemoPlans;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;

/** The demo profile's progress reports on 礁溪鄉公所's 2010 plan: every review state, once. */
@IntegrationTest
class DemoProgressTests {

  @Autowired ApplicationContext context;
  @Autowired Organisation organisation;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void load() {
    DemoPlans.load(context);
  }

  private Plan plan(String agency, int year) {
    return DemoPlans.plan(context, agency, year);
  }

  @Test
  void theDemoProgressGivesJiaoxisPlanReportsInEveryReviewStateOnce() {
    DemoProgressLoader progress =
        new DemoProgressLoader(
            context.getBean(Plans.class),
            context.getBean(ProgressReports.class),
            organisation,
            context.getBean(java.time.Clock.class));
    progress.load();
    progress.load();
    Plan plan = plan("YILAN-JIAOXI", 2010);
    assertThat(
            jdbc.sql(
                    "select review_state, count(*) from performance_progress_report"
                        + " where plan_id = ? group by review_state order by review_state")
                .param(plan.id())
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
                .list())
        .containsExactly("ACCEPTED=2", "RETURNED=1", "SUBMITTED=2");
    assertThat(context.getBean(ProgressSource.class).progressOf(plan.id()))
        .extracting(p -> p.practiceId() + "/" + p.unitCode() + "/" + p.period())
        .as("a returned report is not counted until it is submitted again")
        .containsExactlyInAnyOrder(
            "p01/CIVIL/2010-Q1", "p04/CIVIL/2010-Q1", "p02/ADMIN/2010-Q1", "p01/CIVIL/2010-Q2");
  }

  @Test
  void thisYearsPlansGetReportsOfBegunPeriodsAndTouchengsHandEnteredFigures() {
    java.time.Clock clock = context.getBean(java.time.Clock.class);
    java.time.LocalDate today =
        java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei")));
    DemoProgressLoader progress =
        new DemoProgressLoader(
            context.getBean(Plans.class),
            context.getBean(ProgressReports.class),
            organisation,
            clock);
    progress.load();
    progress.load();
    Plan toucheng = plan("YILAN-TOUCHENG", today.getYear());
    assertThat(
            jdbc.sql("select count(*) from performance_progress_report where plan_id = ?")
                .param(toucheng.id())
                .query(Long.class)
                .single())
        .isEqualTo(DemoProgressLoader.begun(DemoProgressLoader.TOUCHENG, today).size());
    var mediation =
        context
            .getBean(tw.civicdesk.performance.indicators.Indicators.class)
            .readingsOf(toucheng)
            .stream()
            .filter(r -> r.indicator().id().equals("i03a"))
            .findFirst()
            .orElseThrow();
    assertThat(mediation.computed()).isFalse();
    // by hand: the last begun quarter's figure — Q2's 10 days from April, Q1's 12 before
    assertThat(mediation.actual()).isEqualByComparingTo(today.getMonthValue() >= 4 ? "10" : "12");
    assertThat(mediation.met()).as("at most 15 days").isTrue();
  }

  @Test
  void onlyReportsOfPeriodsThatHaveBegunAreMovedToThisYear() {
    assertThat(
            DemoProgressLoader.begun(
                DemoProgressLoader.TOUCHENG, java.time.LocalDate.of(2026, 2, 10)))
        .extracting(r -> r.practice() + "/" + r.period())
        .containsExactly("p03/2026-Q1", "p06/2026-Q1", "p02/2026-Q1");
    assertThat(
            DemoProgressLoader.begun(
                DemoProgressLoader.REPORTS, java.time.LocalDate.of(2026, 4, 1)))
        .extracting(DemoProgressLoader.DemoReport::period)
        .containsExactly("2026-Q1", "2026-Q1", "2026-Q1", "2026-Q1", "2026-Q2");
  }
}
