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
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyCode;

/**
 * The answers of a survey counted in PostgreSQL (V46 tables), month by month: responses, and the
 * Likert answers of responses alike in month, version and answers counted together, read in one
 * pass over the survey's answers (one index range per response). An answer is then joined to its
 * question by the question's id <em>in the version it answered</em>, so that its scale and
 * dimension are the ones it was asked with. Internal.
 */
@Repository
class ResultsStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String MONTH = "cast(date_trunc('month', r.answered_on) as date)";

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

  /**
   * The Likert answers the filter selects, as responses alike in month, version and answers counted
   * together: one row per such group, its answers as {@code question=points} pairs ({@code 0} for
   * "not applicable") in question order. Only Likert answers hold points or "not applicable", so no
   * questionnaire is read here; {@link #tally} applies each version's.
   */
  List<Answered> answered(long survey, ResultsFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String sql =
        "select month, version, answers, count(*) as n from (select r.id, r.version, "
            + MONTH
            + """
             as month,
                   string_agg(a.question_id || '=' || coalesce(a.points, 0), ' '
                              order by a.question_id) as answers
              from survey_response r
              join survey_answer a on a.response_id = r.id
             where (a.points is not null or a.not_applicable) and\s"""
            + where(survey, filter, params)
            + " group by r.id) s group by month, version, answers";
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, i) ->
                new Answered(
                    month(rs), rs.getInt("version"), rs.getString("answers"), rs.getLong("n")))
        .list();
  }

  /** Responses alike in month, version and Likert answers ({@code question=points …}). */
  record Answered(YearMonth month, int version, String answers, long n) {}

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
