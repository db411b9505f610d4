// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.content;

import java.time.LocalDate;
import java.util.List;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A port through which a module that publishes reviewed content (FAQ entries, an agency's documents
 * and link lists, its profile pages) tells the content-freshness report what is past its review
 * date. Any Spring bean implementing it is asked; adding a kind of content touches only the module
 * that owns it.
 */
public interface ReviewedContent {

  /**
   * The agency's published items whose review date is before {@code day}, oldest review date first;
   * never an archived or withdrawn item.
   *
   * @param agencyCode the agency's code, e.g. {@code YL-JIAOXI}
   * @param day the day the report is for, normally today in Asia/Taipei
   */
  List<Item> pastReview(String agencyCode, LocalDate day);

  /**
   * One item past its review date.
   *
   * @param kind what the item is, e.g. 常見問答 / FAQ entry
   * @param title the item's title
   * @param reviewOn the day it was due for review
   * @param consoleUrl the console page where its owner reviews it, e.g. {@code /console/faq/12}
   */
  record Item(BilingualText kind, BilingualText title, LocalDate reviewOn, String consoleUrl) {}
}
