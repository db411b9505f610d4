// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.courtesy.Courtesy.RecordTest;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;

/**
 * Demo phone-courtesy tests in the {@code demo} profile, after the demo organisation: for 彰化縣政府計畫處
 * ({@code CH-PLANNING}) a schedule of 6 tests a year (one window every two months, the units in
 * turn) and for 新竹市東區衛生所 and 鳳山第一戶政 a test every two months; every window or test day of this year
 * (by the injected clock, in Taiwan) that is before today gets a test, scored by the module itself
 * from a fixed list of answers — some 優良, some 良好, a 普通 and a 劣 (both under 80, so their follow-ups
 * are open). Each agency's case officer ({@code planning.officer}, {@code easthealth.officer},
 * {@code fengshan.officer}) is on its test panel; the quality officer records. Deterministic and
 * idempotent: an agency with any test is left alone.
 */
@Component
@Profile("demo")
class DemoCourtesyLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCourtesyLoader.class);

  /**
   * An agency, its quality officer, the case officer put on its panel, whether it schedules, and
   * where in {@link #ANSWERS} its tests start (so that a low score falls on the unit of its demo
   * unit head).
   */
  record DemoAgency(String code, String quality, String tester, boolean schedule, int offset) {}

  static final List<DemoAgency> AGENCIES =
      List.of(
          new DemoAgency("CH-PLANNING", "planning.quality", "planning.officer", true, 3),
          new DemoAgency("HC-EAST-HEALTH", "easthealth.quality", "easthealth.officer", false, 0),
          new DemoAgency("KH-FENGSHAN-HR1", "fengshan.quality", "fengshan.officer", false, 2));

  /**
   * The answers in turn: switchboard rings, unit rings, then the marks of the eight mark items of
   * the standard sheet (0–5). Totals 100, 94.8, 83.0, 77.4, 95.2, 68.2 and 83.8.
   */
  static final int[][] ANSWERS = {
    {3, 3, 5, 5, 5, 5, 5, 5, 5, 5},
    {4, 4, 5, 4, 5, 5, 4, 5, 4, 5},
    {5, 4, 5, 4, 4, 5, 4, 4, 5, 4},
    {4, 6, 4, 4, 4, 3, 4, 4, 3, 3},
    {4, 3, 5, 5, 4, 5, 5, 4, 4, 5},
    {6, 6, 4, 4, 4, 4, 3, 4, 3, 4},
    {4, 5, 4, 4, 5, 4, 4, 5, 4, 3}
  };

  private final Courtesy courtesy;
  private final CourtesyStore store;
  private final Organisation organisation;
  private final Clock clock;

  DemoCourtesyLoader(
      Courtesy courtesy, CourtesyStore store, Organisation organisation, Clock clock) {
    this.courtesy = courtesy;
    this.store = store;
    this.organisation = organisation;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(380)
  void load() {
    LocalDate today = LocalDate.now(clock.withZone(Courtesy.TAIPEI));
    for (DemoAgency demo : AGENCIES) {
      try {
        int made = load(demo, today);
        LOG.info("Demo courtesy tests loaded for {}: {}", demo.code(), made);
      } catch (tw.civicdesk.platform.error.DomainException e) {
        LOG.warn("Demo courtesy tests of {} stopped: {}", demo.code(), e.messageKey());
      }
    }
  }

  /**
   * Loads {@code demo}'s panel, schedule and tests as of {@code today}.
   *
   * @return how many tests were recorded (0 when it had some, or its accounts are missing)
   */
  int load(DemoAgency demo, LocalDate today) {
    AgencyCode agency = new AgencyCode(demo.code());
    StaffPrincipal quality = organisation.accountForSignIn(demo.quality()).orElse(null);
    if (!organisation.exists(agency) || quality == null) {
      LOG.warn("Demo courtesy tests skipped for {}: no agency or quality officer", demo.code());
      return 0;
    }
    if (!store.tests(agency, LocalDate.of(2000, 1, 1), today.plusYears(1)).isEmpty()) {
      return 0;
    }
    courtesy.setPanel(quality, agency, demo.tester(), true);
    List<Unit> units = organisation.units(agency);
    int made = 0;
    for (int slot = 0; slot < 6 && !units.isEmpty(); slot++) {
      LocalDate from = LocalDate.of(today.getYear(), 1 + 2 * slot, 5);
      Unit unit = units.get(slot % units.size());
      Long slotId = null;
      if (demo.schedule()) {
        slotId = courtesy.planSlot(quality, agency, from, from.plusDays(11), unit.id(), "");
      }
      LocalDateTime at = from.plusDays(3 + slot % 4).atTime(9 + slot % 6, 10 + 7 * slot);
      if (at.toLocalDate().isBefore(today)) {
        int[] a = ANSWERS[(slot + demo.offset()) % ANSWERS.length];
        courtesy.record(quality, agency, test(agency, unit, slotId, at, a, slot));
        made++;
      }
    }
    return made;
  }

  private RecordTest test(
      AgencyCode agency, Unit unit, @Nullable Long slotId, LocalDateTime at, int[] a, int n) {
    List<@Nullable Integer> marks = new ArrayList<>();
    marks.add(null);
    for (int i = 2; i < 5; i++) {
      marks.add(a[i]);
    }
    marks.add(null);
    for (int i = 5; i < 10; i++) {
      marks.add(a[i]);
    }
    Scoring.Inputs inputs =
        new Scoring.Inputs(
            Set.of("SWITCHBOARD", "UNIT"),
            List.of(a[0], a[1]),
            java.util.Arrays.asList(null, null),
            marks);
    String notes = a[9] <= 3 ? "未報單位名稱，結束時未待來電者先掛斷。" : "";
    return new RecordTest(
        courtesy.currentSheet(agency).id(),
        unit.id(),
        slotId,
        String.valueOf(201 + n),
        at,
        inputs,
        "",
        notes);
  }
}
