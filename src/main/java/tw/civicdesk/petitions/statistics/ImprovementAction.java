// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * An improvement action: a change of service or policy that a group of petitions led to (將陳情與建議
 * 彙整統計，轉換民眾意見成為服務政策或措施), owned by a unit and tracked to done.
 *
 * @param cases the petitions it answers, by number
 * @param doneOn the day it was done, only when {@link ImprovementStatus#DONE}
 */
public record ImprovementAction(
    long id,
    AgencyCode agency,
    String title,
    String description,
    long ownerUnitId,
    LocalDate dueOn,
    ImprovementStatus status,
    @Nullable LocalDate doneOn,
    List<CaseNumber> cases,
    int version) {

  public ImprovementAction {
    cases = List.copyOf(cases);
  }

  /** Whether it is not done and its due date is before {@code today}. */
  public boolean overdue(LocalDate today) {
    return status != ImprovementStatus.DONE && dueOn.isBefore(today);
  }
}
