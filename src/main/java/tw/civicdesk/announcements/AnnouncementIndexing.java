// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchIndex;
import tw.civicdesk.search.SearchSource;

/**
 * The announcements in the site search, kind {@value #KIND}: a public announcement is put (title
 * and plain body, at {@code /agencies/{code}/announcements/{id}}), any other taken out. A staff
 * change indexes in its own transaction; {@link #sweep} catches the announcements whose publish
 * time or expiry has passed since (the {@code indexed} flag disagrees with being public now), run
 * by the db-scheduler task {@value AnnouncementsConfiguration#INDEX_TASK}. The index writes go
 * through the search's outbox, so a sweep that commits is never lost.
 */
@Component
class AnnouncementIndexing implements SearchSource {

  /** The search kind of announcements; the reference is the announcement's id. */
  static final String KIND = "announcement";

  private final AnnouncementStore store;
  private final SearchIndex search;
  private final Clock clock;

  AnnouncementIndexing(AnnouncementStore store, SearchIndex search, Clock clock) {
    this.store = store;
    this.search = search;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  @Transactional(readOnly = true)
  public void forEach(Consumer<SearchDocument> sink) {
    store.allPublished(clock.instant()).stream().map(AnnouncementIndexing::document).forEach(sink);
  }

  /** Puts {@code a} in the index if it is public at {@code now}, else takes it out. */
  void index(Announcement a, Instant now) {
    boolean visible = a.isPublic(now);
    if (visible) {
      search.put(document(a));
    } else {
      search.remove(KIND, Long.toString(a.id()));
    }
    store.setIndexed(a.id(), visible);
  }

  /**
   * Brings the index in step with the clock: every announcement that became public or stopped being
   * so since it was last indexed.
   *
   * @return how many were put or taken out
   */
  @Transactional
  public int sweep() {
    Instant now = clock.instant();
    int done = 0;
    for (long id : store.outOfStep(now)) {
      store.find(id).ifPresent(a -> index(a, now));
      done++;
    }
    return done;
  }

  /** The search document of a public announcement: its title and body, nothing else. */
  static SearchDocument document(Announcement a) {
    return new SearchDocument(
        KIND,
        Long.toString(a.id()),
        a.agency().value(),
        a.title(),
        new BilingualText(a.body().zh(), a.hasEnglish() ? a.body().en() : ""),
        "/agencies/" + a.agency().value() + "/announcements/" + a.id());
  }
}
