// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One case on a console home, named for people: the service's name rather than its code, the
 * officer's display name rather than their username, the unit's name. Nothing about the applicant.
 *
 * @param service the service's name; {@code null} for cases of no catalogue service
 * @param dueDate {@code null} while a supplement is awaited
 * @param officer the assigned officer's display name; {@code null} before assignment
 * @param unit the handling unit's name; {@code null} if the unit is unknown
 */
public record HomeCase(
    CaseNumber number,
    @Nullable BilingualText service,
    CaseStatus status,
    LocalDate receivedOn,
    @Nullable LocalDate dueDate,
    boolean overdue,
    @Nullable String officer,
    @Nullable BilingualText unit) {}
