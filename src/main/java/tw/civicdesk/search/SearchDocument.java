// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A public text to be found: what kind of thing it is, which one, its words and where it is read.
 * Only public text goes in: staff-only notes, personal data and drafts never do.
 *
 * @param kind the owning module's name for the thing, e.g. {@code service}, {@code faq}, {@code
 *     plan}; the {@code type} of the search API
 * @param reference the thing's stable id within its kind, e.g. a service code
 * @param scope the agency code the thing belongs to, for searching within one agency
 * @param title matched first (ranked above the body)
 * @param body the rest of the text, plain (no markup)
 * @param url the public page that shows the thing, a path such as {@code /services/JX-HOUSEHOLD}
 */
public record SearchDocument(
    String kind,
    String reference,
    String scope,
    BilingualText title,
    BilingualText body,
    String url) {}
