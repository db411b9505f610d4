// SPDX-License-Identifier: EUPL-1.2
/**
 * Announcements (最新訊息 / 公告, C15): an agency's bilingual notices in four categories — news (最新消息),
 * disaster information (防災資訊), recruitment (徵才) and policy (政令宣導) — with a publish time, an
 * optional expiry, a pinned flag (置頂), the author unit and attached files; read on the agency's
 * pages, the home page, an Atom feed per agency and category, and the one site search.
 *
 * <p>The door for other modules and the pages is {@link tw.civicdesk.announcements.Announcements}
 * (staff) and {@link tw.civicdesk.announcements.PublicAnnouncements} (the public reads).
 *
 * <p>Guarantees: the status (draft, scheduled, published, expired, withdrawn) is derived from the
 * times by the injected clock, never stored; only a published announcement (publish time passed,
 * expiry not yet, not withdrawn) is ever shown publicly, put in a feed or found by the search; a
 * staff change keeps the search index in step in its own transaction and the sweep ({@link
 * tw.civicdesk.announcements.AnnouncementIndexing}) does so when a publish time or expiry passes; a
 * body is plain text shown as paragraphs, never HTML; files are judged by their content ({@code
 * ContentInspection}); every staff change leaves an audit row ({@code ANNOUNCEMENT_CHANGED}).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Announcements 最新訊息",
    allowedDependencies = {"organisation", "search", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.announcements;
