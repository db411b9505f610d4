// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A petition or report as the read model holds it: public information only. Its place is the public
 * form ({@link Place#publicForm()}); who filed it and what they wrote stay in the case.
 *
 * @param repliedAt when it was decided (answered, or closed without processing), else {@code null}
 * @param repliedOnTime whether that was by the due date, {@code null} until then
 */
public record PetitionView(
    CaseNumber number,
    AgencyCode agency,
    CaseKind kind,
    String category,
    Channel channel,
    long unitId,
    Place place,
    boolean anonymous,
    Locale language,
    CaseStatus status,
    @Nullable Decision decision,
    @Nullable LocalDate dueDate,
    Instant filedAt,
    Instant updatedAt,
    @Nullable Instant repliedAt,
    @Nullable Boolean repliedOnTime) {}
