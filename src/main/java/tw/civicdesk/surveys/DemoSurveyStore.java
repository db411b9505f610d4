// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the demo's answers in a few statements (V46 tables): a year of answers is thousands of
 * rows, so each survey's responses go in as one {@code INSERT … SELECT FROM unnest(…)} with ids
 * drawn from the table's own sequence beforehand, and their answers as one more. Internal; the demo
 * profile only.
 */
@Repository
@Profile("demo")
class DemoSurveyStore {

  /** One answered questionnaire of the demo, with what it is tied to. */
  record Response(
      SurveyChannel channel,
      LocalDate on,
      SurveyStore.Origin origin,
      Map<String, AnswerValue> answers) {}

  /** A survey's id and current version. */
  record Target(long id, int version, String agency) {}

  private final JdbcClient jdbc;

  DemoSurveyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Target target(SurveyCode code) {
    return jdbc.sql("select id, current_version, agency_code from survey where code = ?")
        .param(code.value())
        .query((rs, n) -> new Target(rs.getLong(1), rs.getInt(2), rs.getString(3)))
        .single();
  }

  /** Stores {@code responses} of {@code survey} with their answers; the ids given them. */
  List<Long> insert(Target survey, List<Response> responses) {
    if (responses.isEmpty()) {
      return List.of();
    }
    List<Long> ids =
        jdbc.sql(
                "select nextval(pg_get_serial_sequence('survey_response', 'id'))"
                    + " from generate_series(1, ?)")
            .param(responses.size())
            .query(Long.class)
            .list();
    insertResponses(survey, ids, responses);
    insertAnswers(ids, responses);
    return ids;
  }

  private void insertResponses(Target survey, List<Long> ids, List<Response> responses) {
    int n = responses.size();
    String[] channels = new String[n];
    java.sql.Date[] days = new java.sql.Date[n];
    Long[] units = new Long[n];
    String[] services = new String[n];
    String[] kases = new String[n];
    Long[] kiosks = new Long[n];
    for (int i = 0; i < n; i++) {
      Response r = responses.get(i);
      channels[i] = r.channel().name();
      days[i] = java.sql.Date.valueOf(r.on());
      units[i] = r.origin().unitId();
      services[i] = r.origin().serviceCode();
      kases[i] = r.origin().caseNumber();
      kiosks[i] = r.origin().kioskId();
    }
    jdbc.sql(
            """
            insert into survey_response (id, survey_id, version, agency_code, channel, answered_on,
                                         unit_id, service_code, case_number, kiosk_id)
            overriding system value
            select t.id, ?, ?, ?, t.channel, t.day, t.unit, t.service, t.kase, t.kiosk
              from unnest(?::bigint[], ?::text[], ?::date[], ?::bigint[], ?::text[], ?::text[],
                          ?::bigint[]) as t(id, channel, day, unit, service, kase, kiosk)
            """)
        .params(
            survey.id(),
            survey.version(),
            survey.agency(),
            new SqlArray("int8", ids.toArray()),
            new SqlArray("text", channels),
            new SqlArray("date", days),
            new SqlArray("int8", units),
            new SqlArray("text", services),
            new SqlArray("text", kases),
            new SqlArray("int8", kiosks))
        .update();
  }

  private void insertAnswers(List<Long> ids, List<Response> responses) {
    List<Long> owners = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    List<@Nullable Integer> points = new ArrayList<>();
    List<Boolean> notApplicable = new ArrayList<>();
    List<@Nullable BigDecimal> numbers = new ArrayList<>();
    List<@Nullable String> choices = new ArrayList<>();
    List<@Nullable String> texts = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      for (Map.Entry<String, AnswerValue> e : responses.get(i).answers().entrySet()) {
        AnswerValue a = e.getValue();
        owners.add(ids.get(i));
        questions.add(e.getKey());
        points.add(a.points());
        notApplicable.add(a.notApplicable());
        numbers.add(a.number());
        choices.add(a.choices().isEmpty() ? null : String.join(",", a.choices()));
        texts.add(a.text());
      }
    }
    jdbc.sql(
            """
            insert into survey_answer (response_id, question_id, points, not_applicable, number,
                                       choices, text)
            select t.r, t.q, t.p, t.na, t.num,
                   case when t.ch is null then null else string_to_array(t.ch, ',') end, t.tx
              from unnest(?::bigint[], ?::text[], ?::int4[], ?::boolean[], ?::numeric[],
                          ?::text[], ?::text[]) as t(r, q, p, na, num, ch, tx)
            """)
        .params(
            new SqlArray("int8", owners.toArray()),
            new SqlArray("text", questions.toArray()),
            new SqlArray("int4", points.toArray()),
            new SqlArray("bool", notApplicable.toArray()),
            new SqlArray("numeric", numbers.toArray()),
            new SqlArray("text", choices.toArray()),
            new SqlArray("text", texts.toArray()))
        .update();
  }

  /** Marks that each of {@code staffIds} has answered the staff survey {@code survey}. */
  void participate(Target survey, List<Long> staffIds) {
    jdbc.sql(
            """
            insert into survey_staff_participation (survey_id, staff_id)
            select ?, unnest(?::bigint[]) on conflict do nothing
            """)
        .params(survey.id(), new SqlArray("int8", staffIds.toArray()))
        .update();
  }

  /** An SQL array parameter of {@code type} (a PostgreSQL element type name). */
  private record SqlArray(String type, Object[] values) implements SqlTypeValue {
    @Override
    public void setTypeValue(
        PreparedStatement ps, int index, int sqlType, @Nullable String typeName)
        throws SQLException {
      Array array = ps.getConnection().createArrayOf(type, values);
      ps.setArray(index, array);
    }
  }
}
