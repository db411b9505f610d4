// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.casework.internal.FollowUpLog;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.MalformedRequestException;
import tw.civicdesk.platform.security.StaffDirectory;
import tw.civicdesk.platform.web.CsvFile;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/follow-ups}: the follow-up log (稽催紀錄) for quality officers and unit heads,
 * filtered by agency, unit, answered and month; {@code /console/follow-ups.csv} gives the same rows
 * as CSV (UTF-8 with a byte-order mark, stable column codes). No citizen's data.
 */
@Controller
class FollowUpLogController {

  static final String PAGE = "casework/follow-ups";

  /** The CSV columns, in order. */
  static final List<String> HEADER =
      List.of(
          "case_number",
          "agency",
          "unit_id",
          "unit_name",
          "sent_at",
          "sent_by",
          "text",
          "answered_at",
          "answered_by",
          "answer");

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Taipei"));

  private final FollowUpLog log;
  private final Organisation organisation;
  private final FormSupport forms;
  private final StaffDirectory directory;

  FollowUpLogController(
      FollowUpLog log, Organisation organisation, FormSupport forms, StaffDirectory directory) {
    this.directory = directory;
    this.log = log;
    this.organisation = organisation;
    this.forms = forms;
  }

  @GetMapping("/console/follow-ups")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") FollowUpLogForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    List<AgencyCode> reach = log.agenciesFor(staff);
    FollowUpLog.Filter filter = form.toFilter(result);
    List<FollowUpLog.Entry> entries = filter == null ? List.of() : log.entries(staff, filter);
    boolean more = entries.size() > FollowUpLog.MAX_ENTRIES;
    if (more) {
      entries = entries.subList(0, FollowUpLog.MAX_ENTRIES);
    }
    model.addAttribute("more", more);
    model.addAttribute("max", FollowUpLog.MAX_ENTRIES);
    AgencyCode agency =
        filter == null || filter.agency() == null ? staff.agencyCode() : filter.agency();
    model.addAttribute("entries", entries);
    // Who sent and who answered, by name: one look-up for the page, not one per row.
    model.addAttribute(
        "staffNames",
        directory.displayNames(
            entries.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.sentBy(), e.answeredBy()))
                .filter(java.util.Objects::nonNull)
                .toList()));
    model.addAttribute("ownAgency", staff.agencyCode());
    model.addAttribute("units", unitNames(agency, locale));
    filterChoices(reach, agency, model, locale);
    model.addAttribute("csvQuery", csvQuery(form));
    return PAGE;
  }

  /**
   * The filter's options: the other agencies in {@code reach} (the first is the staff member's
   * own), the units of the agency shown, answered or not.
   */
  private void filterChoices(
      List<AgencyCode> reach, AgencyCode agency, Model model, Locale locale) {
    model.addAttribute(
        "agencyChoices",
        forms.options(
            reach.subList(1, reach.size()),
            AgencyCode::value,
            a -> organisation.agency(a).map(x -> x.name().in(locale)).orElse(a.value()),
            "casework.follow-up-log.own-agency",
            locale));
    model.addAttribute(
        "unitChoices",
        forms.options(
            organisation.units(agency),
            u -> String.valueOf(u.id()),
            u -> u.name().in(locale),
            "casework.follow-up-log.any-unit",
            locale));
    model.addAttribute(
        "answeredChoices",
        forms.enumOptions(FollowUpLog.Answered.class, "casework.follow-up-log.answered.", locale));
  }

  @GetMapping("/console/follow-ups.csv")
  ResponseEntity<byte[]> csv(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") FollowUpLogForm form,
      BindingResult result,
      Locale locale) {
    FollowUpLog.Filter filter = form.toFilter(result);
    if (filter == null) {
      return ResponseEntity.unprocessableContent().build();
    }
    List<FollowUpLog.Entry> entries = log.entries(staff, filter);
    if (entries.size() > FollowUpLog.MAX_ENTRIES) {
      // A file that silently lacks rows would mislead: narrow the filter instead (ADR 0027).
      throw new MalformedRequestException(
          "casework.follow-up-log.too-many", FollowUpLog.MAX_ENTRIES);
    }
    AgencyCode agency = filter.agency() == null ? staff.agencyCode() : filter.agency();
    Map<Long, String> units = unitNames(agency, locale);
    CsvFile csv = new CsvFile(HEADER);
    for (FollowUpLog.Entry e : entries) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  e.number().value(),
                  e.agency().value(),
                  String.valueOf(e.unitId()),
                  units.getOrDefault(e.unitId(), ""),
                  AT.format(e.sentAt()),
                  e.sentBy(),
                  e.text()));
      cells.add(e.answeredAt() == null ? "" : AT.format(e.answeredAt()));
      cells.add(e.answeredBy() == null ? "" : e.answeredBy());
      cells.add(e.answer() == null ? "" : e.answer());
      csv.line(cells);
    }
    return csv.download("follow-ups-" + agency.value() + ".csv");
  }

  private Map<Long, String> unitNames(AgencyCode agency, Locale locale) {
    return organisation.units(agency).stream()
        .collect(Collectors.toMap(Unit::id, u -> u.name().in(locale), (a, b) -> a));
  }

  private static String csvQuery(FollowUpLogForm form) {
    return org.springframework.web.util.UriComponentsBuilder.newInstance()
        .queryParam("agency", form.getAgency())
        .queryParam("unit", form.getUnit())
        .queryParam("answered", form.getAnswered())
        .queryParam("month", form.getMonth())
        .build()
        .encode()
        .toUriString();
  }
}
