// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.ProgressReports.Decision;
import tw.civicdesk.performance.monitoring.ProgressReports.Submission;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;

/**
 * A little monitoring in the {@code demo} profile, so the progress, review and unreported pages of
 * 礁溪鄉公所's 2010 plan have something to show: the civil affairs section's first-quarter reports (one
 * accepted, one returned with a comment, one waiting), the administration office's report on 公文稽催
 * accepted, and one second-quarter report waiting. The narratives are illustrative; the seeds hold
 * no progress. Runs after {@code DemoPlansLoader}; does nothing when the plan already has reports.
 */
@Component
@Profile("demo")
class DemoProgressLoader {

  static final String AGENCY = "YILAN-JIAOXI";
  static final int YEAR = 2010;

  private static final Logger log = LoggerFactory.getLogger(DemoProgressLoader.class);

  private final Plans plans;
  private final ProgressReports reports;
  private final Organisation organisation;

  DemoProgressLoader(Plans plans, ProgressReports reports, Organisation organisation) {
    this.plans = plans;
    this.reports = reports;
    this.organisation = organisation;
  }

  /** One demo report and what the quality officer does with it ({@code null}: nothing yet). */
  record DemoReport(
      String account,
      String practice,
      String unit,
      String period,
      ProgressStatus status,
      String narrative,
      @Nullable Decision review,
      @Nullable String comment) {}

  static final List<DemoReport> REPORTS =
      List.of(
          new DemoReport(
              "jiaoxi.head",
              "p01",
              "CIVIL",
              "2010-Q1",
              ProgressStatus.DONE,
              "民政課戶籍、兵役、調解業務已併入一樓單一窗口，民眾於同一櫃台即可辦理。",
              Decision.ACCEPT,
              null),
          new DemoReport(
              "jiaoxi.head",
              "p03",
              "CIVIL",
              "2010-Q1",
              ProgressStatus.ON_TRACK,
              "3月12日辦理櫃台人員業務講習1場，參訓8人。",
              Decision.RETURN,
              "請補附講習簽到表及課程資料。"),
          new DemoReport(
              "jiaoxi.head",
              "p04",
              "CIVIL",
              "2010-Q1",
              ProgressStatus.ON_TRACK,
              "本課申請書表12種已置於本所網站供下載，其餘4種整理中。",
              null,
              null),
          new DemoReport(
              "jiaoxi.quality",
              "p02",
              "ADMIN",
              "2010-Q1",
              ProgressStatus.DONE,
              "每週一列印公文逾期清單送各單位，第1季公文均於期限內辦結。",
              Decision.ACCEPT,
              null),
          new DemoReport(
              "jiaoxi.head",
              "p01",
              "CIVIL",
              "2010-Q2",
              ProgressStatus.ON_TRACK,
              "單一窗口持續運作，第2季受理各類申辦案件並依限辦結。",
              null,
              null));

  @EventListener(ApplicationReadyEvent.class)
  @Order(310)
  void load() {
    StaffPrincipal quality = organisation.accountForSignIn("jiaoxi.quality").orElse(null);
    Plan plan =
        quality == null ? null : plans.find(quality, AGENCY, YEAR, PlanKind.PLAN).orElse(null);
    if (plan == null || !reports.reports(quality, plan.id()).isEmpty()) {
      return;
    }
    for (DemoReport r : REPORTS) {
      StaffPrincipal author = organisation.accountForSignIn(r.account()).orElseThrow();
      ProgressReport saved =
          reports.submit(
              author,
              plan.id(),
              new Submission(
                  r.practice(),
                  r.unit(),
                  r.period(),
                  r.status(),
                  r.narrative(),
                  Map.of(),
                  List.of(),
                  List.of(),
                  null));
      if (r.review() != null) {
        reports.review(quality, plan.id(), saved.id(), saved.version(), r.review(), r.comment());
      }
    }
    log.info("Demo progress: {} reports on the {} plan of {}", REPORTS.size(), YEAR, AGENCY);
  }
}
