// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Every dataset's every built period, over whatever the shared test database holds (the cases,
 * petitions, surveys and courtesy tests the other suites filed, a demo-like mix): no count of 1 to
 * k − 1 is published, no rate or mean stands over fewer than k, and no row holds anything but the
 * period, codes, names of units and numbers — no free text.
 */
@IntegrationTest
class OpenDataPublicityTests {

  @Autowired OpenData openData;
  @Autowired ApplicationContext context;

  /** Applications of a few services and channels in March 2026, many of them 1 or 2 to a cell. */
  private void demoLikeMarch() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("ODP", null);
    CaseWork work = CaseWorkAt.of(context, ManualClock.on("2026-03-05"));
    java.util.Random random = new java.util.Random(22);
    for (int i = 0; i < 40; i++) {
      work.file(
          CaseCommand.File.application(
              Channel.values()[random.nextInt(3)],
              agency.code(),
              agency.unit().id(),
              new ServiceCode(agency.code().value() + "-S" + random.nextInt(5)),
              1,
              TimeLimit.workingDays(5),
              LocalDate.parse("2026-03-05"),
              null,
              null,
              Map.of(),
              agency.username(Role.COUNTER_CLERK)));
    }
  }

  @Test
  void noPublishedRowOfAnyDatasetHoldsACountBelowK() {
    demoLikeMarch();
    openData.refresh(LocalDate.parse("2026-04-15"));
    openData.refresh(openData.today());
    int k = openData.minimumCount();
    long scanned = 0;
    for (Dataset d : openData.datasets()) {
      for (String period : openData.periods(d.id())) {
        for (Snapshot.Row r : openData.snapshot(d.id(), period).rows()) {
          scanned++;
          for (int m = 0; m < d.measures().size(); m++) {
            Measure measure = d.measures().get(m);
            BigDecimal v = r.values().get(m);
            if (measure.isCount()) {
              assertThat(v == null || v.signum() == 0 || v.longValue() >= k)
                  .as(d.id() + " " + period + " " + r)
                  .isTrue();
            } else if (v != null) {
              BigDecimal over = r.values().get(d.measures().indexOf(d.measure(measure.over())));
              assertThat(over).as(d.id() + " " + period + " " + r).isNotNull();
              assertThat(over.longValue()).isGreaterThanOrEqualTo(k);
            }
          }
          assertThat(r.labels()).allMatch(l -> l.length() <= 64 && !l.contains("\n"));
        }
      }
    }
    assertThat(scanned).as("rows scanned").isGreaterThan(20);
  }
}
