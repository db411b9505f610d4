// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Set;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Opens every petition kind at a test agency with the demo's categories and limits (petition 30
 * calendar days, letter to the head 6 working days, facility reports 3 working days with a 24-hour
 * pothole and a 4-hour fallen tree, media items 4 hours), all handled by the agency's unit.
 */
public final class PetitionFixtures {

  private PetitionFixtures() {}

  /** Opens every kind at {@code agency}; anonymous only for facility reports. */
  public static void open(ApplicationContext context, TestOrganisation.Setup agency) {
    PetitionRules rules = context.getBean(PetitionRules.class);
    for (CaseKind kind : CaseKind.values()) {
      if (kind == CaseKind.APPLICATION) {
        continue;
      }
      rules.save(
          new KindRule(
              agency.code(),
              kind,
              DemoPetitionRules.limit(kind),
              kind == CaseKind.FACILITY_REPORT,
              true,
              Set.of(KindRule.ReplyPart.HANDLING, KindRule.ReplyPart.LEGAL_BASIS),
              agency.unit().id()));
    }
    int position = 0;
    for (var list :
        java.util.List.of(
            DemoPetitionRules.PETITION_CATEGORIES,
            DemoPetitionRules.COMPLAINT_CATEGORIES,
            DemoPetitionRules.MAILBOX_CATEGORIES,
            DemoPetitionRules.FACILITY_CATEGORIES,
            DemoPetitionRules.MEDIA_CATEGORIES)) {
      for (DemoPetitionRules.Cat c : list) {
        rules.save(
            new Category(
                agency.code(),
                c.code(),
                c.kind(),
                new BilingualText(c.zh(), c.en()),
                c.limit(),
                position++,
                true));
      }
    }
    rules.addPlace(agency.code(), new Route.Where("礁溪鄉", ""));
    rules.addPlace(agency.code(), new Route.Where("礁溪鄉", "德陽村"));
  }
}
