// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.links.LinkViews.Check;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.notification.StaffNotices.StaffNotice;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * The weekly link check (連結檢查, ADR 0064): every link of every agency is asked by {@link LinkProbe}
 * and what it found is kept on the link. The rule: a link that fails {@value #FAILURES_TO_BREAK}
 * checks in a row is marked broken from that day, and its owner — the staff member named, else the
 * owning unit's heads, else the agency's administrators — gets a console notice ({@link
 * StaffNoticeKind#LINK_BROKEN}) once for that broken spell; one good answer ends the spell. One
 * failure alone is not reported: sites are down for an hour now and then.
 */
@Service
public class LinkCheck {

  /** Failed checks in a row that mark a link broken. */
  public static final int FAILURES_TO_BREAK = 2;

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final LinkStore store;
  private final LinkProbe probe;
  private final StaffNotices notices;
  private final Organisation organisation;
  private final TransactionTemplate tx;
  private final Clock clock;

  LinkCheck(
      LinkStore store,
      LinkProbe probe,
      StaffNotices notices,
      Organisation organisation,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.store = store;
    this.probe = probe;
    this.notices = notices;
    this.organisation = organisation;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Checks every link once, outside any transaction while the network is asked.
   *
   * @return how many links were marked broken by this run
   */
  public int checkAll(LocalDate today) {
    int marked = 0;
    for (long id : store.ids()) {
      marked += checkOne(id, today).map(c -> c.brokenSince() == today ? 1 : 0).orElse(0);
    }
    return marked;
  }

  /**
   * Checks one link and records the result; empty when the link is gone.
   *
   * @return what is now recorded for it
   */
  public Optional<Check> checkOne(long id, LocalDate today) {
    Optional<Link> found = store.find(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Link link = found.get();
    LinkProbe.Outcome outcome = probe.check(URI.create(link.url()));
    return Optional.ofNullable(tx.execute(status -> record(link, outcome, today)));
  }

  private Check record(Link link, LinkProbe.Outcome outcome, LocalDate today) {
    Check before = link.check();
    int failures = outcome.good() ? 0 : before.failures() + 1;
    LocalDate since = before.brokenSince();
    boolean newlyBroken = false;
    if (outcome.good() && since != null) {
      store.closeSpell(link.id(), today);
      since = null;
    } else if (!outcome.good() && since == null && failures >= FAILURES_TO_BREAK) {
      since = today;
      newlyBroken = true;
      store.openSpell(link.id(), link.agency(), today);
    }
    Check now =
        new Check(
            clock.instant(),
            outcome.status(),
            outcome.finalUrl(),
            outcome.redirects(),
            outcome.problem() == null ? null : outcome.problem().name(),
            failures,
            since);
    store.recordCheck(link.id(), now);
    if (newlyBroken) {
      tell(link, today);
    }
    return now;
  }

  private void tell(Link link, LocalDate since) {
    for (String username : owners(link)) {
      notices.post(
          new StaffNotice(
              username,
              link.agency(),
              StaffNoticeKind.LINK_BROKEN,
              null,
              List.of(Long.toString(link.id()), link.title().zh(), link.url(), since.toString()),
              "link-broken:" + link.id() + ":" + since),
          true);
    }
  }

  private List<String> owners(Link link) {
    if (link.ownerUsername() != null) {
      return List.of(link.ownerUsername());
    }
    List<String> heads =
        organisation.usernamesHolding(link.agency(), link.ownerUnitId(), Role.UNIT_HEAD);
    return heads.isEmpty()
        ? organisation.usernamesHolding(link.agency(), null, Role.AGENCY_ADMIN)
        : heads;
  }
}
