// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Organisation.AgencyFigures;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The console home's API: what {@code staff} sees on landing, one section per kind of work their
 * roles give them (see {@link Home}). Read-only; every list is scoped by the module it comes from
 * exactly as on the page behind it.
 */
@Service
@Transactional(readOnly = true)
public class ConsoleHome {

  private final Organisation organisation;
  private final WorkSections work;
  private final OversightSections oversight;

  ConsoleHome(Organisation organisation, WorkSections work, OversightSections oversight) {
    this.organisation = organisation;
    this.work = work;
    this.oversight = oversight;
  }

  /** The home of {@code staff}; never {@code null}, and never more than they may open. */
  public Home of(StaffPrincipal staff) {
    Agency agency = organisation.agencyFor(staff, staff.agencyCode());
    List<AgencyFigures> figures = organisation.figuresFor(staff);
    return new Home(
        agency,
        figures,
        work.counter(staff),
        work.work(staff),
        work.unit(staff),
        oversight.oversight(staff),
        oversight.administration(staff, figures));
  }
}
