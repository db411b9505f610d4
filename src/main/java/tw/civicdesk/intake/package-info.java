// SPDX-License-Identifier: EUPL-1.2
/**
 * Intake (收件): one path for every channel — online by a citizen, at the counter by a clerk for any
 * unit's service (單一窗口), by phone or by letter recorded by staff with the day it was received (and
 * a letter's postmark). It checks the application against the service's published version (channel
 * offered, form fields, the applicant's contact for the notice they chose, consent to the
 * personal-data notice), files the case through case work, and answers with a receipt (收件確認): case
 * number, verification code, due date, what happens next and whom to contact.
 *
 * <p>Guarantees: an application is filed at most once per idempotency key (the API's {@code
 * Idempotency-Key} header, a web form's one-time token): a replay with the same content gets the
 * same receipt, a replay with other content is refused (422), concurrent submissions with one key
 * wait for the first and then get its receipt. A refused application stores nothing. A receipt's
 * verification code is shown on the console only to the staff member who filed the case and to
 * counter clerks, each time audited (ADR 0028).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Intake 收件",
    allowedDependencies = {
      "casework",
      "catalogue",
      "petitions",
      "organisation",
      "calendar",
      "identity",
      "notification",
      "audit"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.intake;
