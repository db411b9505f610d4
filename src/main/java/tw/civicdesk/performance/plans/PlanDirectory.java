// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.PlanSummaries;
import tw.civicdesk.performance.PlanSummary;

/** {@link PlanSummaries} from the plans room's {@link Plans}. */
@Service
class PlanDirectory implements PlanSummaries {

  private final Plans plans;

  PlanDirectory(Plans plans) {
    this.plans = plans;
  }

  @Override
  public Optional<PlanSummary> current(String agency) {
    return plans.current(agency).map(PlanDirectory::summary);
  }

  @Override
  public List<PlanSummary> visibleTo(StaffPrincipal viewer) {
    return plans.visibleTo(viewer).stream().map(PlanDirectory::summary).toList();
  }

  private static PlanSummary summary(Plan plan) {
    return new PlanSummary(
        plan.id(), plan.agencyCode(), plan.year(), plan.title(), plan.status() == PlanStatus.DRAFT);
  }
}
