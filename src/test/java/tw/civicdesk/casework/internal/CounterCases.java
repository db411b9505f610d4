// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.Party;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Counter cases for tests of deadlines and follow-ups, made through the real steps: filed for
 * the test agency's unit by its counter clerk with six working days, and assigned by its unit
 * head when asked.
 */
public final class CounterCases {

  private CounterCases() {}

  /** A case received on {@code received}, assigned to {@code officer} unless {@code null}. */
  public static Case file(CaseEngine work, TestOrganisation.Setup agency, LocalDate received,
      @Nullable String officer) {
    Case c = work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER, agency.code(),
        agency.unit().id(), null, TimeLimit.workingDays(6), received, null, null, Map.of(),
        CaseLinks.NONE), Actor.staff(Party.COUNTER_CLERK, agency.username(Role.COUNTER_CLERK)));
    if (officer == null) {
      return c;
    }
    return work.act(c.number(), c.version(), agency.code(), (k, x) -> k.assign(
        Actor.staff(Party.UNIT_HEAD, agency.username(Role.UNIT_HEAD)), officer, x.now()));
  }
}
