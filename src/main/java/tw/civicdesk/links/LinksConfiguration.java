// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.time.DailyTask;

/**
 * The link lists' wiring: the weekly link check on db-scheduler ({@value #CHECK_TASK}, one node per
 * run, by {@link LinksSettings#checkCron()}) and the indicators {@value #BROKEN} and {@value
 * #PAST_REVIEW}.
 */
@Configuration(proxyBeanMethods = false)
class LinksConfiguration {

  static final String CHECK_TASK = "link-check";

  /** Links marked broken on the last day of the span. */
  static final String BROKEN = "links.broken";

  /** Items past their review date on the last day of the span, across every kind of content. */
  static final String PAST_REVIEW = "content.past-review";

  @Bean
  RecurringTask<Void> linkCheckWeekly(LinkCheck check, Clock clock, LinksSettings settings) {
    return DailyTask.of(CHECK_TASK, settings.checkCron(), clock, check::checkAll, "links broken");
  }

  @Bean
  IndicatorProvider linksBrokenIndicator(LinkStore store) {
    return new ComputedIndicator(
            BROKEN,
            new BilingualText("失效連結數", "Broken links"),
            "個",
            false,
            (agency, from, to) ->
                store.brokenOn(new AgencyCode(agency), to).map(BigDecimal::valueOf))
        .from(
            new BilingualText(
                "期末當日本所好站相連及防災專區中，經每週連結檢查連續兩次無法開啟而列為失效之連結數",
                "Links of the agency's related-sites and disaster lists marked broken on the last"
                    + " day of the span: links that failed two weekly link checks in a row"));
  }

  @Bean
  IndicatorProvider contentPastReviewIndicator(Freshness freshness, Organisation organisation) {
    return new ComputedIndicator(
            PAST_REVIEW,
            new BilingualText("逾期未檢視內容數", "Content past its review date"),
            "項",
            false,
            (agency, from, to) -> {
              AgencyCode code = new AgencyCode(agency);
              return organisation.exists(code)
                  ? java.util.Optional.of(BigDecimal.valueOf(freshness.pastReview(code, to).size()))
                  : java.util.Optional.empty();
            })
        .from(
            new BilingualText(
                "期末當日本所已公開內容（常見問題、連結等）中，檢視日期早於當日者之項數；依目前設定之檢視日期計算",
                "Published items of the agency (FAQ entries, links and other reviewed content)"
                    + " whose review date is before the last day of the span, by the review dates"
                    + " set now"));
  }
}
