// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.faq.FaqFeedback;
import tw.civicdesk.faq.MissedQueries;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The quality officer's list of what to write or fix next ({@code /console/faq/feedback}): the
 * agency's entries voted unhelpful over the last months, with counts, share and a month-by-month
 * trend, and the site-search queries that found nothing ({@link MissedQueries}, when a bean gives
 * them). For the agency's quality officers and administrators; other staff get 403.
 */
@Controller
class FaqFeedbackController {

  static final String PAGE = "faq/feedback";

  /** Most missed queries listed. */
  static final int MISSES = 30;

  private final FaqFeedback feedback;
  private final FaqConsolePages pages;
  private final ObjectProvider<MissedQueries> misses;
  private final Clock clock;

  FaqFeedbackController(
      FaqFeedback feedback,
      FaqConsolePages pages,
      ObjectProvider<MissedQueries> misses,
      Clock clock) {
    this.feedback = feedback;
    this.pages = pages;
    this.misses = misses;
    this.clock = clock;
  }

  @GetMapping("/console/faq/feedback")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    model.addAttribute("agency", chosen);
    model.addAttribute("agencies", pages.choices(staff));
    model.addAttribute("unhelpful", feedback.unhelpful(staff, chosen.code()));
    YearMonth to =
        YearMonth.from(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei"))));
    YearMonth from = to.minusMonths(FaqFeedback.TREND_MONTHS - 1L);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    MissedQueries source = misses.getIfAvailable();
    model.addAttribute("missesKnown", source != null);
    model.addAttribute(
        "misses",
        source == null
            ? List.of()
            : source.top(chosen.code(), from.atDay(1), to.atEndOfMonth(), MISSES));
    return PAGE;
  }
}
