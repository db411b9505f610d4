// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.platform.api.TextView;
import tw.civicdesk.tracking.CaseLookup;

/**
 * A staff look-up on the JSON API: the citizen's public view exactly as {@code GET
 * /api/v1/tracking/{caseNumber}} answers it, plus the internal details. Nothing about the applicant
 * but the masked name in {@code publicView}.
 *
 * @param ownAgency whether the case is the caller's own agency's (else one below it)
 */
record StaffTrackingView(
    TrackingView publicView,
    AgencyView agency,
    @Nullable TextView unit,
    @Nullable String officer,
    String kind,
    String channel,
    LocalDate receivedOn,
    Links links,
    List<Child> children,
    List<Entry> history,
    boolean ownAgency) {

  /** The agency holding the case. */
  record AgencyView(String code, TextView name) {}

  /** Links to other cases, {@code null} where there is none. */
  record Links(
      @Nullable String parent,
      @Nullable String transferredFrom,
      @Nullable String transferredTo,
      @Nullable String mergedInto) {}

  /** A child case opened for joint handling (會辦). */
  record Child(
      String number, @Nullable String officer, String status, @Nullable LocalDate dueDate) {}

  /**
   * One history step, internal ones too.
   *
   * @param action {@code null} for filing
   * @param actor a staff username, {@code applicant} or {@code system}
   */
  record Entry(
      int sequence,
      OffsetDateTime at,
      @Nullable String action,
      String status,
      String actor,
      @Nullable String publicNote,
      @Nullable String internalNote) {}

  static StaffTrackingView of(CaseLookup l, MessageSource messages, Locale locale, Clock clock) {
    var d = l.details();
    var k = d.links();
    return new StaffTrackingView(
        TrackingView.of(l.timeline(), messages, locale, clock),
        new AgencyView(l.owner().code().value(), TextView.of(l.owner().name())),
        l.unit() == null ? null : TextView.of(l.unit().name()),
        d.officer(),
        d.publicCase().kind().name(),
        d.channel().name(),
        d.receivedOn(),
        new Links(
            value(k.parent()),
            value(k.transferredFrom()),
            value(k.transferredTo()),
            value(k.mergedInto())),
        d.children().stream().map(StaffTrackingView::child).toList(),
        d.history().stream()
            .map(
                h ->
                    new Entry(
                        h.sequence(),
                        h.at().atZone(clock.getZone()).toOffsetDateTime(),
                        h.action() == null ? null : h.action().name(),
                        h.to().name(),
                        h.who(),
                        h.publicNote(),
                        h.internalNote()))
            .toList(),
        l.ownAgency());
  }

  private static Child child(CaseViews.Child c) {
    return new Child(c.number().value(), c.officer(), c.status().name(), c.dueDate());
  }

  private static @Nullable String value(@Nullable CaseNumber n) {
    return n == null ? null : n.value();
  }
}
