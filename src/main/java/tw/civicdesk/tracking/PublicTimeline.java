// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * What the holder of a receipt sees of a case. Holds no personal data but the masked name, no
 * internal note and no staff username.
 *
 * @param service the catalogue service, {@code null} for a case filed without one
 * @param dueDate {@code null} while the clock is paused for a supplement
 * @param applicant the masked name (王○明), {@code null} when the case has no applicant
 * @param timeline the public steps, oldest first
 * @param petition what a petition or report adds, {@code null} for an application
 */
public record PublicTimeline(
    CaseNumber caseNumber,
    @Nullable Service service,
    CaseStatus status,
    @Nullable LocalDate dueDate,
    @Nullable String applicant,
    List<Entry> timeline,
    @Nullable Petition petition) {

  public PublicTimeline {
    timeline = List.copyOf(timeline);
  }

  /**
   * What a petition or report adds: what it is, and whether the holder may rate how it was handled
   * now (answered, not yet rated), or what they rated and the case it was reopened as.
   *
   * @param title the kind and category ("陳情：道路與交通")
   * @param rated the score given, {@code null} when not rated
   * @param reopenedAs the case it was reopened as after an unhappy rating, else {@code null}
   */
  public record Petition(
      BilingualText title,
      boolean ratable,
      @Nullable Integer rated,
      tw.civicdesk.casework.@Nullable CaseNumber reopenedAs) {}

  /** The service the case was filed under, named in both languages. */
  public record Service(ServiceCode code, BilingualText name) {}

  /**
   * One public step.
   *
   * @param outcome the decision, for {@link TrackingStep#DECIDED} only
   * @param note the public note: the deficiencies (one per line), the extension's reason, the
   *     decision's reason and remedy, the case a transfer or merge went to; else {@code null}
   * @param supplyBy for {@link TrackingStep#SUPPLEMENT_REQUESTED}, the date by which to supply the
   *     documents (補正期限), {@code null} for a request made before it was kept; else {@code null}
   */
  public record Entry(
      Instant at,
      TrackingStep step,
      @Nullable Decision outcome,
      @Nullable String note,
      @Nullable LocalDate supplyBy) {}
}
