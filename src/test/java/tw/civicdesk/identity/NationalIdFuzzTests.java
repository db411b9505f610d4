// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the national-ID parser (QUALITY.md S6, ADR 0027). Invariants: {@code parse} throws nothing
 * but {@link InvalidNationalId}; {@code isValid} agrees with it; what it accepts is canonical
 * (parsing the value again gives the same number), of a known kind, and masks its last four
 * characters.
 */
class NationalIdFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void parsingThrowsOnlyItsOwnErrorAndRoundTrips(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    Throwable thrown = catchThrowable(() -> NationalId.parse(raw));
    assertThat(NationalId.isValid(raw)).isEqualTo(thrown == null);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidNationalId.class);
      return;
    }
    NationalId id = NationalId.parse(raw);
    assertThat(NationalId.parse(id.value())).isEqualTo(id);
    assertThat(id.value()).matches("[A-Z][12A-D89][0-9]{8}");
    assertThat(id.kind()).isNotNull();
    assertThat(id.masked()).isEqualTo(id.value().substring(0, 6) + "****").isEqualTo(id.toString());
  }
}
