// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A child case opened for joint handling (會辦), as its parent's page shows it. */
public record ChildCase(CaseNumber number, long unitId, @Nullable String officer,
    CaseStatus status, @Nullable LocalDate dueDate) {}
