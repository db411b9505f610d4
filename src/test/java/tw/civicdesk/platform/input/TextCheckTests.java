// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The form-field check: which characters and lengths pass (ADR 0027). */
class TextCheckTests {

  private static TextProblem problemOf(String value, TextKind kind) {
    return TextCheck.problem(value, kind).orElse(null);
  }

  @Test
  void nulIsRefusedInEveryKindOfText() {
    assertThat(problemOf("王\u0000小明", TextKind.TEXT)).isEqualTo(TextProblem.CONTROL_CHARACTER);
    assertThat(problemOf("\u0000", TextKind.LINE)).isEqualTo(TextProblem.CONTROL_CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
  void otherControlCharactersAreRefused(int control) {
    String value = "a" + (char) control + "b";
    assertThat(problemOf(value, TextKind.TEXT)).isEqualTo(TextProblem.CONTROL_CHARACTER);
    assertThat(problemOf(value, TextKind.LINE)).isEqualTo(TextProblem.CONTROL_CHARACTER);
  }

  @Test
  void tabAndLineBreaksPassInFreeTextOnly() {
    String text = "第一行\r\n第二行\t附註\n";
    assertThat(problemOf(text, TextKind.TEXT)).isNull();
    assertThat(problemOf(text, TextKind.LINE)).isEqualTo(TextProblem.LINE_BREAK);
    assertThat(problemOf("a\tb", TextKind.LINE)).isEqualTo(TextProblem.LINE_BREAK);
  }

  @Test
  void loneSurrogatesAreRefusedAndPairsPass() {
    assertThat(problemOf("a\uD800b", TextKind.TEXT)).isEqualTo(TextProblem.LONE_SURROGATE);
    assertThat(problemOf("a\uDC00", TextKind.TEXT)).isEqualTo(TextProblem.LONE_SURROGATE);
    assertThat(problemOf("\uD800", TextKind.LINE)).isEqualTo(TextProblem.LONE_SURROGATE);
    assertThat(problemOf("\uDC00\uD800", TextKind.TEXT)).isEqualTo(TextProblem.LONE_SURROGATE);
    assertThat(problemOf("𠀋🙂👩‍👩‍👧", TextKind.LINE)).isNull();
  }

  @Test
  void bidiOverridesAreRefusedInSingleLinesAndAllowedInFreeText() {
    for (char c :
        new char[] {
          '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'
        }) {
      String value = "invoice" + c + "fdp.exe";
      assertThat(problemOf(value, TextKind.LINE)).isEqualTo(TextProblem.BIDI_CONTROL);
      assertThat(problemOf(value, TextKind.TEXT)).isNull();
    }
  }

  @Test
  void bidiMarksAndJoinersPassEverywhere() {
    String marks = "\u200E\u200F\u061C\u200B\u200C\u200D\uFEFF";
    assertThat(problemOf(marks, TextKind.LINE)).isNull();
    assertThat(problemOf(marks, TextKind.TEXT)).isNull();
  }

  @Test
  void ordinaryTextOfEveryKindPasses() {
    for (String value :
        new String[] {
          "王小明",
          "＜script＞alert(1)＜/script＞",
          "'; drop table x; --",
          "../../etc/passwd",
          "Ａ１２３４５６７８９",
          "citizen@example.invalid",
          "0912-345-678",
          "臺北市中正區重慶南路一段122號",
          "",
          " "
        }) {
      assertThat(problemOf(value, TextKind.LINE)).as(value).isNull();
      assertThat(problemOf(value, TextKind.TEXT)).as(value).isNull();
    }
  }

  @Test
  void theLimitCountsCharactersNotUtf16Units() {
    assertThat(TextCheck.problem("🙂".repeat(10), TextKind.LINE, 10)).isEmpty();
    assertThat(TextCheck.problem("🙂".repeat(11), TextKind.LINE, 10))
        .contains(TextProblem.TOO_LONG);
    assertThat(TextCheck.problem("字".repeat(10), TextKind.TEXT, 10)).isEmpty();
    assertThat(TextCheck.problem("字".repeat(11), TextKind.TEXT, 10)).contains(TextProblem.TOO_LONG);
  }

  @Test
  void theGlobalMaximumIsTwentyThousandCharacters() {
    assertThat(TextCheck.problem("a".repeat(TextCheck.DEFAULT_MAX_LENGTH), TextKind.TEXT))
        .isEmpty();
    assertThat(TextCheck.problem("a".repeat(TextCheck.DEFAULT_MAX_LENGTH + 1), TextKind.TEXT))
        .contains(TextProblem.TOO_LONG);
  }

  @Test
  void aMegabyteIsRefusedWithoutBeingScanned() {
    // A NUL at the very end is never reached: the length alone refuses it.
    String huge = "a".repeat(1 << 20) + "\u0000";
    assertThat(TextCheck.problem(huge, TextKind.TEXT)).contains(TextProblem.TOO_LONG);
  }

  @Test
  void nullPassesForTheDomainToJudge() {
    assertThat(TextCheck.problem(null, TextKind.LINE)).isEmpty();
  }

  @Test
  void everyProblemHasItsOwnMessageKey() {
    assertThat(
            java.util.Arrays.stream(TextProblem.values()).map(TextProblem::messageKey).distinct())
        .hasSize(TextProblem.values().length)
        .allMatch(key -> key.startsWith("input.text."));
  }
}
