// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.Case;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.VerificationCodes;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/**
 * Builds the receipt of a filed application from what is stored, so that a replay or a reprint
 * shows exactly what the first receipt showed (the status and due date as they are now).
 */
@Component
public class Receipts {

  private final CaseWork cases;
  private final VerificationCodes codes;
  private final Catalogue catalogue;
  private final Organisation organisation;

  Receipts(CaseWork cases, VerificationCodes codes, Catalogue catalogue,
      Organisation organisation) {
    this.cases = cases;
    this.codes = codes;
    this.catalogue = catalogue;
    this.organisation = organisation;
  }

  /**
   * The receipt of application {@code number}; for its submitter, or for staff of its agency.
   *
   * @throws CaseWork.CaseNotFound when there is no such application
   */
  @Transactional(readOnly = true)
  public Receipt of(CaseNumber number) {
    Case c = cases.get(number, number.agency());
    ServiceRef ref = c.service();
    if (ref == null) {
      throw new CaseWork.CaseNotFound();
    }
    ServiceVersion service = catalogue.version(ref.code(), ref.version()).orElseThrow();
    ServiceContent content = service.content();
    Agency agency = organisation.agency(c.agency()).orElseThrow();
    Unit unit = organisation.units(c.agency()).stream().filter(u -> u.id() == c.unitId())
        .findFirst().orElseThrow();
    return new Receipt(number, codes.codeFor(number), cases.dueDate(c), c.status(),
        c.clock().received(), c.channel(), ref.code(), content.name(), c.clock().limit(),
        content.steps().stream().map(ServiceContent.Step::text).toList(),
        new Receipt.Contact(agency.name(), unit.name(), agency.phone(), agency.address(),
            agency.openingHours()));
  }
}
