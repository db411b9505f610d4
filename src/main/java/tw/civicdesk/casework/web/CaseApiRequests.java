// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the case steps API. Every body carries {@code version}, the version of the
 * case the caller saw (optimistic locking); values are checked by {@link CaseApiChecks}.
 */
final class CaseApiRequests {

  private CaseApiRequests() {}

  static final String VERSION = "The version of the case you saw, from GET or the last step";

  /** A step without anything else to say: start, close. */
  record Step(@Schema(description = VERSION) @Nullable Integer version) {}

  /** Assign (分案) or reassign (改分). */
  record Assign(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "Username of the case officer") @Nullable String officer) {}

  /** Ask for a supplement (補正), every deficiency at once. */
  record SupplementRequest(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "Every missing item, one per entry")
          @Nullable List<String> deficiencies,
      @Schema(
              description =
                  "Period to supply them (補正期間), 1-60 calendar days; "
                      + "the setting civicdesk.casework.supplement-days when absent")
          @Nullable Integer days) {}

  /** The applicant supplied what was missing. */
  record Supplement(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "What was supplied (optional)") @Nullable String note) {}

  /** Extend the time limit once (展延). */
  record Extension(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "1-999") @Nullable Integer amount,
      @Schema(description = "WORKING_DAYS, CALENDAR_DAYS, MONTHS or HOURS; the case's own unit")
          @Nullable String unit,
      @Nullable String reason) {}

  /** Decide (決行). */
  record Verdict(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "APPROVED, REJECTED or ANSWERED") @Nullable String outcome,
      @Nullable String reason,
      @Schema(description = "How to appeal; required for REJECTED") @Nullable String remedy) {}

  /** The applicant withdraws (撤回), recorded by staff. */
  record Withdrawal(
      @Schema(description = VERSION) @Nullable Integer version, @Nullable String reason) {}

  /** Merge into another case of the same agency (併案). */
  record Merge(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "Number of the case that goes on") @Nullable String into) {}

  /** Transfer to the competent agency (移文). */
  record Transfer(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "Code of the competent agency") @Nullable String to,
      @Schema(description = "Unit of that agency that receives the case") @Nullable Long unitId,
      @Nullable String reason) {}

  /** Joint handling (會辦) by another unit of the same agency. */
  record JointHandling(
      @Schema(description = VERSION) @Nullable Integer version,
      @Schema(description = "Unit of this agency asked to help") @Nullable Long unitId,
      @Schema(description = "1-999") @Nullable Integer amount,
      @Schema(description = "WORKING_DAYS, CALENDAR_DAYS, MONTHS or HOURS")
          @Nullable String unit) {}

  /** A follow-up (稽催) or its answer. */
  record FollowUpText(
      @Schema(description = VERSION + "; optional: without it, the case as it" + " is now")
          @Nullable Integer version,
      @Schema(
              description = "The text, 1-2000 characters; internal, never shown to the applicant",
              maxLength = 2000)
          @Nullable String text) {}
}
