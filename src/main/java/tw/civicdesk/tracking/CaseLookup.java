// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.catalogue.Channel;
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
 * @param officer the assigned officer's username, {@code null} while unassigned
 * @param receivedOn the day the agency received the case
 * @param links the cases this one is tied to (joint handling, transfer, merge)
 * @param children the child cases opened for joint handling (會辦), oldest first
 * @param history every step, internal ones too, with its actor and internal note, oldest first
 * @param ownAgency whether the case belongs to the reader's own agency, whose full case page
 *     they may open
 */
public record CaseLookup(PublicTimeline timeline, Agency owner, @Nullable Unit unit,
    @Nullable String officer, CaseKind kind, Channel channel, LocalDate receivedOn,
    CaseLinks links, List<CaseViews.Child> children, List<HistoryEntry> history, boolean ownAgency) {

  public CaseLookup {
    children = List.copyOf(children);
    history = List.copyOf(history);
  }
}
