// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.util.Locale;
import java.util.Optional;

/** What the statistics may be grouped by; {@link #TOTAL} is one row for everything asked. */
public enum Dimension {
  TOTAL("''"),
  MONTH("to_char(month, 'YYYY-MM')"),
  KIND("kind"),
  CHANNEL("channel"),
  CATEGORY("category_code"),
  DISTRICT("district");

  private final String expression;

  Dimension(String expression) {
    this.expression = expression;
  }

  /** The SQL expression of the group over the rollup tables; never from user input. */
  String expression() {
    return expression;
  }

  /** The request parameter, e.g. {@code month}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dimension a request names ({@code month}, {@code category} …); empty when none. */
  public static Optional<Dimension> of(String parameter) {
    for (Dimension d : values()) {
      if (d.parameter().equals(parameter)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
