// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.surveys.statistics.Satisfaction;

/**
 * How the results page writes the figures: rates as percentages with one decimal ({@code 87.3 %}),
 * margins in percentage points with one decimal ({@code 3.0}), means with two decimals; a dash
 * where there is no figure. The charts read {@link #chart} (a plain number, empty for none).
 */
public final class ResultsFormat {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** {@code fraction} as a percentage, e.g. {@code 87.3 %}; a dash for none. */
  public String percent(@Nullable BigDecimal fraction) {
    return fraction == null ? "—" : points(fraction) + " %";
  }

  /** {@code fraction} in percentage points, one decimal, e.g. {@code 3.0}; a dash for none. */
  public String points(@Nullable BigDecimal fraction) {
    return fraction == null
        ? "—"
        : fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** A mean with two decimals; a dash for none. */
  public String mean(@Nullable BigDecimal mean) {
    return mean == null ? "—" : mean.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The rate a chart draws, in percent: empty when there is none or there are too few answers. */
  public String chart(Satisfaction s) {
    return s.showsRate() ? points(s.satisfactionRate()) : "";
  }

  /** The share of {@code s.n()} answering {@code points}, in percent with one decimal. */
  public String share(Satisfaction s, int points) {
    if (s.n() == 0) {
      return "0.0";
    }
    return BigDecimal.valueOf(s.count(points))
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(s.n()), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
