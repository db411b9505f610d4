// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The actual values of a plan's indicators, as the indicators room computes them, offered to the
 * plans' JSON API without the plans depending on that room (the indicators room implements it).
 */
@NamedInterface("api")
public interface IndicatorActuals {

  /**
   * Each indicator of {@code plan}, by its id ({@link Practice.IndicatorTarget#id()}), as it
   * stands: a computed indicator's actual for the plan's year so far, a hand-entered one's last
   * reported value.
   */
  Map<String, Actual> of(Plan plan);

  /**
   * One indicator's standing.
   *
   * @param provider the code of the registered provider that computes it; {@code null} when it is
   *     entered by hand (also when the code it names is not registered)
   * @param actual its actual, {@code null} while there is none
   * @param met whether the actual reaches the target; {@code null} without a target or an actual
   */
  record Actual(@Nullable String provider, @Nullable BigDecimal actual, @Nullable Boolean met) {}
}
