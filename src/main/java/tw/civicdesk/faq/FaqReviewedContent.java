// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.content.ReviewedContent;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The FAQ's part of the content-freshness report: the agency's published entries whose review date
 * ({@code review_on}) has passed, oldest first, each linked to its console edit page. Drafts and
 * archived entries are not public content and are never listed.
 */
@Component
class FaqReviewedContent implements ReviewedContent {

  static final BilingualText KIND = new BilingualText("常見問題", "FAQ entry");

  private final FaqStore store;

  FaqReviewedContent(FaqStore store) {
    this.store = store;
  }

  @Override
  public List<Item> pastReview(String agencyCode, LocalDate day) {
    if (!AgencyCode.isValid(agencyCode)) {
      return List.of();
    }
    return store.publishedPastReview(AgencyCode.of(agencyCode), day).stream()
        .map(
            e ->
                new Item(
                    KIND,
                    e.entry().question(),
                    e.reviewOn(),
                    "/console/faq/" + e.entry().code().value() + "/edit"))
        .toList();
  }
}
