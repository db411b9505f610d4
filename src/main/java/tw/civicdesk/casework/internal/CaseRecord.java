// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The stored state of a {@link Case} apart from its history; {@code version} −1 = never stored.
 *
 * @param supplyBy the date by which the applicant is to supply the documents asked for (補正期限),
 *     {@code null} unless a supplement is awaited
 * @param openChildren how many of its child cases (會辦) are not yet decided, closed, withdrawn,
 *     merged or transferred; read, never stored
 */
record CaseRecord(
    CaseNumber number,
    CaseKind kind,
    Channel channel,
    AgencyCode agency,
    long unitId,
    @Nullable ServiceRef service,
    CaseStatus status,
    @Nullable Decision decision,
    @Nullable String officer,
    CaseClock clock,
    int supplementRounds,
    @Nullable LocalDate supplyBy,
    CaseLinks links,
    int openChildren,
    int version) {

  /** A case just received: no officer, supplement or decision yet, and never stored. */
  static CaseRecord received(
      CaseNumber number,
      CaseKind kind,
      Channel channel,
      AgencyCode agency,
      long unitId,
      @Nullable ServiceRef service,
      CaseClock clock,
      CaseLinks links) {
    return new CaseRecord(
        number,
        kind,
        channel,
        agency,
        unitId,
        service,
        CaseStatus.RECEIVED,
        null,
        null,
        clock,
        0,
        null,
        links,
        0,
        -1);
  }

  /** This state once inserted: version 0, no open child case. */
  CaseRecord inserted() {
    return new CaseRecord(
        number,
        kind,
        channel,
        agency,
        unitId,
        service,
        status,
        decision,
        officer,
        clock,
        supplementRounds,
        supplyBy,
        links,
        0,
        0);
  }
}
