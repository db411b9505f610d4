// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.announcements.Announcements.AnnouncementNotFound;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.address.PublicAddress;

/**
 * What the public reads: published announcements only (publish time passed by the injected clock,
 * expiry not yet, not withdrawn), pinned first, then newest; on the home page current disaster
 * information comes before everything else. Named {@code publicAnnouncements} so that the home and
 * agency pages' templates can ask it for their short lists.
 */
@Service("publicAnnouncements")
public class PublicAnnouncements {

  /**
   * One page of a list.
   *
   * @param items the announcements on it, in order
   * @param page its number, from 1
   * @param pages how many pages there are, at least 1
   */
  public record Page(List<Announcement> items, int page, int pages) {}

  private final AnnouncementStore store;
  private final Organisation organisation;
  private final AnnouncementsSettings settings;
  private final PublicAddress address;
  private final Clock clock;
  private final MessageSource messages;

  PublicAnnouncements(
      AnnouncementStore store,
      Organisation organisation,
      AnnouncementsSettings settings,
      PublicAddress address,
      Clock clock,
      MessageSource messages) {
    this.messages = messages;
    this.store = store;
    this.organisation = organisation;
    this.settings = settings;
    this.address = address;
    this.clock = clock;
  }

  /** The agency with {@code raw} as its code; else {@link AnnouncementNotFound}. */
  public Agency agency(String raw) {
    if (!AgencyCode.isValid(raw)) {
      throw new AnnouncementNotFound();
    }
    return organisation.agency(AgencyCode.of(raw)).orElseThrow(AnnouncementNotFound::new);
  }

  /** The category named {@code raw} (blank: every category); else {@link UnknownCategory}. */
  public static @Nullable AnnouncementCategory category(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return AnnouncementCategory.parse(raw.strip()).orElseThrow(UnknownCategory::new);
  }

  /** Page {@code page} (from 1; a page past the last is empty) of the agency's list. */
  @Transactional(readOnly = true)
  public Page page(AgencyCode agency, @Nullable AnnouncementCategory category, int page) {
    int size = settings.pageSize();
    int total = store.countPublished(agency, category, clock.instant());
    int pages = Math.max(1, (total + size - 1) / size);
    int p = Math.max(1, page);
    long offset = (long) (p - 1) * size;
    List<Announcement> items =
        offset > Integer.MAX_VALUE
            ? List.of()
            : store.published(agency, category, clock.instant(), false, size, (int) offset);
    return new Page(items, p, pages);
  }

  /** The published announcement {@code id} of {@code agency}, with its files. */
  @Transactional(readOnly = true)
  public Optional<Announcement> published(AgencyCode agency, long id) {
    return store
        .find(id)
        .filter(a -> a.agency().equals(agency))
        .filter(a -> a.isPublic(clock.instant()));
  }

  /** A file of a published announcement of {@code agency}; else {@link AnnouncementNotFound}. */
  @Transactional(readOnly = true)
  public AnnouncementFile file(AgencyCode agency, long id, long fileId) {
    published(agency, id).orElseThrow(AnnouncementNotFound::new);
    return store.file(id, fileId).orElseThrow(AnnouncementNotFound::new);
  }

  /** The newest {@code count} of one agency, current disaster information first. */
  @Transactional(readOnly = true)
  public List<Announcement> latest(String agency, int count) {
    if (!AgencyCode.isValid(agency)) {
      return List.of();
    }
    return store.published(AgencyCode.of(agency), null, clock.instant(), true, count, 0);
  }

  /** The newest {@code count} across agencies, current disaster information first. */
  @Transactional(readOnly = true)
  public List<Announcement> latestEverywhere(int count) {
    return store.published(null, null, clock.instant(), true, count, 0);
  }

  /** The name of {@code agency} in {@code locale}, for the home page's list. */
  public String agencyName(AgencyCode agency, Locale locale) {
    return organisation.agency(agency).map(a -> a.name().in(locale)).orElse(agency.value());
  }

  /**
   * The agency's Atom feed (RFC 4287) of its published announcements, newest first, at most a page
   * of them; English texts for {@code en}, the Chinese ones where there is no English.
   */
  @Transactional(readOnly = true)
  public String feed(Agency agency, @Nullable AnnouncementCategory category, Locale locale) {
    List<Announcement> items =
        store.published(agency.code(), category, clock.instant(), false, settings.pageSize(), 0);
    List<Announcement> newest =
        items.stream()
            .sorted(
                java.util.Comparator.comparing(
                        (Announcement a) -> java.util.Objects.requireNonNull(a.publishAt()))
                    .reversed())
            .toList();
    return new AtomFeed(address.baseUrl(), clock, messages).write(agency, category, newest, locale);
  }

  /** An unknown {@code ?category=}: 404 with a message naming the categories there are. */
  public static final class UnknownCategory extends tw.civicdesk.platform.error.NotFoundException {
    public UnknownCategory() {
      super("announcements.category.unknown");
    }
  }
}
