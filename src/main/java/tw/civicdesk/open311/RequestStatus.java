// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import tw.civicdesk.casework.CaseStatus;

/**
 * The two statuses of GeoReport v2 and the case statuses each stands for: a request is open while
 * the case is being worked and closed once it is answered, closed, transferred, withdrawn or
 * merged.
 */
public enum RequestStatus {
  OPEN(
      EnumSet.of(
          CaseStatus.RECEIVED,
          CaseStatus.ASSIGNED,
          CaseStatus.IN_PROGRESS,
          CaseStatus.AWAITING_SUPPLEMENT)),
  CLOSED(
      EnumSet.complementOf(
          EnumSet.of(
              CaseStatus.RECEIVED,
              CaseStatus.ASSIGNED,
              CaseStatus.IN_PROGRESS,
              CaseStatus.AWAITING_SUPPLEMENT)));

  private final Set<CaseStatus> statuses;

  RequestStatus(Set<CaseStatus> statuses) {
    this.statuses = statuses;
  }

  /** The case statuses this status stands for. */
  public Set<CaseStatus> statuses() {
    return EnumSet.copyOf(statuses);
  }

  /** The status of a case in {@code status}. */
  public static RequestStatus of(CaseStatus status) {
    return OPEN.statuses.contains(status) ? OPEN : CLOSED;
  }

  /** The name on the wire: {@code open} or {@code closed}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
