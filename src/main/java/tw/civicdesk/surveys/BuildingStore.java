// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;

/** The counts the console's survey pages read (V46 tables). Internal. */
@Repository
class BuildingStore {

  private final JdbcClient jdbc;

  BuildingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Integer, Long> answersByVersion(SurveyCode code) {
    Map<Integer, Long> counts = new TreeMap<>();
    jdbc.sql(
            """
            select r.version, count(*) as answers
              from survey_response r join survey s on s.id = r.survey_id
             where s.code = ? group by r.version
            """)
        .param(code.value())
        .query(
            (java.sql.ResultSet rs) -> {
              counts.put(rs.getInt("version"), rs.getLong("answers"));
            });
    return counts;
  }

  SurveyBuilding.StaffSurveyNotice staffSurveyNotice(AgencyCode agency, long staffId) {
    return jdbc.sql(
            """
            select count(*) as open,
                   count(*) filter (where p.staff_id is null) as unanswered
              from survey s
              left join survey_staff_participation p on p.survey_id = s.id and p.staff_id = ?
             where s.agency_code = ? and s.purpose = 'STAFF' and s.status = 'OPEN'
            """)
        .params(staffId, agency.value())
        .query(
            (rs, n) ->
                new SurveyBuilding.StaffSurveyNotice(rs.getInt("open"), rs.getInt("unanswered")))
        .single();
  }
}
