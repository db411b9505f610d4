// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.throttle.AnonymousDoor;
import tw.civicdesk.platform.time.DailyTask;

/**
 * The FAQ's wiring: the anonymous door of the votes, the daily review reminder on db-scheduler
 * ({@value #REVIEW_TASK}, one node per run, by {@link FaqSettings#reviewCron()}), and the plans'
 * indicator {@value #INDICATOR} ({@link FaqFeedback#answeredViews}).
 */
@Configuration(proxyBeanMethods = false)
class FaqConfiguration {

  static final String REVIEW_TASK = "faq-review-reminder";

  /** The indicator code of the answered FAQ views. */
  static final String INDICATOR = "faq.answered-views";

  @Bean
  AnonymousDoor faqVoteDoor(FaqSettings settings) {
    return new AnonymousDoor(FaqSettings.VOTE_DOOR, settings.votesPerHour());
  }

  @Bean
  RecurringTask<Void> faqReviewReminderDaily(
      FaqReviewReminders reminders, Clock clock, FaqSettings settings) {
    return DailyTask.of(
        REVIEW_TASK, settings.reviewCron(), clock, reminders::remind, "reminders posted");
  }

  @Bean
  IndicatorProvider faqAnsweredViewsIndicator(FaqFeedback feedback) {
    return new ComputedIndicator(
            INDICATOR,
            new BilingualText("常見問題有效瀏覽次數", "Answered FAQ views"),
            "次",
            true,
            (agency, from, to) ->
                feedback.answeredViews(new AgencyCode(agency), from, to).map(BigDecimal::valueOf))
        .from(
            new BilingualText(
                "本所已公開常見問題頁面於期間內之瀏覽次數，減去同期間「沒有幫助」之回饋次數",
                "Views of the agency's published FAQ pages in the span, less the \"it did not"
                    + " help\" votes in the same days"));
  }
}
