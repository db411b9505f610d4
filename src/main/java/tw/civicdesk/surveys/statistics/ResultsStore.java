// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.OwnDimension;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyCode;

/**
 * The answers of a survey counted in PostgreSQL (V46 tables), month by month, so that a year of
 * answers comes back as a few hundred rows: Likert answers by question, scale and points; each
 * dimension's respondents by the sum and number of their points; responses. An answer is joined to
 * its question by the question's id <em>in the version it answered</em>, so that its scale and
 * dimension are the ones it was asked with. Internal.
 */
@Repository
class ResultsStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The Likert questions of every version of the survey: (version, id, kind, dimension). */
  private static final String LIKERT =
      """
      with m as (
        select v.version, q ->> 'id' as question_id, q ->> 'kind' as kind,
               q ->> 'dimension' as dimension
          from survey_version v cross join lateral jsonb_array_elements(v.content -> 'questions') q
         where v.survey_id = :survey and q ->> 'kind' in ('LIKERT5', 'LIKERT4'))
      """;

  private static final String MONTH = "cast(date_trunc('month', r.answered_on) as date)";

  /** Likert answers of one question and scale in one month: a point or "not applicable". */
  record AnswerCount(
      YearMonth month, String questionId, QuestionKind kind, int points, boolean na, long n) {}

  /** Respondents alike in one dimension and month: same points, answered and N/A counts. */
  record RespondentCount(
      YearMonth month, String dimension, QuestionKind kind, Respondent respondent, long n) {}

  private final JdbcClient jdbc;

  ResultsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The survey's id. */
  Optional<Long> id(SurveyCode code) {
    return jdbc.sql("select id from survey where code = ?")
        .param(code.value())
        .query(Long.class)
        .optional();
  }

  /** Every version's questionnaire, by version. */
  Map<Integer, Questionnaire> versions(long survey) {
    Map<Integer, Questionnaire> versions = new TreeMap<>();
    jdbc.sql(
            """
            select version, title_zh, title_en, content::text as content
              from survey_version where survey_id = ? order by version
            """)
        .param(survey)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> versions.put(rs.getInt("version"), questionnaire(rs)));
    return versions;
  }

  /** The responses the filter selects, by month. */
  Map<YearMonth, Long> responses(long survey, ResultsFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String sql =
        "select "
            + MONTH
            + " as month, count(*) as n from survey_response r where "
            + where(survey, filter, params)
            + " group by 1";
    Map<YearMonth, Long> months = new TreeMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> months.put(month(rs), rs.getLong("n")));
    return months;
  }

  /** The Likert answers the filter selects, by month, question, scale and points. */
  List<AnswerCount> answers(long survey, ResultsFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String sql =
        LIKERT
            + "select "
            + MONTH
            + """
             as month, a.question_id, m.kind, coalesce(a.points, 0) as points,
                   a.not_applicable, count(*) as n
              from survey_response r
              join survey_answer a on a.response_id = r.id
              join m on m.version = r.version and m.question_id = a.question_id
             where (a.points is not null or a.not_applicable) and\s"""
            + where(survey, filter, params)
            + " group by 1, 2, 3, 4, 5";
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                new AnswerCount(
                    month(rs),
                    rs.getString("question_id"),
                    QuestionKind.valueOf(rs.getString("kind")),
                    rs.getInt("points"),
                    rs.getBoolean("not_applicable"),
                    rs.getLong("n")))
        .list();
  }

  /**
   * The respondents of each dimension the filter selects, alike ones counted together: one per
   * response, dimension and scale, holding the sum and number of its points and its "not
   * applicable" answers there.
   */
  List<RespondentCount> respondents(long survey, ResultsFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String sql =
        LIKERT
            + ", per as (select r.id, "
            + MONTH
            + """
             as month, m.dimension, m.kind,
                   coalesce(sum(a.points), 0) as points, count(a.points) as answered,
                   count(*) filter (where a.not_applicable) as na
              from survey_response r
              join survey_answer a on a.response_id = r.id
              join m on m.version = r.version and m.question_id = a.question_id
             where\s"""
            + where(survey, filter, params)
            + """
             group by r.id, 2, m.dimension, m.kind)
            select month, dimension, kind, points, answered, na, count(*) as n
              from per group by month, dimension, kind, points, answered, na
            """;
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                new RespondentCount(
                    month(rs),
                    rs.getString("dimension"),
                    QuestionKind.valueOf(rs.getString("kind")),
                    new Respondent(rs.getLong("points"), rs.getInt("answered"), rs.getInt("na")),
                    rs.getLong("n")))
        .list();
  }

  /** The services the survey's answers name, by code. */
  List<String> services(long survey) {
    return jdbc.sql(
            """
            select distinct service_code from survey_response
             where survey_id = ? and service_code is not null order by 1
            """)
        .param(survey)
        .query(String.class)
        .list();
  }

  private static String where(long survey, ResultsFilter f, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder("r.survey_id = :survey");
    params.put("survey", survey);
    if (f.from() != null) {
      sql.append(" and r.answered_on >= :from");
      params.put("from", f.from());
    }
    if (f.to() != null) {
      sql.append(" and r.answered_on <= :to");
      params.put("to", f.to());
    }
    if (f.unitId() != null) {
      sql.append(" and r.unit_id = :unit");
      params.put("unit", f.unitId());
    }
    if (f.serviceCode() != null) {
      sql.append(" and r.service_code = :service");
      params.put("service", f.serviceCode());
    }
    if (f.channel() != null) {
      sql.append(" and r.channel = :channel");
      params.put("channel", f.channel().name());
    }
    return sql.toString();
  }

  private static YearMonth month(ResultSet rs) throws SQLException {
    return YearMonth.from(rs.getObject("month", LocalDate.class));
  }

  /** The JSON of a version, as the surveys module stores it. */
  record Content(List<Question> questions, List<OwnDimension> ownDimensions) {}

  private static Questionnaire questionnaire(ResultSet rs) throws SQLException {
    Content content = JSON.readValue(rs.getString("content"), Content.class);
    return new Questionnaire(
        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
        null,
        content.questions(),
        content.ownDimensions());
  }
}
