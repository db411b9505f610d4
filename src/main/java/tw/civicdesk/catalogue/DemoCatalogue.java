// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;

/** Placeholder until the demo catalogue lands. */
final class DemoCatalogue {

  private DemoCatalogue() {}

  record DemoService(String code, String agencyCode, String unitCode, ServiceContent content) {}

  static List<DemoService> services() {
    return List.of();
  }
}
