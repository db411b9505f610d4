// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.time.LocalDate;
import java.util.List;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/** Plans in each state, made by the real lifecycle; heading {@code n1}, practice {@code p1}. */
record PlanSamples(Plans plans) {

  static PlanContent content() {
    PlanNode node =
        new PlanNode(
            "n1",
            NodeKind.HEADING,
            "實施要項",
            null,
            null,
            "強化便民服務",
            List.of(),
            List.of(
                new Practice(
                    "p1",
                    "公文稽催",
                    Deadline.ONGOING,
                    List.of("U1"),
                    "零逾期",
                    List.of(
                        new IndicatorTarget(
                            "i1", "逾期件數", "件", java.math.BigDecimal.ZERO, false, null)))));
    return new PlanContent(
        List.of(
            new BasisLetter(
                "行政院函頒「政府服務躍升方案」", "行政院", LocalDate.of(2017, 1, 9), "院授發社字第1061300003號")),
        List.of("提升為民服務品質"),
        List.of("本所各課室"),
        List.of("實施要項"),
        List.of(node),
        List.of());
  }

  Plan draft(Setup agency) {
    return plans.create(
        agency.as(Role.QUALITY_OFFICER),
        new Plans.NewPlan(
            agency.code().value(), 2026, PlanKind.PLAN, "115年度提升服務品質執行計畫", null, content()));
  }

  Plan approved(Setup agency) {
    Plan p = draft(agency);
    return plans.take(agency.as(Role.AGENCY_HEAD), p.id(), p.version(), PlanAction.APPROVE, null);
  }

  Plan published(Setup agency) {
    Plan p = approved(agency);
    return plans.take(
        agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
  }

  Plan closed(Setup agency) {
    Plan p = published(agency);
    p = plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.START, null);
    return plans.take(agency.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.CLOSE, null);
  }

  Plan publishedTemplate(Setup county) {
    Plan t =
        plans.create(
            county.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(
                county.code().value(), 2027, PlanKind.TEMPLATE, "116年度服務品質範本", null, content()));
    t = plans.take(county.as(Role.AGENCY_HEAD), t.id(), t.version(), PlanAction.APPROVE, null);
    return plans.take(
        county.as(Role.QUALITY_OFFICER), t.id(), t.version(), PlanAction.PUBLISH, null);
  }
}
