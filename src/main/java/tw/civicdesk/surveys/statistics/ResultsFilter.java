// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.SurveyChannel;

/**
 * Which answers the results count: answered from {@code from} to {@code to} (Taiwan dates, both
 * inclusive; open where {@code null}), at one unit, for one service, through one channel (every one
 * where {@code null}).
 */
public record ResultsFilter(
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable Long unitId,
    @Nullable String serviceCode,
    @Nullable SurveyChannel channel) {

  /** Every answer. */
  public static final ResultsFilter ALL = new ResultsFilter(null, null, null, null, null);

  public ResultsFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidFields(List.of(problem("to", "survey-results.error.order")));
    }
  }

  /** Only answers from {@code from} to {@code to}, both inclusive. */
  public static ResultsFilter between(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new ResultsFilter(from, to, null, null, null);
  }

  /** Whether it narrows by unit, service or channel, not only by date. */
  public boolean narrowsOrigin() {
    return unitId != null || serviceCode != null || channel != null;
  }

  /**
   * The filter the raw request values ask for (blank = not filtered): dates {@code yyyy-MM-dd}, a
   * unit id, a service code, a channel name.
   *
   * @throws InvalidFields naming every malformed value ({@code from}, {@code to}, {@code unit},
   *     {@code service}, {@code channel}), or {@code to} before {@code from}
   */
  public static ResultsFilter parse(
      @Nullable String from,
      @Nullable String to,
      @Nullable String unit,
      @Nullable String service,
      @Nullable String channel) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = date("from", from, problems);
    LocalDate last = date("to", to, problems);
    Long unitId = null;
    if (!blank(unit)) {
      try {
        unitId = Long.valueOf(unit.strip());
      } catch (NumberFormatException e) {
        problems.add(problem("unit", "survey-results.error.unit"));
      }
    }
    String serviceCode = blank(service) ? null : service.strip().toUpperCase(Locale.ROOT);
    if (serviceCode != null && !ServiceCode.isValid(serviceCode)) {
      problems.add(problem("service", "survey-results.error.service"));
    }
    SurveyChannel surveyChannel = blank(channel) ? null : channel(channel.strip(), problems);
    if (first != null && last != null && first.isAfter(last)) {
      problems.add(problem("to", "survey-results.error.order"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return new ResultsFilter(first, last, unitId, serviceCode, surveyChannel);
  }

  private static @Nullable LocalDate date(
      String field, @Nullable String raw, List<FieldProblem> problems) {
    if (blank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      problems.add(problem(field, "survey-results.error.date"));
      return null;
    }
  }

  private static @Nullable SurveyChannel channel(String raw, List<FieldProblem> problems) {
    for (SurveyChannel c : SurveyChannel.values()) {
      if (c.name().equalsIgnoreCase(raw)) {
        return c;
      }
    }
    problems.add(problem("channel", "survey-results.error.channel"));
    return null;
  }

  private static boolean blank(@Nullable String raw) {
    return raw == null || raw.isBlank();
  }

  private static FieldProblem problem(String field, String key) {
    return new FieldProblem(field, key, List.of());
  }
}
