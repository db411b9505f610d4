// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/** Files cases and moves them along for the list and API tests. */
final class CaseListFixtures {

  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "clerk");
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "head");

  private final CaseEngine work;
  private final Clock clock;

  CaseListFixtures(ApplicationContext context) {
    this.work = context.getBean(CaseEngine.class);
    this.clock = context.getBean(Clock.class);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A case received {@code daysAgo} days ago in {@code unitId}, due {@code limit} after. */
  Case file(AgencyCode agency, long unitId, String service, Channel channel, TimeLimit limit,
      int daysAgo) {
    return file(agency, unitId, service, channel, limit, daysAgo, CLERK);
  }

  /** As above, filed by {@code by}. */
  Case file(AgencyCode agency, long unitId, String service, Channel channel, TimeLimit limit,
      int daysAgo, Actor by) {
    return work.file(new CaseEngine.Filing(CaseKind.APPLICATION, channel, agency, unitId,
        new ServiceRef(new ServiceCode(service), 1), limit, today().minusDays(daysAgo), null,
        null, Map.of(), CaseLinks.NONE), by);
  }

  /** A counter case of today in {@code unitId}, filed by the counter clerk {@code clerk}. */
  Case fileBy(AgencyCode agency, long unitId, String clerk) {
    return file(agency, unitId, "LIST-SERVICE", Channel.COUNTER, TimeLimit.workingDays(6), 0,
        Actor.staff(Party.COUNTER_CLERK, clerk));
  }

  Case file(AgencyCode agency, long unitId) {
    return file(agency, unitId, "LIST-SERVICE", Channel.COUNTER, TimeLimit.workingDays(6), 0);
  }

  Case assign(Case c, String officer) {
    return work.act(c.number(), c.version(), c.agency(),
        (k, ctx) -> k.assign(HEAD, officer, ctx.now()));
  }

  /** Assigned to {@code officer}, started, and waiting for a supplement (no due date). */
  Case awaitingSupplement(Case c, String officer) {
    Case a = assign(c, officer);
    Actor o = Actor.staff(Party.CASE_OFFICER, officer);
    Case s = work.act(a.number(), a.version(), a.agency(), (k, ctx) -> k.start(o, ctx.now()));
    return work.act(s.number(), s.version(), s.agency(), (k, ctx) -> k.requestSupplement(o,
        java.util.List.of("戶籍謄本"), 7, ctx.today(), ctx.calendar(), ctx.now()));
  }

  /** Assigned, started, approved and closed by {@code officer}. */
  Case closed(Case c, String officer) {
    Case a = assign(c, officer);
    Actor o = Actor.staff(Party.CASE_OFFICER, officer);
    Case s = work.act(a.number(), a.version(), a.agency(), (k, ctx) -> k.start(o, ctx.now()));
    Case d = work.act(s.number(), s.version(), s.agency(), (k, ctx) -> k.decide(o,
        tw.civicdesk.casework.Decision.APPROVED, "符合規定", null, ctx.now()));
    return work.act(d.number(), d.version(), d.agency(), (k, ctx) -> k.close(o, ctx.now()));
  }
}
