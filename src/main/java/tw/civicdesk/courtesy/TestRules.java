// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.courtesy.Courtesy.RecordTest;
import tw.civicdesk.courtesy.Scoring.Scored;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** The checks of a recorded test beside its scoring, and the test it makes. */
final class TestRules {

  static final int EXTENSION = 20;
  static final int ANSWERED_BY = 60;
  static final int NOTES = 2000;

  private TestRules() {}

  /** The problems of {@code t}'s own fields (the scoring checks rings, seconds and marks). */
  static List<FieldProblem> check(RecordTest t, LocalDateTime now) {
    List<FieldProblem> problems = new ArrayList<>();
    if (t.calledAt() == null) {
      problems.add(new FieldProblem("calledOn", "courtesy.test.called-required", List.of()));
    } else if (t.calledAt().isAfter(now)) {
      problems.add(new FieldProblem("calledOn", "courtesy.test.called-future", List.of()));
    }
    tooLong("extension", t.extension(), EXTENSION, problems);
    tooLong("answeredBy", t.answeredBy(), ANSWERED_BY, problems);
    tooLong("notes", t.notes(), NOTES, problems);
    return problems;
  }

  private static void tooLong(String field, String value, int max, List<FieldProblem> problems) {
    if (value.codePointCount(0, value.length()) > max) {
      problems.add(new FieldProblem(field, "courtesy.test.too-long", List.of(max)));
    }
  }

  /** The test to store: the inputs as entered, the server's points, total and band. */
  static CourtesyTest test(
      AgencyCode agency, Sheet sheet, RecordTest t, Scored scored, String tester, ZoneId zone) {
    LocalDateTime at = java.util.Objects.requireNonNull(t.calledAt());
    Map<String, List<@Nullable Integer>> inputs = new LinkedHashMap<>();
    inputs.put("rings", t.inputs().rings());
    inputs.put("seconds", t.inputs().seconds());
    inputs.put("marks", t.inputs().marks());
    List<String> parts =
        sheet.content().parts().stream()
            .map(Sheet.Part::code)
            .filter(t.inputs().parts()::contains)
            .toList();
    return new CourtesyTest(
        0,
        agency,
        sheet.id(),
        t.unitId(),
        t.slotId(),
        t.extension().strip(),
        at.atZone(zone).toInstant(),
        at.toLocalDate(),
        parts,
        inputs,
        scored.points(),
        scored.total(),
        scored.band().code(),
        t.answeredBy().strip(),
        tester,
        t.notes().strip());
  }
}
