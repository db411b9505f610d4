// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A port through which another module computes an indicator of a plan from the work itself, e.g.
 * the catalogue's share of services with an online channel or the figures' on-time completion rate.
 * Any Spring bean implementing it is registered by its {@link #code()}; a practice's indicator
 * names the code in {@code IndicatorTarget.provider}. Adding a provider touches only the module
 * that provides it; {@link ComputedIndicator} makes one from a description and a function.
 *
 * <p>A value that rests on a sample (a satisfaction survey's respondents) says so through {@link
 * #sample}: its size and its margin of error, which the plan's page shows beside the value.
 */
public interface IndicatorProvider {

  /** Stable code, e.g. {@code catalogue.online-share}; lower case, dots and dashes. */
  String code();

  /** The indicator's name, e.g. 線上申辦服務比率. */
  BilingualText name();

  /** The unit of measure, e.g. {@code %}. */
  String measure();

  /** Whether a higher value is better. */
  boolean higherIsBetter();

  /**
   * What the value is computed from, in a sentence a reader of the year's report understands, e.g.
   * 「本所滿意度調查（臨櫃、線上、結案後）之有效問卷」; the report prints it beside the indicator. The default names the
   * provider's code, for a provider that has not described its source yet.
   */
  default BilingualText source() {
    return new BilingualText("系統計算（" + code() + "）", "Computed by the system (" + code() + ")");
  }

  /**
   * The value for {@code agency} over {@code from} to {@code to} (inclusive), or empty when there
   * is nothing to compute it from (e.g. no case closed in the period). A value that describes a
   * state rather than a flow (e.g. SOP coverage) is the state on {@code to}, or today's where no
   * history is kept.
   */
  Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to);

  /**
   * The sample the value for {@code agency} over {@code from} to {@code to} rests on, where it
   * rests on one (e.g. a survey's respondents); empty for a value counted from all the work (the
   * default), and wherever {@link #value} is empty.
   */
  default Optional<Sample> sample(String agency, LocalDate from, LocalDate to) {
    return Optional.empty();
  }

  /**
   * The sample behind a value.
   *
   * @param n how many answered (for a survey, the respondents counted, "not applicable" left out);
   *     at least 1
   * @param marginOfError the 95 % margin of error in the value's own measure: percentage points for
   *     a % indicator (e.g. 4.8 for n = 412 at the conservative 1.96·√(0.25/n)); not negative
   */
  record Sample(long n, BigDecimal marginOfError) {

    public Sample {
      if (n < 1 || marginOfError.signum() < 0) {
        throw new IllegalArgumentException("A sample has n >= 1 and a margin >= 0");
      }
    }
  }
}
