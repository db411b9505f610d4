// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.EnumSet;
import java.util.Set;

/** Where an answer came from; kept with it and a filter of the analysis. */
public enum SurveyChannel {
  /** A registered counter kiosk. */
  KIOSK,
  /** A QR poster at a counter or for a service. */
  QR,
  /** The online link. */
  ONLINE,
  /** The link in the notice that a case is decided (tied to the case). */
  CASE,
  /** A paper form, entered by staff. */
  PAPER,
  /** An outbound call, entered by staff. */
  PHONE,
  /** A staff member answering the agency's internal survey. */
  STAFF;

  /** The channels a citizen answers through without signing in or holding a kiosk or receipt. */
  public static final Set<SurveyChannel> ANONYMOUS = EnumSet.of(ONLINE, QR);

  /** The channels staff enter answers from. */
  public static final Set<SurveyChannel> ENTERED = EnumSet.of(PAPER, PHONE);
}
