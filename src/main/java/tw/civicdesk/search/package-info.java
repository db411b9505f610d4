// SPDX-License-Identifier: EUPL-1.2
/**
 * Search (搜尋): one port, {@link tw.civicdesk.search.SearchIndex}, through which every module makes
 * its public texts findable — services, FAQ entries, published plans — and one {@link
 * tw.civicdesk.search.SearchSource} per kind from which the whole index is rebuilt. The engine is
 * chosen by {@code civicdesk.search.engine}: embedded Lucene (the default; ADR 0049), OpenSearch
 * (ADR 0051) or the interim PostgreSQL substring search. The public site search ({@link
 * tw.civicdesk.search.SiteSearch}: the header's box, {@code /search}, {@code GET /api/v1/search})
 * and the queries that found nothing ({@link tw.civicdesk.search.SearchMisses}) are here too.
 *
 * <p>Terms: 全文檢索 full-text search, 斷詞 word breaking, 二元組 bigram, 全形／半形 full/half width, 異體字 variant
 * forms (台/臺, 身份/身分), 查無結果 a search that found nothing.
 *
 * <p>Guarantees: only public texts are ever indexed; a write inside a transaction reaches the index
 * only if the transaction commits, is findable as soon as its after-commit work is done, and is
 * never lost: it is kept in {@code search_pending} until the engine holds it durably (ADR 0050);
 * the index can always be rebuilt from PostgreSQL (on start when missing or of another analysis
 * version, from {@code /console/search}, or with {@code --civicdesk.search.reindex=true}); a query
 * that may be personal data is never stored.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Search 搜尋",
    allowedDependencies = {"organisation", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.search;
