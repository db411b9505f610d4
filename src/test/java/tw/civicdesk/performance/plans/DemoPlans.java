// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.organisation.DemoData;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.search.SearchIndex;

/** The demo profile's plans in a test's database, for the rooms that build on them. */
public final class DemoPlans {

  private DemoPlans() {}

  /**
   * Loads the demo agencies, the five seed plans and each agency's plan of this year; loading again
   * changes nothing.
   */
  public static void load(ApplicationContext context) {
    DemoData.load(context);
    new DemoPlansLoader(
            context.getBean(PlanStore.class),
            context.getBean(Frameworks.class),
            context.getBean(Organisation.class),
            context.getBean(TransactionTemplate.class),
            context.getBean(SearchIndex.class),
            context.getBean(java.time.Clock.class))
        .load();
  }

  /** The demo plan of {@code agency} for {@code year}. */
  public static Plan plan(ApplicationContext context, String agency, int year) {
    return context.getBean(Plans.class).byYear(agency, year, PlanKind.PLAN).orElseThrow();
  }
}
