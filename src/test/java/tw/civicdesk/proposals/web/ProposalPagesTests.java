// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.proposals.ProposalCommands;
import tw.civicdesk.proposals.ProposalFixtures;
import tw.civicdesk.proposals.ProposalIntake;
import tw.civicdesk.proposals.ProposalNumber;
import tw.civicdesk.proposals.ProposalReads;
import tw.civicdesk.proposals.ProposalSetup;
import tw.civicdesk.proposals.ProposalStatus;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * Publishing and the pages: a published proposal is on the public accountability page and its own
 * page; an unpublished one is on neither (404); no panel score, reasons, staff name or citizen name
 * or contact is ever in the public HTML; the citizens' form is 404 while closed and refuses bad
 * text beside its fields without storing anything; the console pages answer and a stale step is
 * 409; a file that is no PDF, ODF or image is refused and nothing is stored.
 */
@IntegrationTest
class ProposalPagesTests {

  private static final String CITIZEN_NAME = "林秀英";
  private static final String CONTACT = "lin.secret@example.invalid";
  private static final String REASONS = "內部評估理由XYZ";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ProposalSetup setup;
  @Autowired ProposalIntake intake;
  @Autowired ProposalReads reads;
  @Autowired JdbcClient jdbc;

  @Test
  void onlyPublishedProposalsShowAndNothingInternalEverDoes() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRP", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    f.panel();
    Proposal shown = f.scored(f.submitted("公開的提案甲"), 77);
    shown =
        f.proposals()
            .decide(
                f.officer(),
                shown.number(),
                shown.version(),
                new ProposalCommands.Decide(ProposalStatus.ADOPTED, REASONS));
    shown = f.published(f.assigned(shown, LocalDate.of(2026, 12, 31)));
    Proposal hidden = f.through("未公開的提案乙", ProposalStatus.ADOPTED, false, null);
    setup.setCitizenFormOpen(f.officer(), agency.code(), true);
    ProposalNumber citizen =
        intake.submitAsCitizen(
            f.submit("民眾的提案丙"), new ProposalCommands.Citizen(CITIZEN_NAME, CONTACT));
    Proposal fromCitizen =
        f.decided(reads.forStaff(f.officer(), citizen).proposal(), ProposalStatus.ADOPTED);
    f.published(f.assigned(fromCitizen, LocalDate.of(2026, 12, 31)));
    String a = agency.code().value();
    for (String lang : List.of("zh-TW", "en")) {
      String list = page("/agencies/" + a + "/proposals?lang=" + lang);
      assertThat(list).contains("公開的提案甲", "民眾的提案丙").doesNotContain("未公開的提案乙");
      String one =
          page("/agencies/" + a + "/proposals/" + shown.number().value() + "?lang=" + lang);
      String other = page("/agencies/" + a + "/proposals/" + citizen.value() + "?lang=" + lang);
      for (String html : List.of(list, one, other)) {
        assertThat(html)
            .doesNotContain(CITIZEN_NAME, CONTACT, REASONS, TestOrganisation.MEMBER_NAME, "王小明")
            .doesNotContain(agency.username(Role.CASE_OFFICER), "77.0");
      }
      assertThat(one).contains("規劃", "2026-12-31");
    }
    mvc.perform(get("/agencies/" + a + "/proposals/" + hidden.number().value()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/agencies/" + a + "/proposals/" + shown.number().value().replace(a, "X" + a)))
        .andExpect(status().isNotFound());
    String console =
        mvc.perform(get("/console/proposals/" + citizen.value()).with(user(f.officer())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(console).contains(CITIZEN_NAME, CONTACT);
  }

  @Test
  void aStaffReadOfACitizensNameOrContactIsAuditedAndAStaffProposalIsNot() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRA", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    Proposal staff = f.submitted("同仁的提案");
    setup.setCitizenFormOpen(f.officer(), agency.code(), true);
    ProposalNumber citizen =
        intake.submitAsCitizen(f.submit("民眾的提案"), new ProposalCommands.Citizen(CITIZEN_NAME, ""));
    for (ProposalNumber n : List.of(staff.number(), citizen)) {
      mvc.perform(get("/console/proposals/" + n.value()).with(user(f.officer())))
          .andExpect(status().isOk());
    }
    List<String> rows =
        jdbc.sql(
                "select subject_id || ' ' || detail from audit_log"
                    + " where action = 'PERSONAL_DATA_READ' and subject_type = 'PROPOSAL'"
                    + " and agency_code = ?")
            .param(agency.code().value())
            .query(String.class)
            .list();
    assertThat(rows)
        .containsExactly(
            citizen.value() + " read=citizen-name;purpose=proposal-review;roles=QUALITY_OFFICER");
  }

  @Test
  void theCitizensFormIsClosedUntilOpenedAndRefusesBadTextBesideItsFields() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRC", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    String path = "/agencies/" + agency.code().value() + "/proposals/new";
    mvc.perform(get(path)).andExpect(status().isNotFound());
    mvc.perform(
            post(path)
                .with(csrf())
                .param("titleZh", "關閉時")
                .param("problem", "p")
                .param("idea", "i"))
        .andExpect(status().isNotFound());
    setup.setCitizenFormOpen(f.officer(), agency.code(), true);
    mvc.perform(get(path)).andExpect(status().isOk());
    String refused =
        mvc.perform(
                post(path)
                    .with(csrf())
                    .param("titleZh", "王\u0000明")
                    .param("problem", "")
                    .param("idea", "好點子")
                    .param("moneySaved", "很多")
                    .param("services", "NO-SUCH-SERVICE")
                    .param("citizenContact", "x".repeat(200)))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("titleZh-error");
    mvc.perform(
            post(path)
                .with(csrf())
                .param("titleZh", "路燈")
                .param("problem", "")
                .param("idea", "好點子")
                .param("moneySaved", "很多")
                .param("services", "NO-SUCH-SERVICE")
                .param("citizenContact", "x".repeat(200)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            r ->
                assertThat(r.getResponse().getContentAsString())
                    .contains(
                        "problem-error",
                        "moneySaved-error",
                        "services-error",
                        "citizenContact-error"));
    assertThat(reads.list(f.officer(), agency.code())).isEmpty();
    mvc.perform(
            post(path)
                .with(csrf())
                .param("titleZh", "夜間路燈巡查")
                .param("problem", "路燈常不亮")
                .param("idea", "請里幹事回報")
                .param("citizenName", "張先生"))
        .andExpect(status().is3xxRedirection());
    assertThat(reads.list(f.officer(), agency.code()))
        .singleElement()
        .satisfies(p -> assertThat(p.citizenName()).isEqualTo("張先生"));
  }

  @Test
  void consolePagesAnswerAStaleStepIs409AndAFileOfTheWrongTypeIsRefused() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRK", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    f.panel();
    Proposal p = f.through("主控台頁面", ProposalStatus.ADOPTED, false, null);
    String a = agency.code().value();
    var meeting =
        setup.saveMeeting(
            f.officer(),
            new ProposalCommands.SaveMeeting(
                agency.code(),
                LocalDate.of(2026, 2, 3),
                tw.civicdesk.proposals.ProposalViews.MeetingKind.VILLAGE_STAFF,
                "二月里幹事會議",
                "區長",
                List.of("加強巡查")));
    for (String path :
        List.of(
            "/console/proposals",
            "/console/proposals/new",
            "/console/proposals/" + p.number().value(),
            "/console/proposals/criteria",
            "/console/proposals/panel",
            "/console/proposals/meetings",
            "/console/proposals/meetings/" + meeting.id(),
            "/console/proposals/figures?year=2026")) {
      mvc.perform(get(path).with(user(f.officer()))).andExpect(status().isOk());
    }
    mvc.perform(
            post("/console/proposals/" + p.number().value() + "/publish")
                .with(user(f.officer()))
                .with(csrf())
                .param("version", String.valueOf(p.version() - 1))
                .param("published", "true"))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/console/proposals/" + p.number().value() + "/decide")
                .with(user(f.officer()))
                .with(csrf())
                .param("version", String.valueOf(p.version()))
                .param("decision", "NOT_ADOPTED")
                .param("reasons", "再議"))
        .andExpect(status().isConflict());
    long before = jdbc.sql("select count(*) from proposal").query(Long.class).single();
    mvc.perform(
            multipart("/console/proposals/new")
                .file(
                    new MockMultipartFile(
                        "files",
                        "script.pdf",
                        "application/pdf",
                        "#!/bin/sh\necho hi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(user(agency.as(Role.CASE_OFFICER)))
                .with(csrf())
                .param("unitId", String.valueOf(agency.unit().id()))
                .param("titleZh", "附件錯誤")
                .param("problem", "p")
                .param("idea", "i"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            r -> assertThat(r.getResponse().getContentAsString()).contains("attachments-error"));
    assertThat(jdbc.sql("select count(*) from proposal").query(Long.class).single())
        .isEqualTo(before);
    byte[] png =
        java.util.Base64.getDecoder()
            .decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    mvc.perform(
            multipart("/console/proposals/new")
                .file(new MockMultipartFile("files", "現場.png", "image/png", png))
                .with(user(agency.as(Role.CASE_OFFICER)))
                .with(csrf())
                .param("unitId", String.valueOf(agency.unit().id()))
                .param("meetingId", String.valueOf(meeting.id()))
                .param("titleZh", "附件正確")
                .param("problem", "p")
                .param("idea", "i"))
        .andExpect(status().is3xxRedirection());
    Proposal withFile =
        reads.list(f.officer(), agency.code()).stream()
            .filter(x -> x.title().zh().equals("附件正確"))
            .findFirst()
            .orElseThrow();
    assertThat(reads.forStaff(f.officer(), withFile.number()).attachments())
        .singleElement()
        .satisfies(x -> assertThat(x.contentType()).isEqualTo("image/png"));
    assertThat(setup.meeting(f.officer(), meeting.id()).proposals())
        .extracting(x -> x.number())
        .containsExactly(withFile.number());
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
