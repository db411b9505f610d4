// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What the petitions module announces, in the transaction that stores it (listeners that run in it
 * with a plain {@code @EventListener} write only what must commit with it, e.g. the notification
 * outbox). None holds personal data; whoever tells the petitioner asks case work where notices go.
 */
public sealed interface PetitionEvents {

  /** The case. */
  CaseNumber number();

  /**
   * A petition or report was filed through {@link Petitions} (or reopened, {@link
   * PetitionReopening}) and its read-model row written; a case opened by a transfer (移文) is not
   * announced here.
   *
   * @param signature the MinHash signature of what was written, for finding likely duplicates;
   *     {@code null} for a reopened case, which is looked at no further
   * @param reopenedFrom the case reopened as this one, else {@code null}
   */
  record PetitionFiled(
      CaseNumber number,
      AgencyCode agency,
      CaseKind kind,
      String category,
      @Nullable LocalDate dueDate,
      @Nullable TextSignature signature,
      @Nullable CaseNumber reopenedFrom)
      implements PetitionEvents {}

  /**
   * The request to reopen case {@code number} after an unhappy rating was decided: reopened as
   * {@code reopenedAs}, or refused for {@code reason}. The petitioner is told either way.
   */
  record ReopenDecided(
      CaseNumber number, AgencyCode agency, @Nullable CaseNumber reopenedAs, String reason)
      implements PetitionEvents {

    /** Whether the case was reopened. */
    public boolean reopened() {
      return reopenedAs != null;
    }
  }
}
