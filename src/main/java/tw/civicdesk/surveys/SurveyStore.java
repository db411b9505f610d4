// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.AgencyCode;

/** The surveys, their versions and their answers in PostgreSQL (V46). Internal. */
@Repository
class SurveyStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A survey's row. */
  record Row(
      long id,
      SurveyCode code,
      AgencyCode agency,
      SurveyPurpose purpose,
      SurveyStatus status,
      int version,
      int tooFewBelow) {}

  /** What a response is tied to besides its answers; every part optional. */
  record Origin(
      @Nullable Long unitId,
      @Nullable String serviceCode,
      @Nullable String caseNumber,
      @Nullable Long kioskId,
      @Nullable UUID clientKey) {

    static final Origin NONE = new Origin(null, null, null, null, null);
  }

  private static final String COLUMNS =
      "id, code, agency_code, purpose, status, current_version, too_few_below";

  private final JdbcClient jdbc;

  SurveyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      SurveyCode code,
      AgencyCode agency,
      SurveyPurpose purpose,
      int tooFewBelow,
      Questionnaire questionnaire,
      String by,
      Instant now) {
    long id =
        jdbc.sql(
                """
                insert into survey (code, agency_code, purpose, status, current_version,
                                    too_few_below, created_by, created_at, updated_at)
                values (?, ?, ?, 'DRAFT', 1, ?, ?, ?, ?) returning id
                """)
            .params(
                code.value(),
                agency.value(),
                purpose.name(),
                tooFewBelow,
                by,
                Timestamp.from(now),
                Timestamp.from(now))
            .query(Long.class)
            .single();
    insertVersion(id, 1, questionnaire, now);
    return id;
  }

  void insertVersion(long id, int version, Questionnaire q, Instant now) {
    jdbc.sql(
            """
            insert into survey_version (survey_id, version, title_zh, title_en, intro_zh, intro_en,
                                        content, created_at)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
            """)
        .params(
            id,
            version,
            q.title().zh(),
            q.title().en(),
            q.intro() == null ? "" : q.intro().zh(),
            q.intro() == null ? "" : q.intro().en(),
            JSON.writeValueAsString(new Content(q.questions(), q.ownDimensions())),
            Timestamp.from(now))
        .update();
  }

  /** Replaces version {@code version}'s questionnaire; only for a version without answers. */
  void replaceVersion(long id, int version, Questionnaire q) {
    jdbc.sql(
            """
            update survey_version set title_zh = ?, title_en = ?, intro_zh = ?, intro_en = ?,
                   content = cast(? as jsonb)
             where survey_id = ? and version = ?
            """)
        .params(
            q.title().zh(),
            q.title().en(),
            q.intro() == null ? "" : q.intro().zh(),
            q.intro() == null ? "" : q.intro().en(),
            JSON.writeValueAsString(new Content(q.questions(), q.ownDimensions())),
            id,
            version)
        .update();
  }

  void setVersion(long id, int version, Instant now) {
    jdbc.sql("update survey set current_version = ?, updated_at = ? where id = ?")
        .params(version, Timestamp.from(now), id)
        .update();
  }

  void setStatus(long id, SurveyStatus status, Instant now) {
    jdbc.sql("update survey set status = ?, updated_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now), id)
        .update();
  }

  void setTooFewBelow(long id, int tooFewBelow, Instant now) {
    jdbc.sql("update survey set too_few_below = ?, updated_at = ? where id = ?")
        .params(tooFewBelow, Timestamp.from(now), id)
        .update();
  }

  Optional<Row> find(SurveyCode code) {
    return jdbc.sql("select " + COLUMNS + " from survey where code = ?")
        .param(code.value())
        .query(SurveyStore::row)
        .optional();
  }

  /** The row locked for an update of its versions or status. */
  Optional<Row> lock(SurveyCode code) {
    return jdbc.sql("select " + COLUMNS + " from survey where code = ? for update")
        .param(code.value())
        .query(SurveyStore::row)
        .optional();
  }

  List<Row> of(AgencyCode agency) {
    return jdbc.sql("select " + COLUMNS + " from survey where agency_code = ? order by code")
        .param(agency.value())
        .query(SurveyStore::row)
        .list();
  }

  Optional<Row> openOf(AgencyCode agency, SurveyPurpose purpose) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from survey where agency_code = ? and purpose = ? and status = 'OPEN'"
                + " order by id limit 1")
        .params(agency.value(), purpose.name())
        .query(SurveyStore::row)
        .optional();
  }

  Questionnaire questionnaire(long id, int version) {
    return jdbc.sql(
            """
            select title_zh, title_en, intro_zh, intro_en, content::text as content
              from survey_version where survey_id = ? and version = ?
            """)
        .params(id, version)
        .query((rs, n) -> questionnaire(rs))
        .single();
  }

  /** Every version's questionnaire, by version. */
  Map<Integer, Questionnaire> versions(long id) {
    Map<Integer, Questionnaire> versions = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select version, title_zh, title_en, intro_zh, intro_en, content::text as content
              from survey_version where survey_id = ? order by version
            """)
        .param(id)
        .query(
            rs -> {
              versions.put(rs.getInt("version"), questionnaire(rs));
            });
    return versions;
  }

  long answers(long id) {
    return jdbc.sql("select count(*) from survey_response where survey_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  boolean hasAnswers(long id, int version) {
    return jdbc.sql(
            "select exists (select 1 from survey_response where survey_id = ? and version = ?)")
        .params(id, version)
        .query(Boolean.class)
        .single();
  }

  boolean caseAnswered(String caseNumber) {
    return jdbc.sql("select exists (select 1 from survey_response where case_number = ?)")
        .param(caseNumber)
        .query(Boolean.class)
        .single();
  }

  /** The response already stored under a kiosk's client key, if any. */
  Optional<Long> byClientKey(UUID key) {
    return jdbc.sql("select id from survey_response where client_key = ?")
        .param(key)
        .query(Long.class)
        .optional();
  }

  /** Marks that staff member {@code staffId} has answered; false if they had already. */
  boolean participate(long surveyId, long staffId) {
    return jdbc.sql(
                """
                insert into survey_staff_participation (survey_id, staff_id) values (?, ?)
                on conflict do nothing
                """)
            .params(surveyId, staffId)
            .update()
        == 1;
  }

  boolean participated(long surveyId, long staffId) {
    return jdbc.sql(
            """
            select exists (select 1 from survey_staff_participation
                            where survey_id = ? and staff_id = ?)
            """)
        .params(surveyId, staffId)
        .query(Boolean.class)
        .single();
  }

  long insertResponse(
      Row survey,
      SurveyChannel channel,
      LocalDate answeredOn,
      Origin origin,
      Map<String, AnswerValue> answers) {
    long id =
        jdbc.sql(
                """
                insert into survey_response (survey_id, version, agency_code, channel, answered_on,
                                             unit_id, service_code, case_number, kiosk_id,
                                             client_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
            .params(
                survey.id(),
                survey.version(),
                survey.agency().value(),
                channel.name(),
                answeredOn,
                origin.unitId(),
                origin.serviceCode(),
                origin.caseNumber(),
                origin.kioskId(),
                origin.clientKey())
            .query(Long.class)
            .single();
    insertAnswers(id, answers);
    return id;
  }

  private void insertAnswers(long responseId, Map<String, AnswerValue> answers) {
    for (Map.Entry<String, AnswerValue> e : answers.entrySet()) {
      AnswerValue a = e.getValue();
      jdbc.sql(
              """
              insert into survey_answer (response_id, question_id, points, not_applicable, number,
                                         choices, text)
              values (?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              responseId,
              e.getKey(),
              a.points(),
              a.notApplicable(),
              a.number(),
              a.choices().isEmpty() ? null : new SqlTextArray(a.choices()),
              a.text())
          .update();
    }
  }

  /** The JSON of a version: its questions and the agency's own dimensions. */
  record Content(List<Question> questions, List<OwnDimension> ownDimensions) {}

  private static Questionnaire questionnaire(ResultSet rs) throws SQLException {
    Content content = JSON.readValue(rs.getString("content"), Content.class);
    String introZh = rs.getString("intro_zh");
    return new Questionnaire(
        new tw.civicdesk.platform.i18n.BilingualText(
            rs.getString("title_zh"), rs.getString("title_en")),
        introZh.isBlank()
            ? null
            : new tw.civicdesk.platform.i18n.BilingualText(introZh, rs.getString("intro_en")),
        content.questions(),
        content.ownDimensions());
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        new SurveyCode(rs.getString("code")),
        new AgencyCode(rs.getString("agency_code")),
        SurveyPurpose.valueOf(rs.getString("purpose")),
        SurveyStatus.valueOf(rs.getString("status")),
        rs.getInt("current_version"),
        rs.getInt("too_few_below"));
  }

  /** A text[] parameter. */
  private record SqlTextArray(List<String> values)
      implements org.springframework.jdbc.core.SqlTypeValue {
    @Override
    public void setTypeValue(
        java.sql.PreparedStatement ps, int index, int sqlType, @Nullable String typeName)
        throws SQLException {
      Array array = ps.getConnection().createArrayOf("text", values.toArray());
      ps.setArray(index, array);
    }
  }
}
