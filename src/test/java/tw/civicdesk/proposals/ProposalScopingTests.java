// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * Another agency's proposals, meetings, panel, criteria and figures are "not found" — through the
 * doors and through every console page and form — for each of its roles.
 */
@IntegrationTest
class ProposalScopingTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ProposalSetup setup;
  @Autowired ProposalReads reads;
  @Autowired ProposalFigures figures;

  @Test
  void anotherAgencysProposalsMeetingsAndPanelAreNotFound() throws Exception {
    TestOrganisation org = TestOrganisation.from(context);
    TestOrganisation.Setup mine = org.agency("PRS", null);
    TestOrganisation.Setup theirs = org.agency("PRT", null);
    ProposalFixtures f = ProposalFixtures.of(context, mine);
    Proposal p = f.through("跨機關不可見", ProposalStatus.ADOPTED, false, LocalDate.of(2026, 12, 1));
    var meeting =
        setup.saveMeeting(
            f.officer(),
            new ProposalCommands.SaveMeeting(
                mine.code(),
                LocalDate.of(2026, 3, 5),
                MeetingKind.DISTRICT_AFFAIRS,
                "三月區務會議",
                "區長",
                List.of("推動線上預約")));
    int refused = 0;
    for (Role role : List.of(Role.QUALITY_OFFICER, Role.CASE_OFFICER, Role.UNIT_HEAD)) {
      StaffPrincipal other = theirs.as(role);
      assertThatThrownBy(() -> reads.forStaff(other, p.number()))
          .isInstanceOf(ProposalNotFound.class);
      assertThatThrownBy(() -> reads.list(other, mine.code())).isInstanceOf(ProposalNotFound.class);
      assertThatThrownBy(() -> setup.meeting(other, meeting.id()))
          .isInstanceOf(ProposalNotFound.class);
      assertThatThrownBy(() -> setup.panel(other, mine.code()))
          .isInstanceOf(ProposalNotFound.class);
      assertThatThrownBy(() -> figures.byUnit(other, mine.code(), 2026))
          .isInstanceOf(ProposalNotFound.class);
      refused += 5;
      String a = mine.code().value();
      for (String path :
          List.of(
              "/console/proposals/" + p.number().value(),
              "/console/proposals?agency=" + a,
              "/console/proposals/meetings/" + meeting.id(),
              "/console/proposals/meetings?agency=" + a,
              "/console/proposals/panel?agency=" + a,
              "/console/proposals/criteria?agency=" + a,
              "/console/proposals/figures?agency=" + a)) {
        mvc.perform(get(path).with(user(other))).andExpect(status().isNotFound());
        refused++;
      }
      mvc.perform(
              post("/console/proposals/" + p.number().value() + "/publish")
                  .with(user(other))
                  .with(csrf())
                  .param("version", String.valueOf(p.version()))
                  .param("published", "true"))
          .andExpect(status().isNotFound());
      refused++;
    }
    assertThatThrownBy(
            () ->
                setup.setPanelMember(
                    f.officer(), mine.code(), theirs.username(Role.CASE_OFFICER), true))
        .isInstanceOf(ProposalNotFound.class);
    assertThat(refused).isEqualTo(3 * 13);
    assertThat(reads.find(p.number()).published()).isFalse();
  }
}
