// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyPurpose;

/**
 * The standard dimensions' respondents of many agencies' surveys at once, for the comparison with
 * peers and the plans' indicators (V46 tables), counted in PostgreSQL: one row per agency,
 * dimension, scale and alike respondents (the sum and number of their points, their "not
 * applicable" answers), as {@link ResultsStore} counts one survey's. An answer is joined to its
 * question in the version it answered. Only the standard dimensions are read (an agency's own ones
 * have no peer), and never a text, a case number, a unit or a kiosk. Internal.
 */
@Repository
class PeerStore {

  /** Alike respondents of one agency in one standard dimension, on one scale. */
  record Row(
      AgencyCode agency,
      StandardDimension dimension,
      QuestionKind kind,
      Respondent respondent,
      long n) {}

  private static final String SURVEYS =
      " s.agency_code in (:agencies) and s.purpose in (:purposes) ";

  private final JdbcClient jdbc;

  PeerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The respondents of each agency's surveys for {@code purposes} answered from, to (inclusive).
   */
  List<Row> respondents(
      Collection<AgencyCode> agencies,
      Collection<SurveyPurpose> purposes,
      LocalDate from,
      LocalDate to) {
    if (agencies.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            with m as (
              select v.survey_id, v.version, q ->> 'id' as question_id, q ->> 'kind' as kind,
                     upper(q ->> 'dimension') as dimension
                from survey s join survey_version v on v.survey_id = s.id
                cross join lateral jsonb_array_elements(v.content -> 'questions') q
               where"""
                + SURVEYS
                + """
                 and q ->> 'kind' in ('LIKERT5', 'LIKERT4')
                 and upper(q ->> 'dimension') in (:dimensions)),
            per as (
              select r.agency_code, r.id, m.dimension, m.kind,
                     coalesce(sum(a.points), 0) as points, count(a.points) as answered,
                     count(*) filter (where a.not_applicable) as na
                from survey_response r
                join survey_answer a on a.response_id = r.id
                join m on m.survey_id = r.survey_id and m.version = r.version
                      and m.question_id = a.question_id
               where r.answered_on between :from and :to
               group by r.agency_code, r.id, m.dimension, m.kind)
            select agency_code, dimension, kind, points, answered, na, count(*) as n
              from per group by agency_code, dimension, kind, points, answered, na
            """)
        .params(params(agencies, purposes, from, to))
        .query(
            (rs, i) ->
                new Row(
                    new AgencyCode(rs.getString("agency_code")),
                    StandardDimension.valueOf(rs.getString("dimension")),
                    QuestionKind.valueOf(rs.getString("kind")),
                    new Respondent(rs.getLong("points"), rs.getInt("answered"), rs.getInt("na")),
                    rs.getLong("n")))
        .list();
  }

  /** How many responses each agency's surveys for {@code purposes} have from, to (inclusive). */
  Map<AgencyCode, Long> responses(
      Collection<AgencyCode> agencies,
      Collection<SurveyPurpose> purposes,
      LocalDate from,
      LocalDate to) {
    Map<AgencyCode, Long> counts = new HashMap<>();
    if (agencies.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            "select s.agency_code, count(*) as n from survey_response r"
                + " join survey s on s.id = r.survey_id where"
                + SURVEYS
                + " and r.answered_on between :from and :to group by s.agency_code")
        .params(params(agencies, purposes, from, to))
        .query(
            (RowCallbackHandler)
                rs -> counts.put(new AgencyCode(rs.getString("agency_code")), rs.getLong("n")));
    return counts;
  }

  /**
   * The "too few answers" threshold of each agency: the highest of its surveys for {@code purposes}
   * that have answers from, to (inclusive); agencies without such a survey are absent.
   */
  Map<AgencyCode, Integer> thresholds(
      Collection<AgencyCode> agencies,
      Collection<SurveyPurpose> purposes,
      LocalDate from,
      LocalDate to) {
    Map<AgencyCode, Integer> thresholds = new HashMap<>();
    if (agencies.isEmpty()) {
      return thresholds;
    }
    jdbc.sql(
            "select s.agency_code, max(s.too_few_below) as too_few from survey s where"
                + SURVEYS
                + " and exists (select 1 from survey_response r where r.survey_id = s.id"
                + " and r.answered_on between :from and :to) group by s.agency_code")
        .params(params(agencies, purposes, from, to))
        .query(
            (RowCallbackHandler)
                rs ->
                    thresholds.put(
                        new AgencyCode(rs.getString("agency_code")), rs.getInt("too_few")));
    return thresholds;
  }

  private static Map<String, Object> params(
      Collection<AgencyCode> agencies,
      Collection<SurveyPurpose> purposes,
      LocalDate from,
      LocalDate to) {
    return Map.of(
        "agencies", agencies.stream().map(AgencyCode::value).toList(),
        "purposes", purposes.stream().map(SurveyPurpose::name).toList(),
        "dimensions", List.of(StandardDimension.values()).stream().map(Enum::name).toList(),
        "from", from,
        "to", to);
  }
}
