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
 * that provides it.
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
   * The value for {@code agency} over {@code from} to {@code to} (inclusive), or empty when there
   * is nothing to compute it from (e.g. no case closed in the period). A value that describes a
   * state rather than a flow (e.g. SOP coverage) is the state on {@code to}, or today's where no
   * history is kept.
   */
  Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to);
}
