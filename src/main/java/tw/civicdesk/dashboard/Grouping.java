// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.util.Locale;
import java.util.Optional;
import tw.civicdesk.figures.Dimension;

/** How the dashboard groups the figures: one row per month, per unit, or per agency below. */
public enum Grouping {
  /** One row per month of the period. */
  MONTH(Dimension.MONTH),
  /** One row per unit of the agency. */
  UNIT(Dimension.UNIT),
  /** One row per agency — the agency and each agency below it, side by side. */
  AGENCY(Dimension.AGENCY);

  private final Dimension dimension;

  Grouping(Dimension dimension) {
    this.dimension = dimension;
  }

  /** The figures dimension this grouping asks for. */
  public Dimension dimension() {
    return dimension;
  }

  /** Whether the figures include the agencies below the chosen one. */
  public boolean belowToo() {
    return this == AGENCY;
  }

  /** The parameter value, as in {@code by=month}. */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The grouping named by a parameter value, if any. */
  public static Optional<Grouping> ofParameter(String raw) {
    for (Grouping g : values()) {
      if (g.parameter().equals(raw.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
