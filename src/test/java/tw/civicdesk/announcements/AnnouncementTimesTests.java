// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.search.SearchIndex;
import tw.civicdesk.search.SearchQuery;

/**
 * Publish time and expiry on a clock the test moves: a scheduled announcement is not in the list,
 * not in the feed and not found by the search, then is all three once its time passes and the sweep
 * runs; an expired one leaves all three; a withdrawn one leaves them at once.
 */
@IntegrationTest
class AnnouncementTimesTests {

  @Autowired ApplicationContext context;
  @Autowired AnnouncementStore store;
  @Autowired SearchIndex search;
  @Autowired Organisation organisation;
  @Autowired AnnouncementsSettings settings;
  @Autowired MessageSource messages;
  @Autowired Announcements announcements;

  TestOrganisation.Setup agency;
  ManualClock clock;
  PublicAnnouncements reads;
  AnnouncementIndexing indexing;

  @BeforeEach
  void setUp() {
    agency = TestOrganisation.from(context).agency("ANNT", null);
    clock = new ManualClock(Instant.now());
    reads =
        new PublicAnnouncements(
            store,
            organisation,
            settings,
            PublicAddress.of("https://desk.example.tw"),
            clock,
            messages);
    indexing = new AnnouncementIndexing(store, search, clock);
  }

  @Test
  void aScheduledAnnouncementAppearsEverywhereOnlyOnceItsTimePassesAndLeavesAtItsExpiry() {
    var now = AnnouncementFixtures.now();
    Announcement a =
        AnnouncementFixtures.create(
            context,
            agency,
            AnnouncementFixtures.save(
                agency,
                AnnouncementCategory.NEWS,
                "預約發布的颱風假公告甲乙丙",
                now.plusDays(7),
                now.plusDays(10),
                false));
    assertThat(a.status(clock.instant())).isEqualTo(AnnouncementStatus.SCHEDULED);
    assertThat(visible(a)).as("list, feed, one page, search before the time").containsOnly(false);

    clock.advance(Duration.ofDays(8));
    assertThat(indexing.sweep()).isPositive();
    assertThat(visible(a)).as("after the publish time").containsOnly(true);
    assertThat(indexing.sweep()).as("nothing left to do").isZero();

    clock.advance(Duration.ofDays(3));
    assertThat(store.find(a.id()).orElseThrow().status(clock.instant()))
        .isEqualTo(AnnouncementStatus.EXPIRED);
    assertThat(indexing.sweep()).isPositive();
    assertThat(visible(a)).as("after the expiry").containsOnly(false);
  }

  @Test
  void aDraftIsNeverPublicAndAWithdrawnOneLeavesAtOnce() {
    Announcement draft = AnnouncementFixtures.draft(context, agency, "尚未發布的草稿公告丁戊己");
    assertThat(draft.status(clock.instant())).isEqualTo(AnnouncementStatus.DRAFT);
    assertThat(visible(draft)).containsOnly(false);

    Announcement live =
        AnnouncementFixtures.published(
            context, agency, AnnouncementCategory.POLICY, "即將撤回的宣導公告庚辛壬");
    assertThat(visible(live)).containsOnly(true);
    Announcement withdrawn =
        announcements.withdraw(
            agency.as(tw.civicdesk.organisation.Role.AGENCY_ADMIN), live.id(), live.version());
    assertThat(withdrawn.status(clock.instant())).isEqualTo(AnnouncementStatus.WITHDRAWN);
    assertThat(visible(live)).as("at once, before any sweep").containsOnly(false);
  }

  /** The other tests' announcements back in step with the real clock. */
  @org.junit.jupiter.api.AfterEach
  void backInStep() {
    new AnnouncementIndexing(store, search, java.time.Clock.systemUTC()).sweep();
  }

  /** Whether {@code a} is in the list, in the feed, on its page and found: four answers. */
  private java.util.List<Boolean> visible(Announcement a) {
    var agencyView = organisation.agency(agency.code()).orElseThrow();
    boolean listed =
        reads.page(agency.code(), null, 1).items().stream().anyMatch(x -> x.id() == a.id());
    boolean inFeed =
        reads
            .feed(agencyView, null, Locale.TAIWAN)
            .contains("tag:desk.example.tw,2026:announcement/" + a.id() + "<");
    boolean page = reads.published(agency.code(), a.id()).isPresent();
    boolean found =
        search
            .references(
                new SearchQuery(
                    java.util.Set.of(AnnouncementIndexing.KIND),
                    a.title().zh(),
                    agency.code().value(),
                    "zh-TW",
                    10))
            .contains(Long.toString(a.id()));
    return java.util.List.of(listed, inFeed, page, found);
  }
}
