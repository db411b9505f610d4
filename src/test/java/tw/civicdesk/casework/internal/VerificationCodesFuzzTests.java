// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Locale;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Fuzzes the verification-code check (QUALITY.md S6, ADR 0027) under fuzzed secrets, case numbers
 * and typed codes. Invariants: the check never throws for any text; a valid code always matches,
 * also in lower case and with spaces; a code that matches is, once spaces are removed and letters
 * upper-cased, the valid code itself.
 */
class VerificationCodesFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void aValidCodeAlwaysMatchesAndNothingElseDoes(FuzzedDataProvider data) {
    byte[] secret = data.consumeBytes(32);
    if (secret.length == 0) {
      return;
    }
    CaseNumber number =
        CaseNumber.of(
            AgencyCode.of("FUZZ-AGENCY"),
            LocalDate.ofEpochDay(data.consumeLong(0, 2_932_896)),
            data.consumeLong(1, 999_999));
    String typed = data.consumeRemainingAsString();
    String code = VerificationCodes.codeFor(secret, number);

    assertThat(code)
        .hasSize(VerificationCodes.LENGTH)
        .matches("[" + VerificationCodes.ALPHABET + "]+");
    assertThat(VerificationCodes.matches(secret, number, code)).isTrue();
    assertThat(VerificationCodes.matches(secret, number, code.toLowerCase(Locale.ROOT))).isTrue();
    assertThat(
            VerificationCodes.matches(
                secret, number, " " + code.substring(0, 4) + " " + code.substring(4) + " "))
        .isTrue();
    if (VerificationCodes.matches(secret, number, typed)) {
      assertThat(typed.replace(" ", "").toUpperCase(Locale.ROOT)).isEqualTo(code);
    }
  }
}
