// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.civicdesk.performance.IndicatorProvider.Sample;
import tw.civicdesk.platform.i18n.BilingualText;

/** The door's helpers for providers: percentages by hand, and a provider made of a function. */
class ComputedIndicatorTests {

  @Test
  void aPercentIsRoundedHalfUpToOneDecimalAndNothingOverNothingIsEmpty() {
    assertThat(Percent.of(2, 3)).contains(new BigDecimal("66.7"));
    assertThat(Percent.of(1, 16)).contains(new BigDecimal("6.3")); // 6.25 rounds up
    assertThat(Percent.of(1, 3)).contains(new BigDecimal("33.3"));
    assertThat(Percent.of(5, 5)).contains(new BigDecimal("100.0"));
    assertThat(Percent.of(0, 7)).contains(new BigDecimal("0.0"));
    assertThat(Percent.of(0, 0)).isEmpty();
  }

  @Test
  void aComputedIndicatorAnswersWithItsFunctionAndHasNoSampleUnlessGivenOne() {
    ComputedIndicator plain =
        new ComputedIndicator(
            "test.span",
            new BilingualText("天數", "Days"),
            "天",
            true,
            (agency, from, to) ->
                Optional.of(BigDecimal.valueOf(to.toEpochDay() - from.toEpochDay() + 1)));
    LocalDate from = LocalDate.parse("2026-01-01");
    LocalDate to = LocalDate.parse("2026-01-31");

    assertThat(plain.value("AG", from, to)).contains(BigDecimal.valueOf(31));
    assertThat(plain.sample("AG", from, to)).isEmpty();

    ComputedIndicator sampled =
        new ComputedIndicator(
            "test.sampled",
            new BilingualText("滿意度", "Satisfaction"),
            "%",
            true,
            (agency, f, t) -> Optional.of(BigDecimal.ONE),
            (agency, f, t) ->
                agency.equals("AG")
                    ? Optional.of(new Sample(412, new BigDecimal("4.8")))
                    : Optional.empty());
    assertThat(sampled.sample("AG", from, to)).contains(new Sample(412, new BigDecimal("4.8")));
    assertThat(sampled.sample("OTHER", from, to)).isEmpty();
  }

  @Test
  void aSampleHasAtLeastOneAnswerAndNoNegativeMargin() {
    assertThatThrownBy(() -> new Sample(0, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sample(5, new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
