// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.organisation.DemoOrganisation.DemoAgency;
import tw.civicdesk.organisation.DemoOrganisation.DemoStaff;
import tw.civicdesk.organisation.DemoOrganisation.DemoUnit;

/**
 * Loads {@link DemoOrganisation} in the {@code demo} profile (on for {@code ./mvnw
 * spring-boot:run}, off otherwise) and prints where to sign in. Idempotent: records that exist are
 * left as they are, so a restart on the persistent database changes nothing.
 */
@Component
@Profile("demo")
class DemoDataLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final Agencies agencies;
  private final Units units;
  private final StaffMembers staff;
  private final PasswordEncoder passwords;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoDataLoader(
      Agencies agencies,
      Units units,
      StaffMembers staff,
      PasswordEncoder passwords,
      TransactionTemplate tx,
      Clock clock) {
    this.agencies = agencies;
    this.units = units;
    this.staff = staff;
    this.passwords = passwords;
    this.tx = tx;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void loadAtStart(ApplicationReadyEvent ready) {
    load(
        ready.getApplicationContext() instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : 8080);
  }

  /** Loads what is missing and logs the addresses on {@code port} and the demo accounts. */
  void load(int port) {
    int created = tx.execute(status -> loadAll());
    List<String> usernames = DemoOrganisation.staff().stream().map(DemoStaff::username).toList();
    log.info(
        """

        ------------------------------------------------------------------
        CivicDesk demo ({} new records). Public site: http://localhost:{}/
        Staff sign-in: http://localhost:{}/sign-in
        Demo accounts (password for all: {}):
          {}
        ------------------------------------------------------------------""",
        created,
        port,
        port,
        DemoOrganisation.PASSWORD,
        String.join(", ", usernames));
  }

  private int loadAll() {
    Instant now = clock.instant();
    return loadAgencies(now) + loadStaff(now);
  }

  /** The demo agencies and their units not stored yet; returns how many were created. */
  private int loadAgencies(Instant now) {
    int created = 0;
    for (DemoAgency a : DemoOrganisation.agencies()) {
      AgencyCode code = new AgencyCode(a.code());
      if (!agencies.exists(code)) {
        agencies.insert(
            new Agency(
                code,
                a.parent() == null ? null : new AgencyCode(a.parent()),
                DemoOrganisation.text(a.zh(), a.en()),
                a.type(),
                DemoOrganisation.text(a.addressZh(), a.addressEn()),
                a.phone(),
                DemoOrganisation.text(DemoOrganisation.HOURS_ZH, DemoOrganisation.HOURS_EN),
                null,
                0),
            now);
        created++;
      }
      for (DemoUnit u : a.units()) {
        if (!units.codeTaken(code, u.code(), -1)) {
          units.insert(code, u.code(), DemoOrganisation.text(u.zh(), u.en()), u.kind(), now);
          created++;
        }
      }
    }
    return created;
  }

  /** The demo accounts not stored yet, in their agencies' units; returns how many. */
  private int loadStaff(Instant now) {
    int created = 0;
    String hash = null;
    for (DemoStaff s : DemoOrganisation.staff()) {
      if (staff.usernameTaken(s.username())) {
        continue;
      }
      hash = hash == null ? passwords.encode(DemoOrganisation.PASSWORD) : hash;
      AgencyCode agency = new AgencyCode(s.agency());
      Long unitId =
          s.unit() == null
              ? null
              : units.findByAgency(agency).stream()
                  .filter(u -> u.code().equals(s.unit()))
                  .findFirst()
                  .map(Unit::id)
                  .orElse(null);
      staff.insert(
          new StaffMember(
              0,
              s.username(),
              s.displayName(),
              s.username() + "@demo.invalid",
              agency,
              unitId,
              EnumSet.copyOf(s.roles()),
              true,
              0),
          hash,
          now);
      created++;
    }
    return created;
  }
}
