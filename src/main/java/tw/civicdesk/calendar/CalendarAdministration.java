// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Administration of the calendar: importing the official office calendar and recording agency
 * closures. Every change is visible through {@link WorkingCalendar} on this node as soon as the
 * transaction commits. Who may call these methods is decided by the caller (the console).
 */
@Service
@Transactional
public class CalendarAdministration {

  private final CalendarStore store;
  private final SnapshotCache cache;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CalendarAdministration(
      CalendarStore store,
      SnapshotCache cache,
      ObjectProvider<Clock> clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.cache = cache;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.events = events;
  }

  /**
   * Imports an official office calendar file as published by DGPA (data.gov.tw dataset 14718):
   * header {@code 西元日期,星期,是否放假,備註}, UTF-8 with or without byte-order mark or Big5/CP950, CRLF or
   * LF. The file is validated in full first (dates, weekdays, flags, duplicates, gaps); then the
   * file's days must touch or overlap the loaded calendar, so that it stays one contiguous run (an
   * import may extend it at either end or overwrite part of it). Accepted days overwrite stored
   * ones and an import record is written; on rejection nothing is written at all.
   *
   * @param fileName the uploaded file's name, for the record; not blank
   * @param content the file's bytes
   * @param importedBy who imports, for the record; not blank
   * @return what was imported
   * @throws CalendarImportRejected listing every problem found
   * @throws IllegalArgumentException when {@code fileName} or {@code importedBy} is blank
   */
  public ImportResult importOfficialCsv(String fileName, byte[] content, String importedBy) {
    String name = requireText(fileName, "fileName");
    String by = requireText(importedBy, "importedBy");
    List<CalendarDay> days = OfficialCsvParser.parse(Objects.requireNonNull(content, "content"));
    LocalDate first = days.get(0).day();
    LocalDate last = days.get(days.size() - 1).day();
    store.lockDaysForWrite();
    store
        .loadedRange()
        .ifPresent(
            loaded -> {
              if (first.isAfter(loaded.last().plusDays(1))
                  || last.isBefore(loaded.first().minusDays(1))) {
                throw new CalendarImportRejected(
                    List.of(
                        CalendarImportError.of(
                            0,
                            "calendar.import.error.not-adjacent",
                            first,
                            last,
                            loaded.first(),
                            loaded.last())));
              }
            });
    Map<LocalDate, Boolean> before = store.holidayFlags(first, last);
    long id = store.insertImport(clock.instant(), by, name, first, last, days.size());
    store.upsertDays(days, "import:" + id);
    cache.invalidateAfterCommit();
    int holidays = (int) days.stream().filter(CalendarDay::holiday).count();
    int changed =
        (int)
            days.stream()
                .filter(d -> before.containsKey(d.day()) && before.get(d.day()) != d.holiday())
                .count();
    return new ImportResult(
        id, first, last, days.size(), holidays, days.size() - before.size(), changed);
  }

  /**
   * The accepted imports, newest first. The shipped calendar loaded at start-up is not an import.
   */
  @Transactional(readOnly = true)
  public List<CalendarImport> imports() {
    return store.imports();
  }

  /**
   * Records that {@code agency}'s office is closed on {@code day}. A {@link ClosureKind#FULL_DAY}
   * closure makes the day a non-working day for that agency only; a {@link ClosureKind#HALF_DAY}
   * closure is kept for the record and changes no date. A closure on a day that is off anyway is
   * accepted and changes nothing. A full-day closure publishes {@link AgencyClosureChanged} in this
   * transaction; what listeners change (the due dates of the agency's cases) commits or rolls back
   * with the closure.
   *
   * @param reason why, e.g. the typhoon's name; 1 to {@value AgencyClosure#MAX_REASON_LENGTH}
   *     characters after trimming
   * @param createdBy who records it; not blank
   * @return the stored closure, with its id
   * @throws DateOutsideCalendarException when {@code day} is not in the loaded calendar
   * @throws DuplicateClosure when the agency already has a closure that day
   * @throws InvalidClosureReason when the reason is empty or too long
   * @throws IllegalArgumentException when {@code createdBy} is blank
   */
  public AgencyClosure addClosure(
      AgencyCode agency, LocalDate day, ClosureKind kind, String reason, String createdBy) {
    AgencyClosure closure = new AgencyClosure(0, agency, day, kind, reason);
    String by = requireText(createdBy, "createdBy");
    CalendarStore.LoadedRange loaded = store.loadedRange().orElseThrow(CalendarNotLoaded::new);
    if (day.isBefore(loaded.first()) || day.isAfter(loaded.last())) {
      throw new DateOutsideCalendarException(day, loaded.first(), loaded.last());
    }
    long id =
        store
            .insertClosure(closure, clock.instant(), by)
            .orElseThrow(() -> new DuplicateClosure(agency, day));
    cache.invalidateAfterCommit();
    AgencyClosure stored = new AgencyClosure(id, agency, day, kind, closure.reason());
    announce(stored, true);
    return stored;
  }

  /**
   * Removes one of {@code agency}'s closures; the day becomes a working day again if the official
   * calendar says so. Withdrawing a full-day closure publishes {@link AgencyClosureChanged} in this
   * transaction, as {@link #addClosure} does.
   *
   * @throws ClosureNotFound when the agency has no closure with that id
   */
  public void removeClosure(AgencyCode agency, long id) {
    Objects.requireNonNull(agency, "agency");
    AgencyClosure removed =
        store.deleteClosure(agency, id).orElseThrow(() -> new ClosureNotFound(agency, id));
    cache.invalidateAfterCommit();
    announce(removed, false);
  }

  /** Tells listeners, with the calendar as this transaction now sees it. */
  private void announce(AgencyClosure closure, boolean added) {
    if (closure.kind() == ClosureKind.FULL_DAY) {
      events.publishEvent(new AgencyClosureChanged(closure, added, store.loadSnapshot()));
    }
  }

  /** {@code agency}'s closures (full and half day) in {@code year}, in date order, with ids. */
  @Transactional(readOnly = true)
  public List<AgencyClosure> closures(AgencyCode agency, int year) {
    Objects.requireNonNull(agency, "agency");
    return store.closures(agency, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
