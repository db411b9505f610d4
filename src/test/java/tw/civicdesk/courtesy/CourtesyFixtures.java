// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.courtesy.Courtesy.RecordTest;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.TestOrganisation;

/** Tests of the courtesy module: inputs for the standard sheet, and a module on a fixed clock. */
public final class CourtesyFixtures {

  private CourtesyFixtures() {}

  /** Both parts of the standard sheet: rings per part, and the same mark for every mark item. */
  public static Scoring.Inputs both(int rings, int mark) {
    return inputs(Set.of("SWITCHBOARD", "UNIT"), rings, rings, mark);
  }

  /** The standard sheet's parts {@code parts}; rings for the switchboard and the unit. */
  public static Scoring.Inputs inputs(Set<String> parts, int sbRings, int unitRings, int mark) {
    List<@Nullable Integer> marks = new ArrayList<>(Collections.nCopies(10, mark));
    marks.set(0, null);
    marks.set(4, null);
    return new Scoring.Inputs(
        parts, List.of(sbRings, unitRings), java.util.Arrays.asList(null, null), marks);
  }

  /** A test of {@code agency}'s unit on {@code at}, with its sheet in force. */
  public static RecordTest test(
      ApplicationContext context,
      TestOrganisation.Setup agency,
      LocalDateTime at,
      Scoring.Inputs inputs) {
    Sheet sheet = context.getBean(Courtesy.class).currentSheet(agency.code());
    return new RecordTest(sheet.id(), agency.unit().id(), null, "201", at, inputs, "", "");
  }

  /** The follow-ups of the module, on {@code clock}. */
  static FollowUps followUps(ApplicationContext context, Clock clock) {
    return new FollowUps(
        context.getBean(FollowUpStore.class),
        context.getBean(CourtesyStore.class),
        context.getBean(Organisation.class),
        context.getBean(StaffNotices.class),
        context.getBean(WorkingCalendar.class),
        new FollowUps.Deps(
            context.getBean(CourtesySettings.class), context.getBean(AuditLog.class), clock));
  }

  /** The module's door, on {@code clock}, with follow-ups on the same clock. */
  static Courtesy courtesy(ApplicationContext context, Clock clock, FollowUps followUps) {
    return new Courtesy(
        context.getBean(CourtesyStore.class),
        context.getBean(CourtesyAccess.class),
        context.getBean(Organisation.class),
        followUps,
        context.getBean(AuditLog.class),
        clock);
  }
}
