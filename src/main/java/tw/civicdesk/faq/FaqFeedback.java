// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.faq.Faq.FaqNotFound;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.faq.FaqViews.Unhelpful;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * What the public tells of the FAQ and what the quality officer reads of it: "did this help?" votes
 * and page views of published entries, counted per entry and Taiwan day with nothing about who (the
 * page limits votes per client address through the throttle and per browser with a cookie), and the
 * entries voted unhelpful with their counts and monthly trend.
 */
@Service
public class FaqFeedback {

  /** How many months the trend of an unhelpful entry shows, this one included. */
  public static final int TREND_MONTHS = 6;

  private final FaqStore entries;
  private final FeedbackStore store;
  private final Clock clock;

  FaqFeedback(FaqStore entries, FeedbackStore store, Clock clock) {
    this.entries = entries;
    this.store = store;
    this.clock = clock;
  }

  /** Counts one vote for a published entry; {@link FaqNotFound} for any other. */
  @Transactional
  public void vote(FaqCode code, boolean helpful) {
    FaqCode found = published(code).entry().code();
    store.vote(found, today(), helpful, 1);
  }

  /** Counts one view of a published entry's page; nothing for any other. */
  @Transactional
  public void viewed(FaqCode code) {
    if (entries.find(code).filter(e -> e.status() == FaqStatus.PUBLISHED).isPresent()) {
      store.view(code, today(), 1);
    }
  }

  /**
   * The entries of {@code agency} with an unhelpful vote over the last {@value #TREND_MONTHS}
   * months, most unhelpful votes first, each with its monthly trend. For the agency's quality
   * officers and administrators ({@link Faq#mayEdit}); other staff of the agency get 403, anyone
   * else {@link FaqNotFound}.
   */
  @Transactional(readOnly = true)
  public List<Unhelpful> unhelpful(StaffPrincipal viewer, AgencyCode agency) {
    if (!AccessPolicy.canView(viewer, agency)) {
      throw new FaqNotFound();
    }
    if (!Faq.mayEdit(viewer, agency)) {
      throw new ForbiddenException("faq.not-for-you");
    }
    YearMonth to = YearMonth.from(today());
    YearMonth from = to.minusMonths(TREND_MONTHS - 1L);
    Map<String, StaffEntry> byCode =
        entries.list(agency, null).stream()
            .collect(Collectors.toMap(e -> e.entry().code().value(), Function.identity()));
    return store.totals(agency, from.atDay(1), to.atEndOfMonth()).stream()
        .filter(t -> byCode.containsKey(t.code()))
        .map(
            t -> {
              StaffEntry e = byCode.get(t.code());
              FaqCode code = e.entry().code();
              return new Unhelpful(
                  code,
                  e.entry().question(),
                  e.status(),
                  t.helpful(),
                  t.unhelpful(),
                  t.views(),
                  store.months(code, from, to));
            })
        .sorted(
            Comparator.comparingLong(Unhelpful::unhelpful)
                .reversed()
                .thenComparing(u -> u.code().value()))
        .toList();
  }

  /**
   * The answered FAQ views of {@code agency} from {@code from} to {@code to} (both included): the
   * views of its entries' public pages — only published entries are shown, so only those are
   * counted — less the "no, it did not help" votes in the same days, never below 0. Empty when no
   * page was viewed. The indicator {@code faq.answered-views} (docs/faq.md).
   */
  @Transactional(readOnly = true)
  public Optional<Long> answeredViews(AgencyCode agency, LocalDate from, LocalDate to) {
    long[] counts = store.viewsAndUnhelpful(agency, from, to);
    return counts[0] == 0 ? Optional.empty() : Optional.of(Math.max(0, counts[0] - counts[1]));
  }

  /** Adds demo counts to one day of an entry (the demo loader). */
  void seed(FaqCode code, LocalDate day, int helpful, int unhelpful, int views) {
    if (helpful > 0) {
      store.vote(code, day, true, helpful);
    }
    if (unhelpful > 0) {
      store.vote(code, day, false, unhelpful);
    }
    if (views > 0) {
      store.view(code, day, views);
    }
  }

  boolean anyFeedback(FaqCode code) {
    return store.anyFeedback(code);
  }

  private StaffEntry published(FaqCode code) {
    return entries
        .find(code)
        .filter(e -> e.status() == FaqStatus.PUBLISHED)
        .orElseThrow(FaqNotFound::new);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Faq.TAIPEI));
  }
}
