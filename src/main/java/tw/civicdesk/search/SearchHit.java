// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

/**
 * One ranked hit.
 *
 * @param kind the document's kind ({@code service}, {@code faq}, {@code plan}, …)
 * @param reference the document's id within its kind
 * @param scope the agency code
 * @param title the title in the query's language (the other language when that one is blank)
 * @param snippet a short passage of plain text around the match, HTML-escaped, the matched words
 *     wrapped in {@code <mark>…</mark>}; safe to insert as HTML
 * @param url the public page of the thing
 * @param score relevance, higher first; comparable only within one result list
 */
public record SearchHit(
    String kind,
    String reference,
    String scope,
    String title,
    String snippet,
    String url,
    float score) {}
