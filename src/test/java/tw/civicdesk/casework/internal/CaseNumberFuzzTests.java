// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Optional;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Fuzzes the case-number parser (QUALITY.md S6, ADR 0027). Inputs in {@code
 * CaseNumberFuzzTestsInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real. Invariants: parsing never
 * throws; what it accepts is canonical (parsing it again gives the same number) and names an
 * agency; every number made by {@code CaseNumber.of} parses back to itself.
 */
class CaseNumberFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void parsingNeverThrowsAndWhatItAcceptsIsCanonical(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    Optional<CaseNumber> parsed = CaseNumber.parse(raw);
    assertThat(parsed.isPresent()).isEqualTo(CaseNumber.isValid(raw));
    parsed.ifPresent(
        number -> {
          assertThat(CaseNumber.parse(number.value())).contains(number);
          assertThat(number.toString()).isEqualTo(number.value());
          assertThat(number.value()).startsWith(number.agency().value() + "-");
        });
  }

  @FuzzTest(maxDuration = "60s")
  void everyNumberMadeParsesBackToItself(FuzzedDataProvider data) {
    String agency = data.consumeString(32);
    if (!AgencyCode.isValid(agency)) {
      return;
    }
    LocalDate day = LocalDate.ofEpochDay(data.consumeLong(0, 2_932_896)); // 1970 … 9999
    long sequence = data.consumeLong(1, Long.MAX_VALUE);
    CaseNumber number = CaseNumber.of(AgencyCode.of(agency), day, sequence);
    assertThat(CaseNumber.parse(number.value())).contains(number);
    assertThat(CaseNumber.parse(" " + number.value().toLowerCase(java.util.Locale.ROOT) + " "))
        .contains(number);
    assertThat(number.agency()).isEqualTo(AgencyCode.of(agency));
  }
}
