// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A public text to be found: what kind of thing it is, which one, and its words.
 *
 * @param kind the owning module's name for the thing, e.g. {@code service}
 * @param reference the thing's stable id within its kind, e.g. a service code
 * @param scope the agency code the thing belongs to, for searching within one agency
 * @param title matched first
 * @param body the rest of the text
 */
public record SearchDocument(
    String kind, String reference, String scope, BilingualText title, BilingualText body) {}
