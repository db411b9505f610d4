// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The free-text answers of a survey and the quality officer's tags on them (V46 {@code
 * survey_answer.text}, {@code survey_text_tag}). Internal. Every filter is a bound parameter; the
 * search is {@code ILIKE … ESCAPE '\'} with the wildcards of the search escaped ({@link
 * CommentFilter#likePattern()}). No query here reads a case number, a kiosk or a unit.
 */
@Repository
class CommentStore {

  /** One stored answer before its question's text is looked up. */
  record Row(
      long responseId,
      String questionId,
      int version,
      LocalDate answeredOn,
      SurveyChannel channel,
      String text,
      List<String> tags) {}

  private final JdbcClient jdbc;

  CommentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The answers of survey {@code surveyId} that {@code filter} gives, newest first. */
  List<Row> page(long surveyId, CommentFilter filter, int limit, int offset) {
    List<Object> params = new ArrayList<>();
    String where = where(surveyId, filter, params);
    params.add(limit);
    params.add(offset);
    return jdbc.sql(
            """
            select a.response_id, a.question_id, r.version, r.answered_on, r.channel, a.text,
                   array(select t.tag from survey_text_tag t
                          where t.response_id = a.response_id and t.question_id = a.question_id
                          order by t.tag) as tags
              from survey_answer a join survey_response r on r.id = a.response_id
            """
                + where
                + " order by r.answered_on desc, a.response_id desc, a.question_id limit ? offset ?")
        .params(params)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("response_id"),
                    rs.getString("question_id"),
                    rs.getInt("version"),
                    rs.getObject("answered_on", LocalDate.class),
                    SurveyChannel.valueOf(rs.getString("channel")),
                    rs.getString("text"),
                    Arrays.asList((String[]) rs.getArray("tags").getArray())))
        .list();
  }

  /** How many answers of survey {@code surveyId} {@code filter} gives. */
  long count(long surveyId, CommentFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(surveyId, filter, params);
    return jdbc.sql(
            "select count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(long surveyId, CommentFilter filter, List<Object> params) {
    StringBuilder where =
        new StringBuilder(" where r.survey_id = ? and a.text is not null and a.text <> ''");
    params.add(surveyId);
    if (filter.likePattern() != null) {
      where.append(" and a.text ilike ? escape '\\'");
      params.add(filter.likePattern());
    }
    if (filter.tag() != null) {
      where.append(
          " and exists (select 1 from survey_text_tag t where t.response_id = a.response_id"
              + " and t.question_id = a.question_id and t.tag = ?)");
      params.add(filter.tag());
    }
    if (filter.from() != null) {
      where.append(" and r.answered_on >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      where.append(" and r.answered_on <= ?");
      params.add(filter.to());
    }
    return where.toString();
  }

  /** Every tag used on the answers of survey {@code surveyId}, alphabetically. */
  List<String> tags(long surveyId) {
    return jdbc.sql(
            """
            select distinct t.tag from survey_text_tag t
              join survey_response r on r.id = t.response_id
             where r.survey_id = ? order by t.tag
            """)
        .param(surveyId)
        .query(String.class)
        .list();
  }

  /** Whether survey {@code surveyId} has a free-text answer to question {@code questionId}. */
  boolean hasText(long surveyId, long responseId, String questionId) {
    return jdbc.sql(
            """
            select exists (select 1 from survey_answer a join survey_response r on r.id = a.response_id
                            where r.survey_id = ? and a.response_id = ? and a.question_id = ?
                              and a.text is not null and a.text <> '')
            """)
        .params(surveyId, responseId, questionId)
        .query(Boolean.class)
        .single();
  }

  /** How many tags the answer carries. */
  int tagCount(long responseId, String questionId) {
    return jdbc.sql(
            "select count(*) from survey_text_tag where response_id = ? and question_id = ?")
        .params(responseId, questionId)
        .query(Integer.class)
        .single();
  }

  /** Tags the answer; false when it already carried the tag. */
  boolean tag(long responseId, String questionId, String tag, String by, Instant at) {
    return jdbc.sql(
                """
                insert into survey_text_tag (response_id, question_id, tag, tagged_by, tagged_at)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """)
            .params(responseId, questionId, tag, by, Timestamp.from(at))
            .update()
        == 1;
  }

  /** Takes the tag off the answer; false when it did not carry it. */
  boolean untag(long responseId, String questionId, String tag) {
    return jdbc.sql(
                "delete from survey_text_tag where response_id = ? and question_id = ? and tag = ?")
            .params(responseId, questionId, tag)
            .update()
        == 1;
  }
}
