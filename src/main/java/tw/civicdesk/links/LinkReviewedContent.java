// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.content.ReviewedContent;
import tw.civicdesk.platform.i18n.BilingualText;

/** The link lists' part of the content-freshness report: links whose review date has passed. */
@Component
class LinkReviewedContent implements ReviewedContent {

  private static final BilingualText RELATED = new BilingualText("好站相連", "Related sites link");
  private static final BilingualText DISASTER = new BilingualText("防災專區連結", "Disaster link");

  private final LinkStore store;

  LinkReviewedContent(LinkStore store) {
    this.store = store;
  }

  @Override
  public List<Item> pastReview(String agencyCode, LocalDate day) {
    if (!AgencyCode.isValid(agencyCode)) {
      return List.of();
    }
    return store.pastReview(AgencyCode.of(agencyCode), day).stream()
        .map(
            l ->
                new Item(
                    l.kind() == LinkKind.DISASTER ? DISASTER : RELATED,
                    l.title(),
                    l.reviewOn(),
                    "/console/links/" + l.id() + "/edit"))
        .toList();
  }
}
