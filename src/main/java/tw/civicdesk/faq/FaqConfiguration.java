// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.throttle.AnonymousDoor;

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

  private static final Logger LOG = LoggerFactory.getLogger(FaqConfiguration.class);

  @Bean
  AnonymousDoor faqVoteDoor(FaqSettings settings) {
    return new AnonymousDoor(FaqSettings.VOTE_DOOR, settings.votesPerHour());
  }

  @Bean
  RecurringTask<Void> faqReviewReminderDaily(
      FaqReviewReminders reminders, Clock clock, FaqSettings settings) {
    return Tasks.recurring(REVIEW_TASK, Schedules.cron(settings.reviewCron(), Faq.TAIPEI))
        .execute(
            (instance, context) -> {
              String run = UUID.randomUUID().toString();
              LocalDate today = LocalDate.now(clock.withZone(Faq.TAIPEI));
              LOG.info("{} {} started for {}", REVIEW_TASK, run, today);
              int posted = reminders.remind(today);
              LOG.info("{} {} finished: {} reminders posted", REVIEW_TASK, run, posted);
            });
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
