// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.courtesy.Scoring.Inputs;
import tw.civicdesk.courtesy.Scoring.Scored;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Phone-courtesy tests (電話禮貌測試, C11): the door for the pages and other modules. Sheets, the panel,
 * the schedule and the tests of an agency; everything a staff member may not reach answers "not
 * found" ({@link CourtesyAccess}). A test is scored here with its sheet ({@link Scoring}), never
 * from a client's total; a score under the agency's threshold opens a follow-up ({@link
 * FollowUps}). Every change leaves an audit row.
 */
@Service
public class Courtesy {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final CourtesyStore store;
  private final CourtesyAccess access;
  private final Organisation organisation;
  private final FollowUps followUps;
  private final AuditLog audit;
  private final Clock clock;

  Courtesy(
      CourtesyStore store,
      CourtesyAccess access,
      Organisation organisation,
      FollowUps followUps,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.organisation = organisation;
    this.followUps = followUps;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A test as the tester entered it.
   *
   * @param sheetId the sheet version the form showed
   * @param calledAt the call's date and time in Taiwan; not in the future
   * @param slotId the planned slot it carries out, if any
   */
  public record RecordTest(
      long sheetId,
      long unitId,
      @Nullable Long slotId,
      String extension,
      @Nullable LocalDateTime calledAt,
      Inputs inputs,
      String answeredBy,
      String notes) {}

  /** The sheet in force of {@code agency}: its own STANDARD sheet's newest version, else shared. */
  @Transactional(readOnly = true)
  public Sheet currentSheet(AgencyCode agency) {
    return store.currentSheets(agency).stream()
        .filter(s -> s.code().equals(Sheet.STANDARD))
        .findFirst()
        .orElseThrow(CourtesyAccess::notFound);
  }

  /** Sheet version {@code id}, if {@code agency} may use it (its own, or shared). */
  @Transactional(readOnly = true)
  public Sheet sheet(AgencyCode agency, long id) {
    return store
        .sheet(id)
        .filter(s -> s.agency() == null || s.agency().equals(agency))
        .orElseThrow(CourtesyAccess::notFound);
  }

  /** Every version of the agency's sheet in force, newest first; for its sheet editors. */
  @Transactional(readOnly = true)
  public List<Sheet> versions(StaffPrincipal staff, AgencyCode agency) {
    access.requireSheetEditor(staff, agency);
    Sheet current = currentSheet(agency);
    List<Sheet> all = new ArrayList<>(store.versions(agency, current.code()));
    all.addAll(store.versions(null, current.code()));
    return all;
  }

  /**
   * Stores {@code content} as the next version of the agency's sheet (the first of its own when it
   * used the shared one); tests already recorded keep theirs.
   *
   * @throws InvalidFields when the content breaks a rule of {@link SheetRules}
   */
  @Transactional
  public Sheet editSheet(StaffPrincipal staff, AgencyCode agency, Sheet.Content content) {
    access.requireSheetEditor(staff, agency);
    SheetRules.check(content);
    Sheet current = currentSheet(agency);
    int version = current.version() + 1;
    long id =
        store.insertSheet(
            agency, current.code(), version, current.name(), content, staff.getUsername(), now());
    record(staff, agency, "COURTESY_SHEET_CHANGED", "COURTESY_SHEET", id, "version=" + version);
    return store.sheet(id).orElseThrow();
  }

  /** The agency's settings: its own, else the application's threshold with names hidden. */
  @Transactional(readOnly = true)
  public CourtesyRules rules(AgencyCode agency) {
    return followUps.rules(agency);
  }

  /** Saves the agency's settings; for its sheet editors. */
  @Transactional
  public void saveRules(StaffPrincipal staff, AgencyCode agency, CourtesyRules rules) {
    access.requireSheetEditor(staff, agency);
    if (rules.threshold().signum() < 0 || rules.threshold().intValue() > 100) {
      throw new InvalidFields(
          List.of(new FieldProblem("threshold", "courtesy.settings.threshold-range", List.of())));
    }
    store.saveRules(agency, rules, staff.getUsername(), now());
    record(
        staff,
        agency,
        "COURTESY_SETTINGS_CHANGED",
        "AGENCY",
        agency.value(),
        "threshold=" + rules.threshold() + ";show-names=" + rules.showNames());
  }

  /** The usernames of the agency's test panel; for its quality officers. */
  @Transactional(readOnly = true)
  public List<String> panel(StaffPrincipal staff, AgencyCode agency) {
    access.requireQualityOfficer(staff, agency);
    return store.panel(agency);
  }

  /**
   * Adds or removes {@code username} (an enabled colleague) on the agency's test panel.
   *
   * @throws InvalidFields on {@code username} when no enabled staff member of the agency has it
   */
  @Transactional
  public void setPanel(StaffPrincipal staff, AgencyCode agency, String username, boolean member) {
    access.requireQualityOfficer(staff, agency);
    boolean known = enabledStaff(agency).contains(username);
    if (member && !known) {
      throw new InvalidFields(
          List.of(new FieldProblem("username", "courtesy.panel.unknown", List.of())));
    }
    boolean changed =
        member
            ? store.addToPanel(agency, username, staff.getUsername(), now())
            : store.removeFromPanel(agency, username);
    if (changed) {
      record(
          staff,
          agency,
          "COURTESY_PANEL_CHANGED",
          "AGENCY",
          agency.value(),
          member ? "added" : "removed");
    }
  }

  /** The usernames of the agency's enabled staff, whatever their roles. */
  @Transactional(readOnly = true)
  public java.util.Set<String> enabledStaff(AgencyCode agency) {
    java.util.Set<String> all = new java.util.TreeSet<>();
    for (tw.civicdesk.organisation.Role role : tw.civicdesk.organisation.Role.values()) {
      all.addAll(organisation.usernamesHolding(agency, null, role));
    }
    return all;
  }

  /** The agency's planned tests of {@code year}; for its quality officers and panel only. */
  @Transactional(readOnly = true)
  public List<Slot> schedule(StaffPrincipal staff, AgencyCode agency, int year) {
    access.requireTester(staff, agency);
    return store.slots(agency, year);
  }

  /**
   * Plans a test of {@code unitId} in the window {@code from} to {@code to}.
   *
   * @throws InvalidFields when a day is missing, the window is backwards or the unit is not the
   *     agency's
   */
  @Transactional
  public long planSlot(
      StaffPrincipal staff,
      AgencyCode agency,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      long unitId,
      String note) {
    access.requireTester(staff, agency);
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "courtesy.slot.from-required", List.of()));
    }
    if (to == null || from != null && to.isBefore(from)) {
      problems.add(new FieldProblem("to", "courtesy.slot.to-invalid", List.of()));
    }
    checkUnit(agency, unitId, problems);
    if (note.length() > 200) {
      problems.add(new FieldProblem("note", "courtesy.test.too-long", List.of(200)));
    }
    if (!problems.isEmpty() || from == null || to == null) {
      throw new InvalidFields(problems);
    }
    long id =
        store.insertSlot(
            agency, new Slot(0, from, to, unitId, note, null), staff.getUsername(), now());
    record(staff, agency, "COURTESY_SLOT_PLANNED", "COURTESY_SLOT", id, "unit=" + unitId);
    return id;
  }

  /**
   * Records a test the tester carried out, scored by the server with the sheet the form showed.
   *
   * @throws InvalidFields naming every wrong field at once
   */
  @Transactional
  public CourtesyTest record(StaffPrincipal staff, AgencyCode agency, RecordTest t) {
    access.requireTester(staff, agency);
    Sheet sheet = sheet(agency, t.sheetId());
    List<FieldProblem> problems = TestRules.check(t, LocalDateTime.now(clock.withZone(TAIPEI)));
    checkUnit(agency, t.unitId(), problems);
    if (t.slotId() != null && !store.slotOf(agency, t.slotId())) {
      problems.add(new FieldProblem("slotId", "courtesy.test.slot-unknown", List.of()));
    }
    Scored scored = null;
    try {
      scored = Scoring.score(sheet.content(), t.inputs());
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty() || scored == null || t.calledAt() == null) {
      throw new InvalidFields(problems);
    }
    CourtesyTest made = TestRules.test(agency, sheet, t, scored, staff.getUsername(), TAIPEI);
    long id = store.insertTest(made, now());
    record(
        staff,
        agency,
        "COURTESY_TEST_RECORDED",
        "COURTESY_TEST",
        id,
        "sheet=" + sheet.id() + ";total=" + scored.total());
    followUps.openIfLow(store.test(id).orElseThrow());
    return store.test(id).orElseThrow();
  }

  /** Test {@code id} if {@code staff} may see its unit's results; "not found" otherwise. */
  @Transactional(readOnly = true)
  public CourtesyTest test(StaffPrincipal staff, long id) {
    return store
        .test(id)
        .filter(t -> access.seesUnit(staff, t.agency(), t.unitId()))
        .orElseThrow(CourtesyAccess::notFound);
  }

  private void checkUnit(AgencyCode agency, long unitId, List<FieldProblem> problems) {
    if (organisation.units(agency).stream().noneMatch(u -> u.id() == unitId)) {
      problems.add(new FieldProblem("unitId", "courtesy.test.unit-required", List.of()));
    }
  }

  private Instant now() {
    return clock.instant();
  }

  private void record(
      StaffPrincipal staff,
      AgencyCode agency,
      String action,
      String type,
      Object id,
      String detail) {
    audit.record(
        new AuditEvent(
            staff.getUsername(), agency.value(), action, type, String.valueOf(id), detail));
  }

  /** The number of tests by band code, for a page's summary. */
  static Map<String, Long> byBand(List<CourtesyTest> tests) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    tests.forEach(t -> counts.merge(t.band(), 1L, Long::sum));
    return counts;
  }
}
