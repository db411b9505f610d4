// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;

class CaseNumberTests {

  private final CaseNumber number =
      CaseNumber.of(new AgencyCode("YILAN-JIAOXI"), LocalDate.of(2026, 2, 13), 42);

  @Test
  void aCaseNumberIsReadOutInGroupsOfFourAndFive() {
    assertThat(number.value()).isEqualTo("YILAN-JIAOXI-20260213-00042");
    assertThat(number.grouped()).isEqualTo("YILAN-JIAOXI-2026 0213-00042");
  }

  @Test
  void theGroupedFormAndANumberTypedWithSpacesParseBackToTheNumber() {
    assertThat(CaseNumber.parse(number.grouped())).contains(number);
    assertThat(CaseNumber.parse(" yilan-jiaoxi - 2026\u30000213 - 00042 ")).contains(number);
    assertThat(CaseNumber.parse("YILAN JIAOXI 20260213 00042")).isEmpty();
  }
}
