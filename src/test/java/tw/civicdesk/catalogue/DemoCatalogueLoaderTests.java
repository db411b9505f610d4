// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.DemoData;
import tw.civicdesk.organisation.Organisation;

/** The demo catalogue publishes on the demo organisation, once, and its figures add up. */
@IntegrationTest
class DemoCatalogueLoaderTests {

  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired Organisation organisation;
  @Autowired TransactionTemplate tx;
  @Autowired Catalogue catalogue;
  @Autowired Clock clock;

  @Test
  void everySeedAgencyGetsItsPublishedAndSearchableCatalogueOnlyOnce() {
    DemoData.load(context);
    DemoCatalogueLoader loader = new DemoCatalogueLoader(editing, organisation, tx);
    loader.load();
    int second = tx.execute(status -> loader.loadAll(DemoCatalogue.services()));
    assertThat(second).isZero();

    AgencyCode fengshan = new AgencyCode("KH-FENGSHAN-HR1");
    CatalogueFigures figures = catalogue.figures(fengshan, LocalDate.now(clock));
    assertThat(figures.services()).isBetween(8, 20);
    assertThat(figures.electronicallyVerifiable()).isPositive();
    assertThat(catalogue.search("謄本", fengshan)).isNotEmpty();
    assertThat(catalogue.search("調解不成立", new AgencyCode("TN-YANSHUI"))).isNotEmpty();
  }
}
