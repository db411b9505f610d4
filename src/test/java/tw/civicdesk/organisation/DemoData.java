// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo organisation into the test database (idempotent), for tests that need it. */
public final class DemoData {

  private DemoData() {}

  public static void load(ApplicationContext context) {
    new DemoDataLoader(
            context.getBean(Agencies.class),
            context.getBean(Units.class),
            context.getBean(StaffMembers.class),
            context.getBean(PasswordEncoder.class),
            context.getBean(TransactionTemplate.class),
            context.getBean(Clock.class))
        .load(8080);
  }
}
