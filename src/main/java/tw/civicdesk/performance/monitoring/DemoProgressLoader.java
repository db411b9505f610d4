// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * no progress. On this year's plans the demo loads too (ADR 0058), the same reports of 礁溪 moved to
 * this year and 頭城's reports with the figures of its hand-entered indicators, each only for a
 * period that has begun. Runs after {@code DemoPlansLoader}; does nothing for a plan that already
 * has reports.
 */
@Component
@Profile("demo")
class DemoProgressLoader {

  static final String AGENCY = "YILAN-JIAOXI";
  static final int YEAR = 2010;

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Logger log = LoggerFactory.getLogger(DemoProgressLoader.class);

  private final Plans plans;
  private final ProgressReports reports;
  private final Organisation organisation;
  private final Clock clock;

  DemoProgressLoader(Plans plans, ProgressReports reports, Organisation organisation, Clock clock) {
    this.plans = plans;
    this.reports = reports;
    this.organisation = organisation;
    this.clock = clock;
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
      @Nullable String comment,
      Map<String, String> figures) {

    DemoReport(
        String account,
        String practice,
        String unit,
        String period,
        ProgressStatus status,
        String narrative,
        @Nullable Decision review,
        @Nullable String comment) {
      this(account, practice, unit, period, status, narrative, review, comment, Map.of());
    }

    /** This report in the same period of {@code year}. */
    DemoReport in(int year) {
      return new DemoReport(
          account,
          practice,
          unit,
          year + period.substring(period.indexOf('-')),
          status,
          narrative,
          review,
          comment,
          figures);
    }
  }

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

  /**
   * 頭城鎮公所's reports on its plan of this year (periods written for {@link #YEAR}, moved to this
   * year), with the figures of its hand-entered indicators: days from a mediation request to its
   * meeting (i03a) and courtesy trainings held so far (i06a).
   */
  static final List<DemoReport> TOUCHENG =
      List.of(
          new DemoReport(
              "toucheng.head",
              "p03",
              "CIVIL",
              "2010-Q1",
              ProgressStatus.ON_TRACK,
              "第1季受理調解聲請9件，均於受理後12日內召開調解會議。",
              Decision.ACCEPT,
              null,
              Map.of("i03a", "12")),
          new DemoReport(
              "toucheng.head",
              "p03",
              "CIVIL",
              "2010-Q2",
              ProgressStatus.ON_TRACK,
              "第2季受理調解聲請7件，最晚於受理後10日內召開調解會議。",
              null,
              null,
              Map.of("i03a", "10")),
          new DemoReport(
              "toucheng.quality",
              "p06",
              "ADMIN",
              "2010-Q1",
              ProgressStatus.ON_TRACK,
              "3月辦理櫃台人員服務禮儀訓練1場，參訓15人。",
              Decision.ACCEPT,
              null,
              Map.of("i06a", "1")),
          new DemoReport(
              "toucheng.quality",
              "p02",
              "ADMIN",
              "2010-Q1",
              ProgressStatus.DONE,
              "每月列印逾期案件清單，於主管會報檢討處理時效。",
              Decision.ACCEPT,
              null));

  @EventListener(ApplicationReadyEvent.class)
  @Order(310)
  void load() {
    load("jiaoxi.quality", AGENCY, YEAR, REPORTS);
    LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
    int year = today.getYear();
    if (year != YEAR) {
      load("jiaoxi.quality", AGENCY, year, begun(REPORTS, today));
      load("toucheng.quality", "YILAN-TOUCHENG", year, begun(TOUCHENG, today));
    }
  }

  /** The reports moved to {@code today}'s year, of the periods that have begun by then. */
  static List<DemoReport> begun(List<DemoReport> written, LocalDate today) {
    return written.stream()
        .map(r -> r.in(today.getYear()))
        .filter(
            r -> {
              int quarter = Integer.parseInt(r.period().substring(r.period().length() - 1));
              return !LocalDate.of(today.getYear(), 3 * quarter - 2, 1).isAfter(today);
            })
        .toList();
  }

  /**
   * Submits and reviews {@code demo} on the agency's plan of {@code year}, unless it has reports.
   */
  private void load(String qualityAccount, String agency, int year, List<DemoReport> demo) {
    StaffPrincipal quality = organisation.accountForSignIn(qualityAccount).orElse(null);
    Plan plan =
        quality == null ? null : plans.find(quality, agency, year, PlanKind.PLAN).orElse(null);
    if (plan == null || demo.isEmpty() || !reports.reports(quality, plan.id()).isEmpty()) {
      return;
    }
    for (DemoReport r : demo) {
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
                  r.figures(),
                  List.of(),
                  List.of(),
                  null));
      if (r.review() != null) {
        reports.review(quality, plan.id(), saved.id(), saved.version(), r.review(), r.comment());
      }
    }
    log.info("Demo progress: {} reports on the {} plan of {}", demo.size(), year, agency);
  }
}
