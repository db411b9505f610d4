// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agencies' site texts ({@code demo} profile): a profile and duties for each demo agency,
 * contacts (phone extension, e-mail, and for some their own hours) for most of their units, and
 * 鹽水區公所's personal-data page (個人資料保護專區). Idempotent: an agency that has a profile, or a unit that
 * has any contact, is left as it is, so an administrator's edits survive a restart.
 */
@Component
@Profile("demo")
class DemoSiteTexts {

  private final AgencyProfiles profiles;
  private final Units units;
  private final Agencies agencies;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoSiteTexts(
      AgencyProfiles profiles,
      Units units,
      Agencies agencies,
      TransactionTemplate tx,
      Clock clock) {
    this.profiles = profiles;
    this.units = units;
    this.agencies = agencies;
    this.tx = tx;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(5)
  void load() {
    tx.executeWithoutResult(status -> loadAll());
  }

  void loadAll() {
    for (Map.Entry<String, AgencyProfile> e : DemoSiteTextData.profiles().entrySet()) {
      AgencyCode code = new AgencyCode(e.getKey());
      if (agencies.exists(code) && profiles.find(code).isEmpty()) {
        profiles.save(e.getValue(), clock.instant());
      }
    }
    for (Agency a : agencies.findAll()) {
      List<Unit> own = units.findByAgency(a.code());
      for (int i = 0; i < own.size(); i++) {
        Unit u = own.get(i);
        // Most units publish contacts; the last of each agency keeps the agency's, as a
        // fallback to look at.
        if (i == own.size() - 1 && own.size() > 1 || !u.contact().equals(UnitContact.NONE)) {
          continue;
        }
        DemoSiteTextData.contact(a, u, i).ifPresent(c -> units.updateContact(u.id(), c));
      }
    }
  }
}
