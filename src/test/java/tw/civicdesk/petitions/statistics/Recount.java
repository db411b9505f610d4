// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.petitions.PetitionView;

/**
 * The petition statistics counted the slow way, from the read model's rows and what the test knows
 * that the read model does not (the day each case was received, who filed it), written from the
 * definitions in docs/petitions.md and nothing else.
 */
final class Recount {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /**
   * What the test filed beside the read model: the day received, the petitioner's e-mail, and
   * whether the case was reopened from another (never a repeat: its source is known).
   */
  record Filed(LocalDate receivedOn, @Nullable String email, boolean reopened) {

    Filed(LocalDate receivedOn, @Nullable String email) {
      this(receivedOn, email, false);
    }
  }

  private Recount() {}

  /** The rows {@link PetitionStatistics#rows} should answer, grouped by {@code by}. */
  static List<StatisticsRow> rows(
      List<PetitionView> views, Map<String, Filed> filed, int window, Dimension by) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, List<Integer>> days = new TreeMap<>();
    for (PetitionView v : views) {
      Filed f = filed.get(v.number().value());
      String received = group(v, by, f.receivedOn());
      long[] c = counts.computeIfAbsent(received, g -> new long[8]);
      c[0]++;
      c[1] += f.email() == null ? 0 : 1;
      c[2] += repeat(v, f, views, filed, window) ? 1 : 0;
      if (v.repliedAt() != null) {
        LocalDate replied = LocalDate.ofInstant(v.repliedAt(), TAIPEI);
        int d = (int) ChronoUnit.DAYS.between(f.receivedOn(), replied);
        long[] r = counts.computeIfAbsent(group(v, by, replied), g -> new long[8]);
        r[3]++;
        r[4] += Boolean.TRUE.equals(v.repliedOnTime()) ? 1 : 0;
        r[5] += d;
        r[6] += v.decision() == Decision.NOT_PROCESSED ? 1 : 0;
        days.computeIfAbsent(group(v, by, replied), g -> new ArrayList<>()).add(d);
      }
      if (v.status() == CaseStatus.TRANSFERRED) {
        LocalDate moved = LocalDate.ofInstant(v.updatedAt(), TAIPEI);
        counts.computeIfAbsent(group(v, by, moved), g -> new long[8])[7]++;
      }
    }
    List<StatisticsRow> rows = new ArrayList<>();
    counts.forEach(
        (g, c) ->
            rows.add(
                new StatisticsRow(
                    g, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], p90(days.get(g)))));
    return rows;
  }

  /**
   * An earlier case of the same petitioner (the e-mail in any case), agency and category received
   * within the window before this one.
   */
  private static boolean repeat(
      PetitionView v, Filed f, List<PetitionView> views, Map<String, Filed> filed, int window) {
    if (f.email() == null || f.reopened()) {
      return false;
    }
    return views.stream()
        .filter(o -> o.number().value().compareTo(v.number().value()) < 0)
        .filter(o -> o.category().equals(v.category()) && o.agency().equals(v.agency()))
        .map(o -> filed.get(o.number().value()))
        .anyMatch(
            o ->
                f.email().equalsIgnoreCase(o.email())
                    && !o.receivedOn().isAfter(f.receivedOn())
                    && !o.receivedOn().isBefore(f.receivedOn().minusDays(window)));
  }

  private static String group(PetitionView v, Dimension by, LocalDate day) {
    Function<PetitionView, String> of =
        switch (by) {
          case TOTAL -> x -> "";
          case MONTH -> x -> day.toString().substring(0, 7);
          case KIND -> x -> x.kind().name();
          case CHANNEL -> x -> x.channel().name();
          case CATEGORY -> PetitionView::category;
          case DISTRICT -> x -> x.place().district() == null ? "" : x.place().district();
        };
    return of.apply(v);
  }

  private static @Nullable Integer p90(@Nullable List<Integer> days) {
    if (days == null || days.isEmpty()) {
      return null;
    }
    List<Integer> sorted = days.stream().sorted().toList();
    return sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
  }
}
