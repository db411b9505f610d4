// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An improvement action as the quality officer types it ({@link ImprovementActions} checks it).
 *
 * @param cases the case numbers as typed, one per entry (the grouped form with a space is taken)
 */
public record ImprovementDraft(
    @Nullable String title,
    @Nullable String description,
    @Nullable Long ownerUnitId,
    @Nullable LocalDate dueOn,
    @Nullable ImprovementStatus status,
    @Nullable LocalDate doneOn,
    List<String> cases) {

  public ImprovementDraft {
    cases = List.copyOf(cases);
  }
}
