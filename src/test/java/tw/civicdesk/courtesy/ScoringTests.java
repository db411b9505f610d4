// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.civicdesk.courtesy.Sheet.Band;
import tw.civicdesk.courtesy.Sheet.Content;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.courtesy.Sheet.Kind;
import tw.civicdesk.courtesy.Sheet.Part;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * The scoring against hand-computed totals: the standard sheet (read from its migration's JSON)
 * with both parts, the unit only (×100/55) and the switchboard only (×100/45), speed steps by rings
 * and by seconds; and every band edge (90, 89.9, 80, 79.9, 70, 69.9, and 89.95 rounding up to 90).
 */
class ScoringTests {

  static final Content STANDARD = standard();

  static Content standard() {
    try {
      String sql =
          new String(
              ScoringTests.class
                  .getResourceAsStream("/db/migration/courtesy/V56__courtesy.sql")
                  .readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      String json = sql.substring(sql.indexOf("'{") + 1, sql.indexOf("}'::jsonb") + 1);
      return CourtesyStore.JSON.readValue(json, Content.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theStandardSheetIsSwitchboard45AndUnit55AndAddsUpTo100() {
    assertThat(STANDARD.parts().get(0).max()).isEqualByComparingTo("45");
    assertThat(STANDARD.parts().get(1).max()).isEqualByComparingTo("55");
    assertThat(STANDARD.max()).isEqualByComparingTo("100");
    SheetRules.check(STANDARD);
  }

  @Test
  void fullMarksWithinFourRingsScore100Excellent() {
    Scoring.Scored s = Scoring.score(STANDARD, CourtesyFixtures.both(4, 5));
    assertThat(s.total()).isEqualByComparingTo("100.0");
    assertThat(s.band().code()).isEqualTo("EXCELLENT");
  }

  @Test
  void bothPartsAddUpAsComputedByHand() {
    // Switchboard: 5 rings → 15; marks 4/5: 7×.8 + 7×.8 + 6×.8 = 16 → 31.
    // Unit: 12 seconds → second step 9; marks 3/5: 8×.6 + 9×.6 + 8×.6 + 10×.6 + 5×.6 = 24 → 33.
    List<Integer> marks = Arrays.asList(null, 4, 4, 4, null, 3, 3, 3, 3, 3);
    Scoring.Inputs in =
        new Scoring.Inputs(
            Set.of("SWITCHBOARD", "UNIT"),
            Arrays.asList(5, null),
            Arrays.asList(null, 12),
            new java.util.ArrayList<>(marks));
    Scoring.Scored s = Scoring.score(STANDARD, in);
    assertThat(s.points().get("SB_SPEED")).isEqualByComparingTo("15");
    assertThat(s.points().get("UNIT_SPEED")).isEqualByComparingTo("9");
    assertThat(s.points().get("UNIT_CONTENT")).isEqualByComparingTo("6");
    assertThat(s.total()).isEqualByComparingTo("64.0");
    assertThat(s.band().code()).isEqualTo("POOR");
  }

  @Test
  void aUnitOnlyTestIsScaledBy100Over55() {
    // Unit: 4 rings → 15; marks 4/5: 6.4 + 7.2 + 6.4 + 8 + 4 = 32; 47 × 100 / 55 = 85.45… → 85.5.
    Scoring.Scored s = Scoring.score(STANDARD, CourtesyFixtures.inputs(Set.of("UNIT"), 99, 4, 4));
    assertThat(s.points()).doesNotContainKey("SB_SPEED");
    assertThat(s.total()).isEqualByComparingTo("85.5");
    assertThat(s.band().code()).isEqualTo("GOOD");
  }

  @Test
  void aSwitchboardOnlyTestIsScaledBy100Over45AndASlowAnswerScoresNothing() {
    // 9 rings is beyond the last step (8) → 0; marks 5/5 → 20; 20 × 100 / 45 = 44.44… → 44.4.
    Scoring.Scored s =
        Scoring.score(STANDARD, CourtesyFixtures.inputs(Set.of("SWITCHBOARD"), 9, 0, 5));
    assertThat(s.points().get("SB_SPEED")).isEqualByComparingTo("0");
    assertThat(s.total()).isEqualByComparingTo("44.4");
    assertThat(s.band().code()).isEqualTo("POOR");
  }

  static Content oneItem(int scale) {
    Item item = new Item("X", "項目", "Item", Kind.MARK, BigDecimal.valueOf(100), scale, null);
    return new Content(
        List.of(new Part("P", "部分", "Part", List.of(item))),
        List.of(
            new Band("EXCELLENT", BigDecimal.valueOf(90), "優良", "Excellent"),
            new Band("GOOD", BigDecimal.valueOf(80), "良好", "Good"),
            new Band("FAIR", BigDecimal.valueOf(70), "普通", "Fair"),
            new Band("POOR", BigDecimal.ZERO, "劣", "Poor")));
  }

  @ParameterizedTest
  @CsvSource({
    "1000, 900, 90.0, EXCELLENT",
    "1000, 899, 89.9, GOOD",
    "1000, 800, 80.0, GOOD",
    "1000, 799, 79.9, FAIR",
    "1000, 700, 70.0, FAIR",
    "1000, 699, 69.9, POOR",
    "2000, 1799, 90.0, EXCELLENT",
    "2000, 1399, 70.0, FAIR",
    "2000, 1398, 69.9, POOR"
  })
  void theBandIsReadFromTheTotalRoundedToOneDecimal(
      int scale, int mark, String total, String band) {
    Scoring.Scored s =
        Scoring.score(
            oneItem(scale), new Scoring.Inputs(Set.of("P"), List.of(), List.of(), List.of(mark)));
    assertThat(s.total()).isEqualByComparingTo(total);
    assertThat(s.band().code()).isEqualTo(band);
  }

  @Test
  void missingAndOutOfRangeInputsAreRefusedFieldByField() {
    List<Integer> marks = Arrays.asList(null, 6, null, 5, null, 5, 5, 5, 5, -1);
    InvalidFields e =
        catchThrowableOfType(
            InvalidFields.class,
            () ->
                Scoring.score(
                    STANDARD,
                    new Scoring.Inputs(
                        Set.of("SWITCHBOARD", "UNIT"),
                        Arrays.asList(null, 3),
                        Arrays.asList(null, null),
                        new java.util.ArrayList<>(marks))));
    assertThat(e.problems())
        .extracting(InvalidFields.FieldProblem::field, InvalidFields.FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rings[0]", "courtesy.test.speed-required"),
            org.assertj.core.groups.Tuple.tuple("marks[1]", "courtesy.test.mark-range"),
            org.assertj.core.groups.Tuple.tuple("marks[2]", "courtesy.test.mark-required"),
            org.assertj.core.groups.Tuple.tuple("marks[9]", "courtesy.test.mark-range"));
    InvalidFields none =
        catchThrowableOfType(
            InvalidFields.class,
            () ->
                Scoring.score(
                    STANDARD, new Scoring.Inputs(Set.of(), List.of(), List.of(), List.of())));
    assertThat(none.problems())
        .extracting(InvalidFields.FieldProblem::field)
        .containsExactly("parts");
  }
}
