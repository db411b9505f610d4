// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchSource;

/**
 * The catalogue's searchable texts (kind {@code service}): the published version of each service,
 * its name as the title and its summary and description as the body, linked to {@code
 * /services/{code}}. Drafts are never indexed: a service is put when a version is published.
 */
@Component
class ServiceSearchSource implements SearchSource {

  private final ServiceVersions versions;

  ServiceSearchSource(ServiceVersions versions) {
    this.versions = versions;
  }

  @Override
  public String kind() {
    return Catalogue.SEARCH_KIND;
  }

  @Override
  @Transactional(readOnly = true)
  public void forEach(Consumer<SearchDocument> sink) {
    versions.forEachPublished(v -> sink.accept(document(v.code(), v.agency(), v.content())));
  }

  /** The search document of a published version's content. */
  static SearchDocument document(ServiceCode code, AgencyCode agency, ServiceContent c) {
    return new SearchDocument(
        Catalogue.SEARCH_KIND,
        code.value(),
        agency.value(),
        c.name(),
        new BilingualText(
            c.summary().zh() + " " + c.description().zh(),
            c.summary().en() + " " + c.description().en()),
        "/services/" + code.value());
  }
}
