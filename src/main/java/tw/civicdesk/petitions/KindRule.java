// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Objects;
import java.util.Set;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A kind's rules at one agency, edited by its administrator. A kind without a rule is not open at
 * that agency: nothing of that kind can be filed there.
 *
 * @param limit the time limit of a case of this kind, unless its category sets its own (petitions:
 *     30 calendar days by default, 要點; DOMAIN.md §1.2)
 * @param anonymousAllowed whether a case may be filed without a name and contact (facility reports:
 *     yes, no reply owed; petitions: no, 行政程序法 §173 ①)
 * @param extensionAllowed whether the time limit may be extended (once, with a written reason)
 * @param replyRequires what a reply must state
 * @param defaultUnitId the unit that handles a case no routing rule places
 */
public record KindRule(
    AgencyCode agency,
    CaseKind kind,
    TimeLimit limit,
    boolean anonymousAllowed,
    boolean extensionAllowed,
    Set<ReplyPart> replyRequires,
    long defaultUnitId) {

  public KindRule {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(limit, "limit");
    if (kind == CaseKind.APPLICATION) {
      throw new IllegalArgumentException("Applications take their rules from the catalogue");
    }
    replyRequires = Set.copyOf(replyRequires);
  }

  /** What a reply to a petition must state (要點: 具體處理意見及法規依據). */
  public enum ReplyPart {
    /** The concrete handling (具體處理情形). */
    HANDLING,
    /** The legal basis (法規依據). */
    LEGAL_BASIS,
    /** Where to turn next: 訴願, litigation or state compensation (行政程序法 §172). */
    REMEDY
  }
}
