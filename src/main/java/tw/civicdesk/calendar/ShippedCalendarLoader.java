// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the calendar shipped with the application ({@value #RESOURCE}) into the database.
 *
 * <p>Only days that are not stored yet are inserted ({@code on conflict do nothing}), so an
 * administrator's newer import is never overwritten, and running it again (on every start, on every
 * node) changes nothing. When all shipped days are already stored it does not write at all. The
 * shipped file has its own simple format: {@code #} comment lines (source and licence attribution),
 * then {@code date,is_holiday,description} with ISO dates and {@code true/false}.
 */
@Component
class ShippedCalendarLoader {

  static final String RESOURCE = "calendar/tw-gov-calendar-2025-2027.csv";
  static final String SOURCE = "shipped:tw-gov-calendar-2025-2027.csv";

  private static final Logger log = LoggerFactory.getLogger(ShippedCalendarLoader.class);
  private static final List<String> HEADER = List.of("date", "is_holiday", "description");
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private final CalendarStore store;
  private final TransactionTemplate transaction;

  ShippedCalendarLoader(CalendarStore store, PlatformTransactionManager transactions) {
    this.store = store;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Inserts the shipped days that are missing from the database, in one batch. */
  void loadMissingDays() {
    List<CalendarDay> days = readShipped();
    LocalDate first = days.get(0).day();
    LocalDate last = days.get(days.size() - 1).day();
    if (store.countDays(first, last) == days.size()) {
      log.debug("Shipped calendar {}..{} already loaded", first, last);
      return;
    }
    Integer inserted = transaction.execute(status -> store.insertMissingDays(days, SOURCE));
    log.info("Loaded {} missing day(s) of the shipped calendar {}..{}", inserted, first, last);
  }

  /**
   * Reads the shipped calendar from the class path.
   *
   * @return the days in file order (which is date order)
   * @throws IllegalStateException when the resource is missing or malformed (a build error)
   */
  static List<CalendarDay> readShipped() {
    InputStream in = ShippedCalendarLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing class-path resource " + RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the shipped format; throws {@link IllegalStateException} when it is malformed. */
  static List<CalendarDay> read(Reader reader) throws IOException {
    List<CalendarDay> days = new ArrayList<>();
    try (CSVParser csv = CSVParser.parse(reader, FORMAT)) {
      boolean header = true;
      for (CSVRecord record : csv) {
        if (header) {
          require(record.toList().equals(HEADER), record, "header " + HEADER + " expected");
          header = false;
          continue;
        }
        require(record.size() == 3, record, "3 columns expected");
        String flag = record.get(1);
        require(flag.equals("true") || flag.equals("false"), record, "true or false expected");
        days.add(
            new CalendarDay(
                LocalDate.parse(record.get(0)), Boolean.parseBoolean(flag), record.get(2)));
      }
    }
    require(!days.isEmpty(), null, "no days");
    return List.copyOf(days);
  }

  private static void require(boolean condition, @Nullable CSVRecord record, String problem) {
    if (!condition) {
      throw new IllegalStateException(
          "Malformed "
              + RESOURCE
              + (record == null ? "" : " at record " + record.getRecordNumber())
              + ": "
              + problem);
    }
  }
}
