// SPDX-License-Identifier: EUPL-1.2
/**
 * Catalogue (服務項目 / 申辦項目): every service an agency offers — its steps (作業流程), required documents
 * (應備文件, each marked whether electronic verification 電子查驗 can replace it), forms and filled-in
 * examples (書表、填寫範例), the fields of its application form (申請表單欄位), fee (規費), channels (counter,
 * online, phone, mail), the legal processing period (處理期限, 行政程序法 §51) and an internal handling
 * target.
 *
 * <p>Guarantees: a published version never changes — an edit creates a draft, and publishing it
 * makes a new version, so a case keeps the version it was filed under; a service without a
 * published time limit has the statutory two months (§51②); only the agency's quality officers and
 * administrators, and the unit head of the owning unit, change a service; uploaded files are
 * accepted by their content (PDF, ODF, PNG, JPEG), never by their name; {@link
 * tw.civicdesk.catalogue.FormFieldCheck} is the one check of the values an applicant gives for the
 * form fields.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Catalogue 服務項目",
    allowedDependencies = {"organisation", "calendar", "search", "identity"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.catalogue;
