// SPDX-License-Identifier: EUPL-1.2
/**
 * Satisfaction surveys (滿意度調查, C8, ADR 0043): questionnaires the quality officer builds (5- and
 * 4-point Likert questions tagged with a service dimension, choices, numbers, free text; bilingual;
 * versioned once answers exist; a template library), answered wherever the citizen is — a
 * registered counter kiosk, a QR poster, an online link, the link in the notice that a case is
 * decided (one answer per case) — entered by staff from paper forms and outbound calls, and the
 * staff's own internal survey (one answer per account, never attributable). The analysis (n,
 * distribution, satisfaction rate, mean and both margins of error, trends, peers) and the plan
 * indicators are in {@code statistics}.
 *
 * <p>The door for other modules is {@link tw.civicdesk.surveys.Surveys}: the open surveys of an
 * agency, a survey's questionnaire, recording an answer from each channel, and the post-case survey
 * of an agency for the decision notice.
 *
 * <p>Guarantees: no answer is stored beside a name, a contact or a staff account; a post-case
 * answer keeps the case number only to count it by service and unit and to refuse a second answer,
 * and is never shown with the applicant; every answer is checked against its version's questions
 * before it is stored, and a refused answer changes nothing; a version with answers never changes.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Surveys 滿意度調查",
    allowedDependencies = {"casework", "catalogue", "organisation", "performance", "opendata"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.surveys;
