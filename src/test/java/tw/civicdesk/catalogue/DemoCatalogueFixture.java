// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.organisation.DemoData;
import tw.civicdesk.organisation.Organisation;

/** Loads the demo organisation and the demo catalogue, as the demo profile does; idempotent. */
public final class DemoCatalogueFixture {

  private DemoCatalogueFixture() {}

  public static void load(ApplicationContext context) {
    DemoData.load(context);
    new DemoCatalogueLoader(
            context.getBean(CatalogueEditing.class),
            context.getBean(Organisation.class),
            context.getBean(TransactionTemplate.class))
        .load();
  }
}
