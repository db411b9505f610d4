// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.StaffActions.StaffCaseView;

/** The case as the staff API answers it; nothing about the applicant. */
final class CaseApiViews {

  private CaseApiViews() {}

  /** A case with its history and what the caller may do now. */
  record CaseView(
      String number,
      String kind,
      String channel,
      String status,
      int version,
      @Nullable String serviceCode,
      @Nullable Integer serviceVersion,
      String agencyCode,
      long unitId,
      LocalDate receivedOn,
      @Schema(description = "Null while a supplement is awaited") @Nullable LocalDate dueDate,
      @Schema(
              description =
                  "While a supplement is awaited, the date by which to supply it "
                      + "(補正期限); else null")
          @Nullable LocalDate supplyBy,
      @Nullable String officer,
      @Nullable String decision,
      Links links,
      List<Child> children,
      List<Entry> history,
      @Schema(description = "Steps the caller may take now (CaseAction names)")
          List<String> allowedActions) {

    static CaseView of(StaffCaseView v) {
      Case c = v.c();
      return new CaseView(
          c.number().value(),
          c.kind().name(),
          c.channel().name(),
          c.status().name(),
          c.version(),
          c.service() == null ? null : c.service().code().value(),
          c.service() == null ? null : c.service().version(),
          c.agency().value(),
          c.unitId(),
          c.clock().received(),
          v.dueDate(),
          c.supplyBy(),
          c.officer(),
          c.decision() == null ? null : c.decision().name(),
          Links.of(c.links()),
          v.children().stream().map(Child::of).toList(),
          c.history().stream().map(Entry::of).toList(),
          v.allowed().stream().map(Enum::name).toList());
    }
  }

  /** Links to other cases. */
  record Links(
      @Nullable String parent,
      @Nullable String transferredFrom,
      @Nullable String transferredTo,
      @Nullable String mergedInto) {

    static Links of(CaseLinks l) {
      return new Links(
          value(l.parent()),
          value(l.transferredFrom()),
          value(l.transferredTo()),
          value(l.mergedInto()));
    }
  }

  /** A child case opened for joint handling (會辦). */
  record Child(
      String number,
      long unitId,
      @Nullable String officer,
      String status,
      @Nullable LocalDate dueDate) {

    static Child of(CaseViews.Child c) {
      return new Child(c.number().value(), c.unitId(), c.officer(), c.status().name(), c.dueDate());
    }
  }

  /** One history entry; staff see the internal note too. */
  record Entry(
      int sequence,
      @Nullable String action,
      @Nullable String from,
      String to,
      String actor,
      String party,
      Instant at,
      @Nullable String publicNote,
      @Nullable String internalNote) {

    static Entry of(HistoryEntry e) {
      return new Entry(
          e.sequence(),
          e.action() == null ? null : e.action().name(),
          e.from() == null ? null : e.from().name(),
          e.to().name(),
          e.actor().who(),
          e.actor().party().name(),
          e.at(),
          e.publicNote(),
          e.internalNote());
    }
  }

  private static @Nullable String value(@Nullable CaseNumber n) {
    return n == null ? null : n.value();
  }
}
