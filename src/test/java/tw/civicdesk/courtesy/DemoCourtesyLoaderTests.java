// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The demo loader on a fixed day (1 December 2026): a schedule of 6 windows, a test for each window
 * before that day, some 優良 and some under 80 with an open follow-up, the case officer on the panel;
 * a second run adds nothing.
 */
@IntegrationTest
class DemoCourtesyLoaderTests {

  @Autowired ApplicationContext context;
  @Autowired Courtesy courtesy;
  @Autowired CourtesyStore store;
  @Autowired Organisation organisation;
  @Autowired FollowUps followUps;

  @Test
  void theDemoScheduleAndTestsLoadOnceWithASpreadOfScores() {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CDL", null);
    TestOrganisation.from(context).unit(a, "U2");
    LocalDate today = LocalDate.of(2026, 12, 1);
    DemoCourtesyLoader loader =
        new DemoCourtesyLoader(courtesy, store, organisation, ManualClock.on(today.toString()));
    DemoCourtesyLoader.DemoAgency demo =
        new DemoCourtesyLoader.DemoAgency(
            a.code().value(),
            a.username(Role.QUALITY_OFFICER),
            a.username(Role.CASE_OFFICER),
            true,
            0);
    assertThat(loader.load(demo, today)).isEqualTo(6);
    assertThat(loader.load(demo, today)).isZero();
    var officer = a.as(Role.QUALITY_OFFICER);
    assertThat(courtesy.schedule(officer, a.code(), 2026))
        .hasSize(6)
        .allMatch(s -> s.testId() != null);
    List<CourtesyTest> tests = store.tests(a.code(), LocalDate.of(2026, 1, 1), today);
    assertThat(tests).hasSize(6).allMatch(t -> t.calledOn().isBefore(today));
    assertThat(tests).anyMatch(t -> t.band().equals("EXCELLENT"));
    assertThat(tests).anyMatch(t -> t.total().compareTo(BigDecimal.valueOf(80)) < 0);
    assertThat(followUps.list(officer, a.code()))
        .isNotEmpty()
        .allMatch(f -> f.state() == FollowUp.State.OPEN);
    assertThat(courtesy.panel(officer, a.code())).containsExactly(a.username(Role.CASE_OFFICER));
  }
}
