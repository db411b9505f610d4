// SPDX-License-Identifier: EUPL-1.2
/**
 * Documents (機關文件): what an agency publishes as files — its regulations (法規), budgets and final
 * accounts (預算、決算), reports (報告) and publications (出版品) — each with a bilingual title, a category,
 * the document's own date, the day it is published and an optional review date, and one or more
 * files.
 *
 * <p>Guarantees: only those who may manage the agency ({@code AccessPolicy.canManage}) see or
 * change its documents on the console, and anything else is "not found"; every file is judged by
 * its content ({@code platform.files.ContentInspection}: PDF, ODT, ODS, PNG, JPEG) and its size
 * ({@code civicdesk.documents.max-file-size}) before anything is stored; every change writes one
 * {@code DOCUMENT_CHANGED} audit row; the public sees a document only from its publish day and
 * never once withdrawn; documents past their review date are listed to the content-freshness report
 * ({@code platform.content.ReviewedContent}).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Documents 機關文件",
    allowedDependencies = {"organisation", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.documents;
