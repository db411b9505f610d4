// SPDX-License-Identifier: EUPL-1.2
/**
 * Search (搜尋): one port, {@link tw.civicdesk.search.SearchIndex}, through which every module makes
 * its public texts findable — services, FAQ entries, published plans — and one {@link
 * tw.civicdesk.search.SearchSource} per kind from which the whole index is rebuilt. The adapter
 * today is PostgreSQL substring search over normalised text (interim; issue 20 replaces it with an
 * embedded Lucene engine).
 *
 * <p>Guarantees: a query of two or more characters finds every document that contains it as a
 * substring, in Traditional Chinese or English, ignoring case, full-/half-width forms and the 台/臺
 * variant; only public texts are ever indexed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search 搜尋")
@org.jspecify.annotations.NullMarked
package tw.civicdesk.search;
