// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.courtesy.CourtesyAccess;
import tw.civicdesk.courtesy.Sheet;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.i18n.BilingualText;

/** What the courtesy pages share: the agency's units, today, and what the staff member may open. */
@Component
class CourtesyPages {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Organisation organisation;
  private final CourtesyAccess access;
  private final MessageSource messages;
  private final Clock clock;

  CourtesyPages(
      Organisation organisation, CourtesyAccess access, MessageSource messages, Clock clock) {
    this.organisation = organisation;
    this.access = access;
    this.messages = messages;
    this.clock = clock;
  }

  /** A part of a sheet with its index, and its items with their index over the whole sheet. */
  record PartRow(int index, Sheet.Part part, java.util.List<ItemRow> items) {}

  /** An item with its index over the whole sheet (the form's {@code marks[i]}). */
  record ItemRow(int index, Sheet.Item item) {}

  /** The sheet's parts and items with the form's indexes. */
  static java.util.List<PartRow> rows(Sheet sheet) {
    java.util.List<PartRow> rows = new java.util.ArrayList<>();
    int i = 0;
    for (int p = 0; p < sheet.content().parts().size(); p++) {
      Sheet.Part part = sheet.content().parts().get(p);
      java.util.List<ItemRow> items = new java.util.ArrayList<>();
      for (Sheet.Item item : part.items()) {
        items.add(new ItemRow(i++, item));
      }
      rows.add(new PartRow(p, part, items));
    }
    return rows;
  }

  java.time.LocalDateTime now() {
    return java.time.LocalDateTime.now(clock.withZone(TAIPEI));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(TAIPEI));
  }

  /** The units of the agency by id. */
  Map<Long, BilingualText> units(AgencyCode agency) {
    Map<Long, BilingualText> units = new LinkedHashMap<>();
    for (Unit u : organisation.units(agency)) {
      units.put(u.id(), u.name());
    }
    return units;
  }

  /** The units as select options, with a "choose" first. */
  Map<String, String> unitOptions(AgencyCode agency, Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("", messages.getMessage("courtesy.form.choose", null, locale));
    units(agency).forEach((id, name) -> options.put(Long.toString(id), name.in(locale)));
    return options;
  }

  /** What {@code staff} may open, for the hub and the pages' links. */
  Map<String, Boolean> may(StaffPrincipal staff) {
    AgencyCode agency = staff.agencyCode();
    Map<String, Boolean> may = new LinkedHashMap<>();
    may.put("test", access.isTester(staff, agency));
    may.put("schedule", access.isTester(staff, agency));
    may.put("panel", access.isQualityOfficer(staff, agency));
    may.put("sheet", access.mayEditSheets(staff, agency));
    may.put(
        "followUps",
        access.isQualityOfficer(staff, agency)
            || staff.has(tw.civicdesk.organisation.Role.UNIT_HEAD));
    may.put("results", true);
    return may;
  }
}
