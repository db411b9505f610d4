// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import tw.civicdesk.platform.error.InvalidInputException;

/** A figures request that cannot be answered as asked (422), tied to the parameter at fault. */
public class FiguresQueryRejected extends InvalidInputException {

  /** The period ends before it starts. */
  public static final String PERIOD_REVERSED = "figures.query.period-reversed";

  /** The period is longer than {@link FiguresQuery#MAX_MONTHS}. */
  public static final String PERIOD_TOO_LONG = "figures.query.period-too-long";

  /** A month is not written yyyy-MM. */
  public static final String MONTH_MALFORMED = "figures.query.month-malformed";

  /** A unit is not a number. */
  public static final String UNIT_MALFORMED = "figures.query.unit-malformed";

  /** A grouping is not one of the dimensions. */
  public static final String DIMENSION_UNKNOWN = "figures.query.dimension-unknown";

  public FiguresQueryRejected(String messageKey, String parameter, Object... arguments) {
    super(messageKey, arguments);
    onField(parameter);
  }
}
