// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.catalogue.DemoCatalogue.DemoService;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/**
 * Publishes {@link DemoCatalogue} in the {@code demo} profile, after the demo organisation (whose
 * units it needs). Idempotent: services that exist are left alone.
 */
@Component
@Profile("demo")
class DemoCatalogueLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

  private final CatalogueEditing editing;
  private final Organisation organisation;
  private final TransactionTemplate tx;

  DemoCatalogueLoader(CatalogueEditing editing, Organisation organisation, TransactionTemplate tx) {
    this.editing = editing;
    this.organisation = organisation;
    this.tx = tx;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(100)
  void load() {
    Integer created = tx.execute(status -> loadAll(DemoCatalogue.services()));
    log.info("Demo catalogue: {} new services published", created);
  }

  int loadAll(List<DemoService> services) {
    int created = 0;
    for (DemoService s : services) {
      AgencyCode agency = new AgencyCode(s.agencyCode());
      Long unitId =
          organisation.units(agency).stream()
              .filter(u -> u.code().equals(s.unitCode()))
              .findFirst()
              .map(Unit::id)
              .orElse(null);
      if (unitId != null
          && editing.importPublished(
              new ServiceCode(s.code()), agency, unitId, s.content(), "demo")) {
        created++;
      }
    }
    return created;
  }
}
