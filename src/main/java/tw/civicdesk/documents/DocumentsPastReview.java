// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.content.ReviewedContent;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Tells the content-freshness report which of an agency's documents are past their review date:
 * those not withdrawn whose review date is before the day asked, oldest review date first (a
 * document put up ahead of its publish day counts too: its owner should still check it).
 */
@Component
class DocumentsPastReview implements ReviewedContent {

  private static final BilingualText KIND = new BilingualText("機關文件", "Document");

  private final DocumentStore store;

  DocumentsPastReview(DocumentStore store) {
    this.store = store;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Item> pastReview(String agencyCode, LocalDate day) {
    if (!AgencyCode.isValid(agencyCode)) {
      return List.of();
    }
    return store.pastReview(AgencyCode.of(agencyCode), day).stream()
        .map(
            d ->
                new Item(
                    KIND,
                    d.title(),
                    Objects.requireNonNull(d.reviewOn()),
                    "/console/documents/" + d.id() + "/edit"))
        .toList();
  }
}
