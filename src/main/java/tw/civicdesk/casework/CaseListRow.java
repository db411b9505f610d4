// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.Channel;

/**
 * One case in a console list; nothing about the applicant.
 *
 * @param serviceCode the catalogue service, {@code null} for kinds other than applications
 * @param dueDate {@code null} while a supplement is awaited
 * @param officer the assigned officer's username, {@code null} before assignment
 * @param overdue whether the case is still being worked and its due date has passed
 * @param unitId the unit handling the case
 * @param serviceVersion the version of {@code serviceCode} the case was filed under (for its name)
 */
public record CaseListRow(CaseNumber number, @Nullable String serviceCode, Channel channel,
    CaseStatus status, LocalDate receivedOn, @Nullable LocalDate dueDate,
    @Nullable String officer, boolean overdue, long unitId, @Nullable Integer serviceVersion) {}
