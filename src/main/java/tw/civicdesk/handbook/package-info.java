// SPDX-License-Identifier: EUPL-1.2
/**
 * The service handbook (服務手冊 / 為民服務白皮書, C15): a printable book generated from the PUBLISHED
 * catalogue of one agency, or of one of its units — a cover with the generation date, a table of
 * contents, then each unit's services with their steps, documents required, fee, time limit and
 * counter (the owning unit with its own phone, e-mail and hours where it gives them, else the
 * agency's, at the agency's address) — as PDF and ODT, in Traditional Chinese or English ({@code
 * /agencies/{code}/handbook.pdf|.odt}, ADR 0065).
 *
 * <p>The door is {@link tw.civicdesk.handbook.Handbooks}. Guarantees: only published versions are
 * read (a draft or a service never published does not appear); the table of contents lists every
 * service of the book, in the order of the book, and the PDF's page numbers are those the services
 * start on.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Handbook 服務手冊",
    allowedDependencies = {"catalogue", "organisation", "calendar"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.handbook;
