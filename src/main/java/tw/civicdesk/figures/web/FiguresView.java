// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresRow;
import tw.civicdesk.platform.api.TextView;

/**
 * The figures API's answer: the query as understood and one row per group. No personal data.
 *
 * @param asOf the day "open" and "overdue" are counted for
 */
record FiguresView(
    String agency,
    boolean descendants,
    @Nullable Long unit,
    String from,
    String to,
    List<String> by,
    LocalDate asOf,
    List<Row> rows) {

  /** One group; a group field is {@code null} when not grouped by it. */
  record Row(
      @Nullable String agency,
      @Nullable Long unitId,
      @Nullable TextView unitName,
      @Nullable String service,
      @Nullable String channel,
      @Nullable String kind,
      @Nullable String month,
      long received,
      long decided,
      long decidedOnTime,
      @Nullable Double onTimeRate,
      long decidedExtended,
      long closed,
      long extended,
      long transferred,
      long withdrawn,
      long merged,
      @Nullable Double averageWorkingDays,
      @Nullable Integer p90WorkingDays,
      long open,
      long overdue,
      long followUps,
      long followUpsAnswered) {

    static Row of(FiguresRow r, Map<Long, TextView> unitNames) {
      return new Row(
          r.agency() == null ? null : r.agency().value(),
          r.unitId(),
          r.unitId() == null ? null : unitNames.get(r.unitId()),
          r.service() == null ? null : r.service().value(),
          r.channel() == null ? null : r.channel().name(),
          r.kind() == null ? null : r.kind().name(),
          r.month() == null ? null : r.month().toString(),
          r.received(),
          r.decided(),
          r.decidedOnTime(),
          r.onTimeRate(),
          r.decidedExtended(),
          r.closed(),
          r.extended(),
          r.transferred(),
          r.withdrawn(),
          r.merged(),
          r.averageWorkingDays(),
          r.p90WorkingDays(),
          r.open(),
          r.overdue(),
          r.followUps(),
          r.followUpsAnswered());
    }
  }

  static FiguresView of(
      FiguresQuery q, LocalDate asOf, List<FiguresRow> rows, Map<Long, TextView> unitNames) {
    return new FiguresView(
        q.agency().value(),
        q.withDescendants(),
        q.unitId(),
        q.from().toString(),
        q.to().toString(),
        q.by().stream().sorted().map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList(),
        asOf,
        rows.stream().map(r -> Row.of(r, unitNames)).toList());
  }
}
