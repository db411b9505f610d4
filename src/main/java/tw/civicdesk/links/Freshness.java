// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.content.ReviewedContent;
import tw.civicdesk.platform.content.ReviewedContent.Item;

/**
 * The content-freshness report (內容檢視報告): every item past its review date that any {@link
 * ReviewedContent} bean lists for an agency — FAQ entries, links, and whatever other modules add —
 * oldest review date first. Read by the agency's quality officers, head and administrators.
 */
@Service
public class Freshness {

  private final List<ReviewedContent> sources;

  Freshness(List<ReviewedContent> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The report for {@code staff}; {@link Links.LinkNotFound} when they may not read it. */
  public List<Item> report(StaffPrincipal staff, AgencyCode agency, LocalDate day) {
    if (!Links.mayReview(staff, agency)) {
      throw new Links.LinkNotFound();
    }
    return pastReview(agency, day);
  }

  /** Every item of the agency past review on {@code day}, oldest review date first. */
  public List<Item> pastReview(AgencyCode agency, LocalDate day) {
    List<Item> all = new ArrayList<>();
    for (ReviewedContent source : sources) {
      all.addAll(source.pastReview(agency.value(), day));
    }
    all.sort(Comparator.comparing(Item::reviewOn).thenComparing(i -> i.title().zh()));
    return all;
  }
}
