// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * Fuzzes the official calendar CSV parser (QUALITY.md S6, ADR 0027) with arbitrary bytes.
 * Invariants: it throws nothing but {@link CalendarImportRejected}, with at most {@value
 * OfficialCsvParser#MAX_ERRORS} errors; what it accepts is a non-empty, gap-free run of days in
 * order, and every remark is text the database takes (the text check passes).
 */
class OfficialCsvParserFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void parsingRejectsOrAnswersAContiguousRunOfStorableDays(byte[] content) {
    List<CalendarDay> days;
    try {
      days = OfficialCsvParser.parse(content);
    } catch (CalendarImportRejected rejected) {
      assertThat(rejected.errors())
          .isNotEmpty()
          .hasSizeLessThanOrEqualTo(OfficialCsvParser.MAX_ERRORS + 1);
      return;
    }
    assertThat(days).isNotEmpty();
    for (int i = 1; i < days.size(); i++) {
      assertThat(days.get(i).day()).isEqualTo(days.get(i - 1).day().plusDays(1));
    }
    for (CalendarDay day : days) {
      assertThat(TextCheck.problem(day.description(), TextKind.LINE))
          .as(day.description())
          .isEmpty();
    }
  }
}
