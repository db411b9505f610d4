// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.api.TextView;
import tw.civicdesk.tracking.PublicTimeline;
import tw.civicdesk.tracking.TrackingStep;

/**
 * A case's public timeline on the JSON API and the page; step labels in the request's language.
 *
 * @param status the case status, e.g. {@code IN_PROGRESS}
 * @param applicant the applicant's masked name (王○明), {@code null} when there is none
 * @param petition what a petition or report adds (for the page only), {@code null} otherwise
 */
record TrackingView(
    String caseNumber,
    @Nullable ServiceView service,
    String status,
    @Nullable LocalDate dueDate,
    @Nullable String applicant,
    List<EntryView> timeline,
    @JsonIgnore PublicTimeline.@Nullable Petition petition) {

  private static final String AWAITING_SUPPLEMENT = "AWAITING_SUPPLEMENT";
  private static final String SUPPLEMENT_REQUESTED = "SUPPLEMENT_REQUESTED";

  /** The service, its code and name in both languages. */
  record ServiceView(String code, TextView name) {}

  /**
   * One public step.
   *
   * @param step e.g. {@code SUPPLEMENT_REQUESTED}
   * @param label the step in the request's language, with the decision's outcome
   * @param note the public note, lines separated by {@code \n}
   * @param supplyBy for a supplement request, the date by which to supply (補正期限), else {@code null}
   */
  record EntryView(
      OffsetDateTime at,
      @Schema(
              allowableValues = {
                "RECEIVED",
                "ASSIGNED",
                "IN_PROGRESS",
                "SUPPLEMENT_REQUESTED",
                "SUPPLIED",
                "EXTENDED",
                "DECIDED",
                "CLOSED",
                "TRANSFERRED",
                "WITHDRAWN",
                "MERGED"
              })
          String step,
      String label,
      @Nullable String note,
      @Nullable LocalDate supplyBy) {

    /** The note's lines, for the page. */
    @JsonIgnore
    public List<String> noteLines() {
      return note == null ? List.of() : List.of(note.split("\n"));
    }
  }

  /** The case number in groups that can be read over the phone, for the page. */
  @JsonIgnore
  public String groupedNumber() {
    return CaseNumber.parse(caseNumber).map(CaseNumber::grouped).orElse(caseNumber);
  }

  /**
   * The supplement request the applicant has to answer — the latest {@code SUPPLEMENT_REQUESTED}
   * step, with its date and every deficiency — or {@code null} when the case is not waiting for
   * documents.
   */
  @JsonIgnore
  public @Nullable EntryView openSupplementRequest() {
    if (!AWAITING_SUPPLEMENT.equals(status)) {
      return null;
    }
    EntryView latest = null;
    for (EntryView e : timeline) {
      if (SUPPLEMENT_REQUESTED.equals(e.step())) {
        latest = e;
      }
    }
    return latest;
  }

  static TrackingView of(PublicTimeline t, MessageSource messages, Locale locale, Clock clock) {
    return new TrackingView(
        t.caseNumber().value(),
        t.service() == null
            ? null
            : new ServiceView(t.service().code().value(), TextView.of(t.service().name())),
        t.status().name(),
        t.dueDate(),
        t.applicant(),
        t.timeline().stream()
            .map(
                e ->
                    new EntryView(
                        e.at().atZone(clock.getZone()).toOffsetDateTime(),
                        e.step().name(),
                        label(e, messages, locale),
                        e.note(),
                        e.supplyBy()))
            .toList(),
        t.petition());
  }

  private static String label(PublicTimeline.Entry e, MessageSource messages, Locale locale) {
    if (e.step() == TrackingStep.DECIDED && e.outcome() != null) {
      return messages.getMessage(
          "tracking.step.decided-as",
          new Object[] {
            messages.getMessage("casework.decision." + e.outcome().name(), null, locale)
          },
          locale);
    }
    return messages.getMessage("tracking.step." + e.step().name(), null, locale);
  }
}
