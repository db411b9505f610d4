// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialCsvParserTests {

  static final String HEADER = "西元日期,星期,是否放假,備註\n";

  static byte[] fixture(String name) {
    try (InputStream in = OfficialCsvParserTests.class.getResourceAsStream("/calendar/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<CalendarImportError> errorsOf(byte[] content) {
    try {
      OfficialCsvParser.parse(content);
    } catch (CalendarImportRejected e) {
      return e.errors();
    }
    throw new AssertionError("expected the file to be rejected");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dgpa-2027-03-utf8-bom-crlf.csv",
        "dgpa-2027-03-utf8-lf.csv",
        "dgpa-2027-03-big5-crlf.csv"
      })
  void readsMarch2027InEveryPublishedEncoding(String file) {
    List<CalendarDay> days = OfficialCsvParser.parse(fixture(file));

    assertThat(days).hasSize(31);
    assertThat(days.get(0)).isEqualTo(new CalendarDay(LocalDate.of(2027, 3, 1), true, "補假"));
    assertThat(days.get(1)).isEqualTo(new CalendarDay(LocalDate.of(2027, 3, 2), false, ""));
    assertThat(days.get(30).day()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(days.stream().filter(CalendarDay::holiday)).hasSize(9);
  }

  @Test
  void theBig5FixtureReallyIsNotUtf8() {
    byte[] big5 = fixture("dgpa-2027-03-big5-crlf.csv");
    assertThat(new String(big5, Charset.forName("Big5"))).startsWith(HEADER.strip());
    assertThat(new String(big5, StandardCharsets.UTF_8)).doesNotStartWith(HEADER.strip());
  }

  @Test
  void decidesTheDayOffFromTheFlagAndNeverFromTheRemark() {
    List<CalendarDay> days =
        OfficialCsvParser.parse(
            utf8(HEADER + "20250207,五,2,\r\n20250208,六,0,補行上班\r\n20250209,日,2,放假\r\n"));

    assertThat(days).extracting(CalendarDay::holiday).containsExactly(true, false, true);
    assertThat(days.get(1).description()).isEqualTo("補行上班");
  }

  @Test
  void acceptsDaysInAnyOrderAndIgnoresBlankLines() {
    List<CalendarDay> days =
        OfficialCsvParser.parse(
            utf8(HEADER + "20250103,五,0,\n\n20250101,三,2,開國紀念日\n20250102,四,0,\n\n"));

    assertThat(days)
        .extracting(CalendarDay::day)
        .containsExactly(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3));
  }

  @Test
  void rejectsAWrongHeaderWithoutReadingTheRows() {
    assertThat(errorsOf(utf8("date,weekday,holiday,remark\n20250101,三,2,\n")))
        .containsExactly(
            CalendarImportError.of(
                1,
                "calendar.import.error.header",
                "西元日期,星期,是否放假,備註",
                "date,weekday,holiday,remark"));
  }

  @Test
  void rejectsTheGoogleCalendarVariant() {
    String google = "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description\n";
    assertThat(errorsOf(utf8(google)))
        .extracting(CalendarImportError::messageKey)
        .containsExactly("calendar.import.error.header");
  }

  @Test
  void rejectsAWeekdayThatDoesNotMatchTheDate() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三,2,\n20250102,五,0,\n")))
        .containsExactly(
            CalendarImportError.of(
                3, "calendar.import.error.weekday", LocalDate.of(2025, 1, 2), "五", "四"));
  }

  @Test
  void rejectsAFlagOtherThanZeroOrTwo() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三,1,\n20250102,四,,\n")))
        .containsExactly(
            CalendarImportError.of(2, "calendar.import.error.flag", "1"),
            CalendarImportError.of(3, "calendar.import.error.flag", ""));
  }

  @Test
  void rejectsMalformedAndImpossibleDates() {
    assertThat(errorsOf(utf8(HEADER + "2025-01-01,三,2,\n20250230,日,2,\n")))
        .containsExactly(
            CalendarImportError.of(2, "calendar.import.error.date", "2025-01-01"),
            CalendarImportError.of(3, "calendar.import.error.date", "20250230"));
  }

  @Test
  void rejectsADuplicateDay() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三,2,\n20250102,四,0,\n20250101,三,0,\n")))
        .containsExactly(
            CalendarImportError.of(
                4, "calendar.import.error.duplicate", LocalDate.of(2025, 1, 1), 2));
  }

  @Test
  void rejectsAGapBetweenDays() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三,2,\n20250104,六,2,\n")))
        .containsExactly(
            CalendarImportError.of(
                3,
                "calendar.import.error.gap",
                LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 3)));
  }

  @Test
  void rejectsAFileWithoutDays() {
    assertThat(errorsOf(new byte[0]))
        .extracting(CalendarImportError::messageKey)
        .containsExactly("calendar.import.error.empty");
    assertThat(errorsOf(utf8(HEADER)))
        .extracting(CalendarImportError::messageKey)
        .containsExactly("calendar.import.error.empty");
  }

  @Test
  void rejectsRowsWithTooFewOrTooManyColumns() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三\n20250102,四,0,,extra\n")))
        .extracting(CalendarImportError::line, CalendarImportError::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "calendar.import.error.columns"),
            org.assertj.core.groups.Tuple.tuple(3, "calendar.import.error.columns"));
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnce() {
    List<CalendarImportError> errors =
        errorsOf(utf8(HEADER + "20250101,一,2,\n20250102,四,9,\nyesterday,四,0,\n20250103,五,0,\n"));

    assertThat(errors)
        .extracting(CalendarImportError::messageKey)
        .containsExactly(
            "calendar.import.error.weekday",
            "calendar.import.error.flag",
            "calendar.import.error.date");
  }

  @Test
  void countsBlankLinesWhenReportingLineNumbers() {
    assertThat(errorsOf(utf8(HEADER + "\r\n20250101,三,1,\r\n")))
        .containsExactly(CalendarImportError.of(3, "calendar.import.error.flag", "1"));
  }

  @Test
  void rejectsBrokenQuoting() {
    assertThat(errorsOf(utf8(HEADER + "20250101,三,2,\"開國\"紀念日\n")))
        .extracting(CalendarImportError::messageKey)
        .containsExactly("calendar.import.error.syntax");
  }

  @Test
  void treatsCrlfAndLfAlike() {
    String rows = "20250101,三,2,開國紀念日\n20250102,四,0,\n";
    assertThat(OfficialCsvParser.parse(utf8(HEADER + rows)))
        .isEqualTo(OfficialCsvParser.parse(utf8((HEADER + rows).replace("\n", "\r\n"))));
  }

  @Test
  void rejectsBytesThatAreNeitherUtf8NorBig5() {
    byte[] garbage = {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x81, (byte) 0xFF};
    assertThat(errorsOf(garbage))
        .extracting(CalendarImportError::messageKey)
        .containsExactly("calendar.import.error.encoding");
  }

  @Test
  void rejectsAnOversizedFile() {
    byte[] huge = new byte[OfficialCsvParser.MAX_BYTES + 1];
    assertThatThrownBy(() -> OfficialCsvParser.parse(huge))
        .isInstanceOfSatisfying(
            CalendarImportRejected.class,
            e -> {
              assertThat(e.errors())
                  .extracting(CalendarImportError::messageKey)
                  .containsExactly("calendar.import.error.too-large");
              assertThat(e.messageKey()).isEqualTo("calendar.import.error.rejected");
            });
  }
}
