// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.ClosureGround;
import tw.civicdesk.petitions.PetitionReplies;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.statistics.Dimension;
import tw.civicdesk.petitions.statistics.PetitionStatistics;
import tw.civicdesk.petitions.statistics.StatisticsQuery;
import tw.civicdesk.petitions.statistics.StatisticsRow;

/** The statistics as the page and the CSV show them: each group with its name in a language. */
@Component
class StatisticsTables {

  /** The tables of the page, in order. */
  static final List<Dimension> TABLES =
      List.of(
          Dimension.MONTH,
          Dimension.KIND,
          Dimension.CHANNEL,
          Dimension.CATEGORY,
          Dimension.DISTRICT);

  private final PetitionStatistics statistics;
  private final PetitionRules rules;
  private final MessageSource messages;
  private final PetitionReplies replies;

  StatisticsTables(
      PetitionStatistics statistics,
      PetitionRules rules,
      MessageSource messages,
      PetitionReplies replies) {
    this.statistics = statistics;
    this.rules = rules;
    this.messages = messages;
    this.replies = replies;
  }

  /** The closures without processing replied in the months of {@code query}, by ground. */
  Map<ClosureGround, Integer> closures(StatisticsQuery query) {
    return replies.closures(query.agency(), query.from().atDay(1), query.to().atEndOfMonth());
  }

  /** One group of a table, named. */
  record Line(String label, StatisticsRow row) {}

  /** One table: its grouping and its lines. */
  record Table(Dimension by, List<Line> lines) {}

  /** The lines of {@code query}, grouped as it asks, each named in {@code locale}. */
  Table table(StatisticsQuery query, Locale locale) {
    Map<String, String> categories = new HashMap<>();
    if (query.by() == Dimension.CATEGORY) {
      rules
          .allCategories(query.agency())
          .forEach(c -> categories.put(c.code(), c.name().in(locale)));
    }
    List<Line> lines = new ArrayList<>();
    for (StatisticsRow row : statistics.rows(query)) {
      lines.add(new Line(label(query.by(), row.group(), categories, locale), row));
    }
    return new Table(query.by(), lines);
  }

  /** Every table of the page for the months and kind of {@code query}. */
  List<Table> tables(StatisticsQuery query, Locale locale) {
    return TABLES.stream().map(d -> table(query.by(d), locale)).toList();
  }

  private String label(Dimension by, String group, Map<String, String> categories, Locale locale) {
    return switch (by) {
      case KIND -> messages.getMessage("petitions.kind." + group, null, group, locale);
      case CHANNEL -> messages.getMessage("catalogue.channel." + group, null, group, locale);
      case CATEGORY -> categories.getOrDefault(group, group);
      case DISTRICT ->
          group.isEmpty()
              ? messages.getMessage("petition-admin.statistics.no-district", null, locale)
              : group;
      case TOTAL -> messages.getMessage("petition-admin.statistics.total", null, locale);
      case MONTH -> group;
    };
  }

  /** The agency's statistics asked for, for the CSV file name. */
  static String fileName(StatisticsQuery q) {
    AgencyCode agency = q.agency();
    return "petitions-"
        + agency.value().toLowerCase(Locale.ROOT)
        + "-"
        + q.from()
        + "-"
        + q.to()
        + "-by-"
        + q.by().parameter()
        + ".csv";
  }
}
