// SPDX-License-Identifier: EUPL-1.2
/**
 * Link lists (好站相連 / related sites, 防災專區 / disaster information, C15): the links an agency
 * publishes on {@code /agencies/{code}/links}, each with a bilingual title, an http or https
 * address, an owning unit (and optionally a staff member) and a review date (檢視日期). A weekly link
 * check (連結檢查) asks every address from the server — HEAD, then GET when HEAD is not answered —
 * following redirects up to a limit, at a polite pace per host; a link failing two checks in a row
 * is marked broken (失效連結) and its owner is told once. The module also holds the quality officer's
 * content-freshness report (內容檢視報告), which asks every {@link
 * tw.civicdesk.platform.content.ReviewedContent} bean, and the indicators {@code links.broken} and
 * {@code content.past-review}.
 *
 * <p>The doors are {@link tw.civicdesk.links.Links} (lists and their links), {@link
 * tw.civicdesk.links.LinkCheck} (the weekly check) and {@link tw.civicdesk.links.Freshness} (the
 * report).
 *
 * <p>Guarantees: only http and https addresses without user information are stored; unless {@code
 * civicdesk.links.allow-private-addresses} is set, the check never connects to a loopback, private,
 * link-local or otherwise internal address, at any hop of a redirect chain (ADR 0064); every staff
 * change leaves an audit row ({@code LINK_CHANGED}); a broken spell is told to its owner once.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Links 好站相連",
    allowedDependencies = {"organisation", "notification", "audit", "performance"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.links;
