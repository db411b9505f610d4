// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the form-field check (ADR 0027). Invariants: it never throws; a single line that passes
 * also passes as free text; whatever passes survives UTF-8 unchanged (no lone surrogate), holds no
 * control character but tab and line breaks in free text, and is within the limit.
 */
class TextCheckFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void whatPassesIsStorableTextWithinTheLimit(FuzzedDataProvider data) {
    int max = data.consumeInt(0, 64);
    String value = data.consumeRemainingAsString();
    boolean line = TextCheck.accepts(value, TextKind.LINE, max);
    boolean text = TextCheck.accepts(value, TextKind.TEXT, max);
    if (line) {
      assertThat(text).isTrue();
    }
    if (!text) {
      return;
    }
    assertThat(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo(value);
    assertThat(value.codePointCount(0, value.length())).isLessThanOrEqualTo(max);
    value
        .chars()
        .forEach(
            c ->
                assertThat(
                        Character.getType(c) != Character.CONTROL
                            || c == '\t'
                            || c == '\n'
                            || c == '\r')
                    .isTrue());
    if (line) {
      assertThat(value).doesNotContain("\n", "\r", "\t", "\u202E", "\u2066");
    }
  }
}
