// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.proposals.ProposalViews.Criterion;
import tw.civicdesk.proposals.ProposalViews.Meeting;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;

/** An agency's proposal settings, criteria, panel and meetings in PostgreSQL (V57). Internal. */
@Repository
class ProposalSetupStore {

  private final JdbcClient jdbc;

  ProposalSetupStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean citizenFormOpen(AgencyCode agency) {
    return jdbc.sql("select citizen_form_open from proposal_setting where agency_code = ?")
        .param(agency.value())
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void setCitizenFormOpen(AgencyCode agency, boolean open, String by, Instant at) {
    jdbc.sql(
            """
            insert into proposal_setting (agency_code, citizen_form_open, updated_by, updated_at)
            values (?, ?, ?, ?)
            on conflict (agency_code) do update set citizen_form_open = excluded.citizen_form_open,
              updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """)
        .params(agency.value(), open, by, Timestamp.from(at))
        .update();
  }

  // ------------------------------------------------------------------ criteria

  List<Criterion> criteria(AgencyCode agency) {
    return jdbc.sql("select * from proposal_criterion where agency_code = ? order by position, id")
        .param(agency.value())
        .query(
            (rs, n) ->
                new Criterion(
                    rs.getLong("id"),
                    new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
                    rs.getInt("weight"),
                    rs.getInt("position")))
        .list();
  }

  void replaceCriteria(AgencyCode agency, List<Criterion> criteria) {
    jdbc.sql("delete from proposal_criterion where agency_code = ?").param(agency.value()).update();
    for (Criterion c : criteria) {
      jdbc.sql(
              """
              insert into proposal_criterion (agency_code, name_zh, name_en, weight, position)
              values (?, ?, ?, ?, ?)
              """)
          .params(agency.value(), c.name().zh(), c.name().en(), c.weight(), c.position())
          .update();
    }
  }

  boolean anyReviewIn(AgencyCode agency) {
    return jdbc.sql(
            """
            select exists (select 1 from proposal_review r join proposal p on p.id = r.proposal_id
                            where p.agency_code = ?)
            """)
        .param(agency.value())
        .query(Boolean.class)
        .single();
  }

  // ------------------------------------------------------------------ panel

  List<String> panel(AgencyCode agency) {
    return jdbc.sql(
            "select username from proposal_panel_member where agency_code = ? order by username")
        .param(agency.value())
        .query(String.class)
        .list();
  }

  void addToPanel(AgencyCode agency, String username, String by, Instant at) {
    jdbc.sql(
            """
            insert into proposal_panel_member (agency_code, username, added_by, added_at)
            values (?, ?, ?, ?) on conflict do nothing
            """)
        .params(agency.value(), username, by, Timestamp.from(at))
        .update();
  }

  boolean removeFromPanel(AgencyCode agency, String username) {
    return jdbc.sql("delete from proposal_panel_member where agency_code = ? and username = ?")
            .params(agency.value(), username)
            .update()
        == 1;
  }

  // ------------------------------------------------------------------ meetings

  long insertMeeting(
      AgencyCode agency,
      LocalDate heldOn,
      MeetingKind kind,
      String title,
      String chair,
      List<String> decisions,
      String by,
      Instant at) {
    return jdbc.sql(
            """
            insert into proposal_meeting (agency_code, held_on, kind, title, chair, decisions,
              created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) returning id
            """)
        .params(
            agency.value(),
            heldOn,
            kind.name(),
            title,
            chair,
            decisions.toArray(String[]::new),
            by,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  List<Meeting> meetings(AgencyCode agency) {
    return jdbc.sql(
            "select * from proposal_meeting where agency_code = ? order by held_on desc, id")
        .param(agency.value())
        .query((rs, n) -> meeting(rs))
        .list();
  }

  Optional<Meeting> meeting(long id) {
    return jdbc.sql("select * from proposal_meeting where id = ?")
        .param(id)
        .query((rs, n) -> meeting(rs))
        .optional();
  }

  Optional<Meeting> meeting(AgencyCode agency, LocalDate heldOn, String title) {
    return jdbc.sql(
            "select * from proposal_meeting where agency_code = ? and held_on = ? and title = ?")
        .params(agency.value(), heldOn, title)
        .query((rs, n) -> meeting(rs))
        .optional();
  }

  private static Meeting meeting(ResultSet rs) throws SQLException {
    return new Meeting(
        rs.getLong("id"),
        new AgencyCode(rs.getString("agency_code")),
        rs.getObject("held_on", LocalDate.class),
        MeetingKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("chair"),
        Arrays.asList((String[]) rs.getArray("decisions").getArray()));
  }
}
