// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyPurpose;

/**
 * The standard dimensions' figures of agencies, each agency's surveys for some purposes pooled as
 * respondents (ADR 0047): every response with an answer other than "not applicable" among a
 * dimension's questions is one respondent of that dimension in its agency, whichever survey and
 * version it answered, judged satisfied on its own scale ({@link SatisfactionCalculator}).
 *
 * <p>Pooling 4- and 5-point scales: a 4-point respondent counts as a 5-point one with each answer
 * one point higher, which keeps whether it is satisfied exactly (3 and 4 of 4 become 4 and 5 of 5);
 * where a dimension's respondents mix the scales their pooled mean means nothing and is {@code
 * null}. Below the agency's threshold (the highest of its surveys answered in the span; {@value
 * #DEFAULT_TOO_FEW_BELOW} for an agency with none) a figure is "too few".
 */
@Component
class PeerFigures {

  /** The threshold of an agency whose surveys have no answer in the span. */
  static final int DEFAULT_TOO_FEW_BELOW = 30;

  private final PeerStore store;

  PeerFigures(PeerStore store) {
    this.store = store;
  }

  /** The figures of {@code agencies}' surveys for {@code purposes} answered from, to. */
  @Transactional(readOnly = true)
  Map<AgencyCode, PeerComparison.AgencyFigures> of(
      Collection<AgencyCode> agencies, Set<SurveyPurpose> purposes, LocalDate from, LocalDate to) {
    Map<AgencyCode, Integer> thresholds = store.thresholds(agencies, purposes, from, to);
    Map<AgencyCode, Long> responses = store.responses(agencies, purposes, from, to);
    Map<AgencyCode, Map<StandardDimension, Pool>> pools = new HashMap<>();
    for (PeerStore.Row row : store.respondents(agencies, purposes, from, to)) {
      pools
          .computeIfAbsent(row.agency(), a -> new EnumMap<>(StandardDimension.class))
          .computeIfAbsent(row.dimension(), d -> new Pool())
          .add(row);
    }
    Map<AgencyCode, PeerComparison.AgencyFigures> figures = new LinkedHashMap<>();
    for (AgencyCode agency : agencies) {
      int tooFew = thresholds.getOrDefault(agency, DEFAULT_TOO_FEW_BELOW);
      Map<StandardDimension, Pool> byDimension = pools.getOrDefault(agency, Map.of());
      Map<StandardDimension, Satisfaction> dimensions = new EnumMap<>(StandardDimension.class);
      for (StandardDimension d : StandardDimension.values()) {
        dimensions.put(d, byDimension.getOrDefault(d, new Pool()).figures(tooFew));
      }
      figures.put(
          agency,
          new PeerComparison.AgencyFigures(responses.getOrDefault(agency, 0L), tooFew, dimensions));
    }
    return figures;
  }

  /**
   * The figures of one dimension of {@code agency}'s surveys for {@code purposes} answered from,
   * to, without a threshold (never "too few"): what the plans' indicators rest on.
   */
  @Transactional(readOnly = true)
  Satisfaction dimension(
      AgencyCode agency,
      Set<SurveyPurpose> purposes,
      StandardDimension dimension,
      LocalDate from,
      LocalDate to) {
    Pool pool = new Pool();
    store.respondents(Set.of(agency), purposes, from, to).stream()
        .filter(r -> r.dimension() == dimension)
        .forEach(pool::add);
    return pool.figures(0);
  }

  /** The respondents of one dimension, by the scale they were asked on. */
  private static final class Pool {
    private final Map<QuestionKind, Map<Respondent, Long>> byKind =
        new EnumMap<>(QuestionKind.class);

    void add(PeerStore.Row row) {
      byKind
          .computeIfAbsent(row.kind(), k -> new HashMap<>())
          .merge(row.respondent(), row.n(), Long::sum);
    }

    Satisfaction figures(int tooFewBelow) {
      if (byKind.size() == 1) {
        Map.Entry<QuestionKind, Map<Respondent, Long>> only = byKind.entrySet().iterator().next();
        return SatisfactionCalculator.dimension(only.getKey(), only.getValue(), tooFewBelow);
      }
      Map<Respondent, Long> pooled =
          new HashMap<>(byKind.getOrDefault(QuestionKind.LIKERT5, Map.of()));
      byKind
          .getOrDefault(QuestionKind.LIKERT4, Map.of())
          .forEach(
              (r, n) ->
                  pooled.merge(
                      new Respondent(r.points() + r.answered(), r.answered(), r.notApplicable()),
                      n,
                      Long::sum));
      Satisfaction s = SatisfactionCalculator.dimension(QuestionKind.LIKERT5, pooled, tooFewBelow);
      if (byKind.size() < 2) {
        return s;
      }
      return new Satisfaction(
          s.n(),
          s.distribution(),
          s.notApplicable(),
          s.satisfactionRate(),
          null,
          s.marginOfError(),
          s.marginOfErrorObserved(),
          s.tooFew());
    }
  }
}
