// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The receipt (收件確認) of a filed application. Holds no personal data; the verification code is for
 * the applicant only, so a receipt is shown to whoever filed it and nobody else — on the console,
 * with the code, only to the staff member who filed it and to counter clerks, each time audited
 * ({@link Receipts#forStaff}, ADR 0028).
 *
 * @param verificationCode the code, {@code null} when withheld from the staff member reading
 * @param dueDate the day the agency must have decided by, from the calendar; {@code null} only
 *     while a supplement is awaited
 * @param kind the kind of case: an application, or a petition and its like
 * @param serviceCode the catalogue service of an application, {@code null} for other kinds
 * @param serviceName what the case is: the service's name, or for other kinds the kind and category
 *     ("陳情：服務態度")
 * @param category the category's code of a petition or report, {@code null} for an application
 * @param nextSteps the service's own procedure, in order; none for other kinds
 */
public record Receipt(
    CaseNumber caseNumber,
    @Nullable String verificationCode,
    @Nullable LocalDate dueDate,
    CaseStatus status,
    LocalDate receivedOn,
    Channel channel,
    CaseKind kind,
    @Nullable ServiceCode serviceCode,
    BilingualText serviceName,
    @Nullable String category,
    TimeLimit timeLimit,
    List<BilingualText> nextSteps,
    Contact contact) {

  public Receipt {
    nextSteps = List.copyOf(nextSteps);
  }

  /** The same receipt with the verification code withheld. */
  Receipt withoutCode() {
    return new Receipt(
        caseNumber,
        null,
        dueDate,
        status,
        receivedOn,
        channel,
        kind,
        serviceCode,
        serviceName,
        category,
        timeLimit,
        nextSteps,
        contact);
  }

  /**
   * Whom the applicant can ask: the owning unit at its agency, with the unit's own phone, e-mail
   * and opening hours where it gives them, else the agency's ({@code
   * tw.civicdesk.organisation.Organisation#contactOf}).
   *
   * @param email empty when neither the unit nor the agency publishes one
   */
  public record Contact(
      BilingualText agencyName,
      BilingualText unitName,
      String phone,
      BilingualText address,
      BilingualText openingHours,
      String email) {}
}
