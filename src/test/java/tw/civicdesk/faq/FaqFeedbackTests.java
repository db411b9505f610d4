// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.faq.Faq.FaqNotFound;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.faq.FaqViews.Unhelpful;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * Votes and views: counted only for published entries, listed for the quality officer with counts,
 * share and trend, and summed into the plans' indicator of answered views.
 */
@IntegrationTest
class FaqFeedbackTests {

  @Autowired ApplicationContext context;
  @Autowired FaqFeedback feedback;
  @Autowired List<IndicatorProvider> providers;

  TestOrganisation.Setup agency;
  StaffEntry entry;

  @BeforeEach
  void anEntryWithFiveViewsTwoNoesAndOneYes() {
    agency = TestOrganisation.from(context).agency("FAQF", null);
    entry = FaqFixtures.published(context, agency, "VOTES", "垃圾車幾點來？");
    for (int i = 0; i < 5; i++) {
      feedback.viewed(entry.entry().code());
    }
    feedback.vote(entry.entry().code(), false);
    feedback.vote(entry.entry().code(), false);
    feedback.vote(entry.entry().code(), true);
  }

  @Test
  void answeredViewsAreTheViewsLessTheUnhelpfulVotes() {
    assertThat(feedback.answeredViews(agency.code(), from(), to())).contains(3L);
    IndicatorProvider indicator =
        providers.stream()
            .filter(p -> p.code().equals("faq.answered-views"))
            .findFirst()
            .orElseThrow();
    assertThat(indicator.value(agency.code().value(), from(), to()))
        .contains(BigDecimal.valueOf(3));
    assertThat(indicator.value(agency.code().value(), from().minusYears(1), from().minusMonths(6)))
        .isEmpty();
  }

  @Test
  void aDraftOrArchivedEntryTakesNoVoteAndNoView() {
    StaffEntry draft = FaqFixtures.draft(context, agency, "DRAFTVOTE", "草稿可以投票嗎？");
    assertThatThrownBy(() -> feedback.vote(draft.entry().code(), true))
        .isInstanceOf(FaqNotFound.class);
    feedback.viewed(draft.entry().code());
    assertThat(feedback.answeredViews(agency.code(), from(), to())).contains(3L);
  }

  @Test
  void theQualityOfficerSeesTheUnhelpfulEntryWithCountsShareAndTrend() {
    FaqFixtures.published(context, agency, "LIKED", "圖書館幾點開？");
    List<Unhelpful> list = feedback.unhelpful(agency.as(Role.QUALITY_OFFICER), agency.code());
    assertThat(list).hasSize(1);
    Unhelpful u = list.get(0);
    assertThat(u.code()).isEqualTo(entry.entry().code());
    assertThat(u.unhelpful()).isEqualTo(2);
    assertThat(u.helpful()).isEqualTo(1);
    assertThat(u.views()).isEqualTo(5);
    assertThat(u.unhelpfulPercent()).isEqualTo(67);
    assertThat(u.months()).hasSize(FaqFeedback.TREND_MONTHS);
    assertThat(u.months().get(FaqFeedback.TREND_MONTHS - 1).unhelpful()).isEqualTo(2);
    assertThat(u.months().get(0).unhelpful()).isZero();
    assertThatThrownBy(() -> feedback.unhelpful(agency.as(Role.CASE_OFFICER), agency.code()))
        .isInstanceOf(ForbiddenException.class);
    var other = TestOrganisation.from(context).agency("FAQG", null);
    assertThatThrownBy(() -> feedback.unhelpful(other.as(Role.QUALITY_OFFICER), agency.code()))
        .isInstanceOf(FaqNotFound.class);
  }

  private static LocalDate from() {
    return LocalDate.now().minusDays(2);
  }

  private static LocalDate to() {
    return LocalDate.now().plusDays(2);
  }
}
