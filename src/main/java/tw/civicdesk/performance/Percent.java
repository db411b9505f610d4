// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The percentages of the plans' indicators: one decimal, rounded half up. */
public final class Percent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /**
   * {@code part} ÷ {@code whole} in per cent, rounded half up to one decimal (2 of 3 is 66.7);
   * empty when {@code whole} is 0, as there is nothing to divide by.
   */
  public static Optional<BigDecimal> of(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }
}
