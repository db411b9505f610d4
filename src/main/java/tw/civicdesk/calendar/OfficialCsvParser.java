// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * Reads the official DGPA office calendar CSV (data.gov.tw dataset 14718): header {@code
 * 西元日期,星期,是否放假,備註}, one row per day, {@code 西元日期} as {@code YYYYMMDD}, {@code 星期} one of 一二三四五六日
 * matching the real weekday, {@code 是否放假} {@code 0} (working day) or {@code 2} (day off). The file
 * may be UTF-8 with or without a byte-order mark, or Big5/CP950 (the 2025-10-20 revision is); lines
 * may end in CRLF or LF; blank lines are ignored.
 *
 * <p>Validation is all or nothing: every problem is collected (up to {@value #MAX_ERRORS}) and
 * reported together in a {@link CalendarImportRejected}. The days must form one contiguous run
 * without duplicates; they may appear in any order. Whether a day is off is decided from {@code
 * 是否放假} only, never from the remark, which must be one line of at most {@value #MAX_REMARK}
 * characters without control characters (the text check of ADR 0027).
 */
final class OfficialCsvParser {

  static final List<String> HEADER = List.of("西元日期", "星期", "是否放假", "備註");
  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_ERRORS = 100;

  /** The longest remark; a remark must also be one line of storable text (ADR 0027). */
  static final int MAX_REMARK = 200;

  private static final String WEEKDAYS = "一二三四五六日";
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setIgnoreEmptyLines(false) // keeps record numbers equal to line numbers
          .setTrim(true)
          .get();
  private static final Charset CP950 =
      Charset.isSupported("x-windows-950")
          ? Charset.forName("x-windows-950")
          : Charset.forName("Big5");

  private OfficialCsvParser() {}

  /**
   * Parses and validates a whole file.
   *
   * @return the days in date order, never empty
   * @throws CalendarImportRejected listing every problem found
   */
  static List<CalendarDay> parse(byte[] content) {
    if (content.length > MAX_BYTES) {
      throw rejected(
          CalendarImportError.of(0, "calendar.import.error.too-large", MAX_BYTES / 1024));
    }
    String text =
        decode(content)
            .orElseThrow(
                () -> rejected(CalendarImportError.of(0, "calendar.import.error.encoding")));
    Rows rows = new Rows();
    try (CSVParser csv = CSVParser.parse(new StringReader(text), FORMAT)) {
      for (CSVRecord record : csv) {
        if (!rows.accept(record) || rows.errors.size() >= MAX_ERRORS) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      rows.errors.add(CalendarImportError.of(rows.lastLine + 1, "calendar.import.error.syntax"));
    }
    return rows.finish();
  }

  /**
   * A byte-order mark means UTF-8. Otherwise the bytes are decoded strictly as UTF-8 and, if that
   * fails, strictly as CP950 (Big5 with Microsoft's extensions).
   */
  static Optional<String> decode(byte[] content) {
    boolean bom =
        content.length >= 3
            && (content[0] & 0xFF) == 0xEF
            && (content[1] & 0xFF) == 0xBB
            && (content[2] & 0xFF) == 0xBF;
    if (bom) {
      return strict(StandardCharsets.UTF_8, content, 3);
    }
    return strict(StandardCharsets.UTF_8, content, 0).or(() -> strict(CP950, content, 0));
  }

  private static Optional<String> strict(Charset charset, byte[] content, int offset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, offset, content.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static CalendarImportRejected rejected(CalendarImportError error) {
    return new CalendarImportRejected(List.of(error));
  }

  /** Collects days and errors record by record. */
  private static final class Rows {

    private final List<CalendarImportError> errors = new ArrayList<>();
    private final List<CalendarDay> days = new ArrayList<>();
    private final Map<LocalDate, Integer> lineOfDay = new HashMap<>();
    private boolean headerSeen;
    private int lastLine;

    /** Returns false when parsing should stop (a wrong header makes the rows meaningless). */
    boolean accept(CSVRecord record) {
      lastLine = (int) record.getRecordNumber();
      List<String> values = record.toList();
      if (values.stream().allMatch(String::isEmpty)) {
        return true;
      }
      if (!headerSeen) {
        headerSeen = true;
        return header(values);
      }
      row(lastLine, values);
      return true;
    }

    private boolean header(List<String> values) {
      List<String> names = new ArrayList<>(withoutTrailingBlanks(values));
      names.replaceAll(name -> name.replace("\uFEFF", "").strip());
      if (!names.equals(HEADER)) {
        errors.add(
            CalendarImportError.of(
                lastLine,
                "calendar.import.error.header",
                String.join(",", HEADER),
                String.join(",", names)));
        return false;
      }
      return true;
    }

    private void row(int line, List<String> raw) {
      List<String> values = withoutTrailingBlanks(raw);
      if (values.size() < 3 || values.size() > 4) {
        errors.add(CalendarImportError.of(line, "calendar.import.error.columns", values.size()));
        return;
      }
      LocalDate day = date(line, values.get(0));
      Boolean holiday = flag(line, values.get(2));
      if (day == null) {
        return;
      }
      boolean weekdayOk = weekday(line, day, values.get(1));
      Integer earlier = lineOfDay.putIfAbsent(day, line);
      if (earlier != null) {
        errors.add(CalendarImportError.of(line, "calendar.import.error.duplicate", day, earlier));
      } else if (holiday != null && weekdayOk) {
        String remark = values.size() == HEADER.size() ? values.get(3) : "";
        if (TextCheck.accepts(remark, TextKind.LINE, MAX_REMARK)) {
          days.add(new CalendarDay(day, holiday, remark));
        } else {
          errors.add(CalendarImportError.of(line, "calendar.import.error.remark", MAX_REMARK));
        }
      }
    }

    private @Nullable LocalDate date(int line, String value) {
      try {
        if (value.length() == 8 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return LocalDate.parse(value, YYYYMMDD);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      errors.add(CalendarImportError.of(line, "calendar.import.error.date", value));
      return null;
    }

    private boolean weekday(int line, LocalDate day, String value) {
      String expected = String.valueOf(WEEKDAYS.charAt(day.getDayOfWeek().getValue() - 1));
      if (!expected.equals(value)) {
        errors.add(
            CalendarImportError.of(line, "calendar.import.error.weekday", day, value, expected));
        return false;
      }
      return true;
    }

    private @Nullable Boolean flag(int line, String value) {
      switch (value) {
        case "0":
          return Boolean.FALSE;
        case "2":
          return Boolean.TRUE;
        default:
          errors.add(CalendarImportError.of(line, "calendar.import.error.flag", value));
          return null;
      }
    }

    List<CalendarDay> finish() {
      if (!headerSeen) {
        errors.add(CalendarImportError.of(0, "calendar.import.error.empty"));
      } else if (errors.isEmpty() && days.isEmpty()) {
        errors.add(CalendarImportError.of(0, "calendar.import.error.empty"));
      }
      if (errors.isEmpty()) {
        days.sort(Comparator.comparing(CalendarDay::day));
        checkContiguous();
      }
      if (!errors.isEmpty()) {
        throw new CalendarImportRejected(errors);
      }
      return List.copyOf(days);
    }

    private void checkContiguous() {
      for (int i = 1; i < days.size() && errors.size() < MAX_ERRORS; i++) {
        LocalDate previous = days.get(i - 1).day();
        LocalDate next = days.get(i).day();
        if (!next.equals(previous.plusDays(1))) {
          errors.add(
              CalendarImportError.of(
                  lineOfDay.get(next),
                  "calendar.import.error.gap",
                  previous.plusDays(1),
                  next.minusDays(1)));
        }
      }
    }

    /** Drops empty values beyond the fourth column (some tools pad rows with commas). */
    private static List<String> withoutTrailingBlanks(List<String> values) {
      int end = values.size();
      while (end > HEADER.size() && values.get(end - 1).isEmpty()) {
        end--;
      }
      return values.subList(0, end);
    }
  }
}
