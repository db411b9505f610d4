// SPDX-License-Identifier: EUPL-1.2
/**
 * Search (搜尋): one port, {@link tw.civicdesk.search.SearchIndex}, through which every module makes
 * its public texts findable — the service catalogue first, the FAQ and announcements later. The
 * adapter today is PostgreSQL substring search over normalised text; an OpenSearch adapter can
 * replace it without changing callers.
 *
 * <p>Guarantees: a query of two or more characters finds every document that contains it as a
 * substring, in Traditional Chinese or English, ignoring case, full-/half-width forms and the 台/臺
 * variant; only public texts are ever indexed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search 搜尋")
@org.jspecify.annotations.NullMarked
package tw.civicdesk.search;
