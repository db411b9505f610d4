// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTests {

  @Test
  void aChineseTextOfSeventyCharactersIsOneMessageAndOneMoreMakesTwoPartsOfSixtySeven() {
    assertThat(SmsText.segments("案".repeat(70))).isEqualTo(1);
    assertThat(SmsText.segments("案".repeat(71))).isEqualTo(2);
    assertThat(SmsText.segments("案".repeat(134))).isEqualTo(2);
    assertThat(SmsText.segments("案".repeat(135))).isEqualTo(3);
  }

  @Test
  void oneChineseCharacterMakesAnOtherwiseLatinTextUcs2() {
    String latin = "a".repeat(100);
    assertThat(SmsText.segments(latin)).isEqualTo(1);
    assertThat(SmsText.segments(latin + "案")).isEqualTo(2);
  }

  @Test
  void aGsmTextFitsOneHundredSixtyCharactersAndThenPartsOfOneHundredFiftyThree() {
    assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
    assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
    assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
    assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
  }

  @Test
  void gsmExtensionCharactersCountTwice() {
    assertThat(SmsText.segments("{".repeat(80))).isEqualTo(1);
    assertThat(SmsText.segments("{".repeat(81))).isEqualTo(2);
  }

  @Test
  void aCharacterOutsideTheBasicPlaneTakesTwoUcs2Units() {
    assertThat(SmsText.segments("😀".repeat(35))).isEqualTo(1);
    assertThat(SmsText.segments("😀".repeat(36))).isEqualTo(2);
  }

  @Test
  void anEmptyTextIsOneMessage() {
    assertThat(SmsText.segments("")).isEqualTo(1);
  }
}
