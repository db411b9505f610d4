// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Unit;

/**
 * What a staff member sees who looks a case up by its number ({@link StaffLookup}): exactly the
 * {@link PublicTimeline} the holder of the receipt sees, plus the internal details. Holds no
 * personal data of the applicant but the masked name (in the timeline); the full applicant stays
 * behind the audited reveal on the case page.
 *
 * @param timeline what the citizen sees, including status and due date
 * @param owner the agency holding the case
 * @param unit the unit handling it, {@code null} if the unit is gone
 * @param details the internal details from case work: officer, channel, day received, links, child
 *     cases (會辦) and every step with its actor and internal note
 * @param ownAgency whether the case belongs to the reader's own agency, whose full case page they
 *     may open
 */
public record CaseLookup(
    PublicTimeline timeline,
    Agency owner,
    @Nullable Unit unit,
    CaseViews.Lookup details,
    boolean ownAgency) {}
