// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.search.SearchDocument;

/** The demo catalogue as the search documents the catalogue would put, for search tests. */
public final class DemoServiceDocuments {

  private DemoServiceDocuments() {}

  /** One document per demo service of every demo agency. */
  public static List<SearchDocument> all() {
    return DemoCatalogue.services().stream()
        .map(
            s ->
                ServiceSearchSource.document(
                    new ServiceCode(s.code()), new AgencyCode(s.agencyCode()), s.content()))
        .toList();
  }
}
