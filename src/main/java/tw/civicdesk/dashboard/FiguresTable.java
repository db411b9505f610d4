// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresRow;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The figures as the dashboard shows them: the query as scoped for the viewer and one line per
 * group, each with the group's name in both languages.
 *
 * @param asOf the day open and overdue cases are counted for
 */
public record FiguresTable(
    FiguresQuery query, Grouping grouping, LocalDate asOf, List<Line> lines) {

  public FiguresTable {
    lines = List.copyOf(lines);
  }

  /** One group: its name and its figures. */
  public record Line(BilingualText label, FiguresRow figures) {

    /** The on-time rate in percent with one decimal, {@code null} when nothing was decided. */
    public @Nullable Double onTimePercent() {
      Double rate = figures.onTimeRate();
      return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    /** The average working days to decide with one decimal, {@code null} when none. */
    public @Nullable Double averageWorkingDays() {
      Double average = figures.averageWorkingDays();
      return average == null ? null : Math.round(average * 10) / 10.0;
    }
  }
}
