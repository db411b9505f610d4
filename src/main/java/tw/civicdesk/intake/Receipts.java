// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.petitions.Petitions;

/**
 * Builds the receipt of a filed application from what is stored, so that a replay or a reprint
 * shows exactly what the first receipt showed (the status and due date as they are now).
 */
@Component
public class Receipts {

  private final CaseWork cases;
  private final Catalogue catalogue;
  private final Organisation organisation;
  private final AuditLog audit;
  private final Petitions petitions;

  Receipts(
      CaseWork cases,
      Catalogue catalogue,
      Organisation organisation,
      AuditLog audit,
      Petitions petitions) {
    this.petitions = petitions;
    this.cases = cases;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.audit = audit;
  }

  /**
   * The receipt of application {@code number}, with its verification code, for the citizen who
   * filed it (the caller has checked that). Never for staff: see {@link #forStaff}.
   *
   * @throws CaseWork.CaseNotFound when there is no such application
   */
  @Transactional(readOnly = true)
  public Receipt of(CaseNumber number) {
    return build(cases.summary(number).orElseThrow(CaseWork.CaseNotFound::new));
  }

  /**
   * The receipt of application {@code number} for the console, when {@code staff} reaches the case
   * (their agency's, by need-to-know, ADR 0025). The verification code is on it only for the staff
   * member who filed the case (to hand or read it to the applicant) and for counter clerks (who
   * reprint a receipt for an applicant who proves who they are); each time it is, one {@link
   * AuditEvent#VERIFICATION_CODE_SHOWN} row is written in this transaction ({@code
   * read=verification-code;purpose=receipt-print} for the filer, {@code purpose=receipt-reprint}
   * for a clerk). Everyone else gets the receipt with the code withheld, unaudited.
   *
   * @throws CaseWork.CaseNotFound when there is no such application, or it is out of the staff
   *     member's reach
   */
  @Transactional
  public Receipt forStaff(CaseNumber number, StaffPrincipal staff) {
    CaseViews.Summary c = cases.summary(number, staff);
    boolean filer = c.filedBy().equals(staff.getUsername());
    if (!filer && !staff.has(Role.COUNTER_CLERK)) {
      return build(c).withoutCode();
    }
    Receipt receipt = build(c);
    audit.record(
        new AuditEvent(
            staff.getUsername(),
            staff.agencyCode().value(),
            AuditEvent.VERIFICATION_CODE_SHOWN,
            "CASE",
            number.value(),
            AuditEvent.readDetail(
                List.of("verification-code"),
                filer ? "receipt-print" : "receipt-reprint",
                staff.roles().stream().map(Enum::name).toList())));
    return receipt;
  }

  /**
   * The receipt, with its code, for the staff member {@code by} who just filed application {@code
   * number} through the API (which answers it); audited like {@link #forStaff} with {@code
   * purpose=receipt-filed}.
   */
  @Transactional
  Receipt forFiler(CaseNumber number, Submitter by) {
    Receipt receipt = of(number);
    audit.record(
        new AuditEvent(
            by.who(),
            number.agency().value(),
            AuditEvent.VERIFICATION_CODE_SHOWN,
            "CASE",
            number.value(),
            AuditEvent.readDetail(List.of("verification-code"), "receipt-filed", List.of())));
    return receipt;
  }

  private Receipt build(CaseViews.Summary c) {
    CaseNumber number = c.number();
    ServiceRef ref = c.service();
    tw.civicdesk.organisation.Contact owner = organisation.contactOf(c.agency(), c.unitId());
    Receipt.Contact contact =
        new Receipt.Contact(
            owner.agencyName(),
            owner.unitName(),
            owner.phone(),
            owner.address(),
            owner.openingHours(),
            owner.email());
    if (ref == null) {
      return petition(c, contact);
    }
    ServiceContent content = catalogue.version(ref.code(), ref.version()).orElseThrow().content();
    return new Receipt(
        number,
        cases.verificationCode(number),
        c.dueDate(),
        c.status(),
        c.receivedOn(),
        c.channel(),
        c.kind(),
        ref.code(),
        content.name(),
        null,
        c.limit(),
        content.steps().stream().map(ServiceContent.Step::text).toList(),
        contact);
  }

  /** The receipt of a petition or report: named by its kind and category. */
  private Receipt petition(CaseViews.Summary c, Receipt.Contact contact) {
    PetitionView petition = petitions.view(c.number()).orElseThrow(CaseWork.CaseNotFound::new);
    return new Receipt(
        c.number(),
        cases.verificationCode(c.number()),
        c.dueDate(),
        c.status(),
        c.receivedOn(),
        c.channel(),
        c.kind(),
        null,
        petitions.title(petition),
        petition.category(),
        c.limit(),
        List.of(),
        contact);
  }
}
