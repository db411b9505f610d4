// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.petitions.statistics.ImprovementActions;

/**
 * The quality officer's statistics page and its CSV: what the CSV holds line by line, who may see
 * which agency's figures (the server decides), malformed filters, and improvement actions recorded
 * with their checks and audit rows and listed on the page.
 */
@IntegrationTest
class PetitionStatisticsPageTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Petitions petitions;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  TestOrganisation.Setup county;
  TestOrganisation.Setup agency;
  LocalDate today;
  CaseNumber answered;

  @BeforeEach
  void anOfficeBelowACountyWithTwoPetitionsOneAnsweredLate() {
    county = TestOrganisation.from(context).agency("PSPC", null);
    agency = TestOrganisation.from(context).agency("PSPT", county.code());
    PetitionFixtures.open(context, agency);
    today = LocalDate.now(clock);
    answered = file("roads", 40);
    file("noise", 0);
    int v =
        work.assign(
                agency.as(Role.UNIT_HEAD),
                new CaseCommand.Assign(answered, 0, agency.username(Role.CASE_OFFICER)))
            .version();
    v = work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(answered, v)).version();
    work.decide(
        agency.as(Role.CASE_OFFICER),
        new CaseCommand.Decide(answered, v, Decision.ANSWERED, "已改善。", null));
  }

  CaseNumber file(String category, int daysAgo) {
    return petitions
        .file(
            new FilePetition(
                CaseKind.PETITION,
                Channel.ONLINE,
                agency.code(),
                category,
                Place.none(),
                "主旨",
                "內容",
                new Applicant(
                    "王小明",
                    null,
                    category + "@example.invalid",
                    null,
                    null,
                    Locale.TAIWAN,
                    Applicant.NotifyBy.EMAIL),
                Locale.TAIWAN,
                today.minusDays(daysAgo),
                null,
                Map.of(),
                null))
        .number();
  }

  String url(String path) {
    YearMonth to = YearMonth.from(today);
    return path + "?agency=" + agency.code().value() + "&from=" + to.minusMonths(3) + "&to=" + to;
  }

  @Test
  void theCsvHasOneLinePerCategoryWithStableColumnsAndNamesInTheRequestsLanguage()
      throws Exception {
    byte[] body =
        mvc.perform(
                get(url("/console/petitions/statistics.csv") + "&by=category")
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String csv = new String(body, StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFF");
    assertThat(csv.substring(1).split("\r\n"))
        .containsExactly(
            "category,label,received,named,repeats,repeat_percent,replied,replied_on_time,"
                + "on_time_percent,average_days,p90_days,not_processed,transferred",
            "noise,Noise,1,1,0,0.0,0,0,,,,0,0",
            "roads,Roads and traffic,1,1,0,0.0,1,0,0.0,40.0,40,0,0");
  }

  @Test
  void theQualityOfficerAboveSeesTheOfficeAndEveryoneElseIsRefusedByTheServer() throws Exception {
    String page =
        mvc.perform(
                get(url("/console/petitions/statistics"))
                    .with(user(county.as(Role.QUALITY_OFFICER)))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"table-month\"", "id=\"table-category\"", "Roads and traffic");
    assertThat(page).contains("no ratings in the period, sample 0");

    mvc.perform(get(url("/console/petitions/statistics")).with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get(url("/console/petitions/statistics.csv") + "&by=month")
                .with(user(agency.as(Role.UNIT_HEAD))))
        .andExpect(status().isForbidden());
    TestOrganisation.Setup stranger = TestOrganisation.from(context).agency("PSPS", null);
    mvc.perform(
            get(url("/console/petitions/statistics")).with(user(stranger.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(url("/console/petitions/statistics.csv") + "&by=month")
                .with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk());
    mvc.perform(
            get(url("/console/petitions/statistics.csv") + "&by=county")
                .with(user(agency.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aMalformedMonthIsShownNextToItsFieldWithNoFigures() throws Exception {
    String page =
        mvc.perform(
                get("/console/petitions/statistics?from=2026-13&to=2026-01")
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .header("Accept-Language", "en"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("id=\"from-error\"", "Enter a month as year-month, e.g. 2026-03.")
        .doesNotContain("id=\"table-month\"");
  }

  @Test
  void anImprovementActionIsCheckedRecordedAuditedAndListedThenTrackedToDone() throws Exception {
    String refused =
        mvc.perform(
                post("/console/petitions/improvements/new")
                    .with(csrf())
                    .with(user(agency.as(Role.QUALITY_OFFICER)))
                    .header("Accept-Language", "en")
                    .param("title", "國小前增設人行道護欄")
                    .param("description", "彙整學校周邊人行道陳情，增設護欄並加強取締。")
                    .param("ownerUnitId", Long.toString(agency.unit().id()))
                    .param("dueOn", today.plusMonths(2).toString())
                    .param("status", "DONE")
                    .param("cases", answered.value() + "\nSOMEONE-20260101-00001\nnot a number"))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("id=\"doneOn-error\"", "A done action needs the date it was done")
        .contains("id=\"cases-error\"", "These are not case numbers: not a number");

    mvc.perform(
            post("/console/petitions/improvements/new")
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("title", "國小前增設人行道護欄")
                .param("description", "彙整學校周邊人行道陳情，增設護欄並加強取締。")
                .param("ownerUnitId", Long.toString(agency.unit().id()))
                .param("dueOn", today.plusMonths(2).toString())
                .param("status", "IN_PROGRESS")
                .param("cases", answered.grouped()))
        .andExpect(status().is3xxRedirection());
    long id =
        jdbc.sql("select id from petition_improvement where agency_code = ?")
            .param(agency.code().value())
            .query(Long.class)
            .single();

    mvc.perform(
            post("/console/petitions/improvements/" + id)
                .with(csrf())
                .with(user(agency.as(Role.QUALITY_OFFICER)))
                .param("title", "國小前增設人行道護欄")
                .param("description", "彙整學校周邊人行道陳情，增設護欄並加強取締。")
                .param("ownerUnitId", Long.toString(agency.unit().id()))
                .param("dueOn", today.plusMonths(2).toString())
                .param("status", "DONE")
                .param("doneOn", today.toString())
                .param("cases", answered.value())
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());

    assertThat(
            mvc.perform(
                    get("/console/petitions/statistics")
                        .with(user(agency.as(Role.QUALITY_OFFICER))))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("國小前增設人行道護欄", "已於 " + today + " 完成");
    List<Object> audit =
        jdbc.sql("select detail from audit_log where action = ? and subject_id = ? order by id")
            .params(ImprovementActions.AUDIT_ACTION, Long.toString(id))
            .query()
            .singleColumn();
    assertThat(audit).containsExactly("added;cases=1", "fields=status;status=DONE");
    mvc.perform(
            post("/console/petitions/improvements/new")
                .with(csrf())
                .with(user(county.as(Role.QUALITY_OFFICER)))
                .param("title", "x")
                .param("cases", answered.value()))
        .andExpect(status().is(422));
    mvc.perform(
            get("/console/petitions/improvements/" + id)
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/console/petitions/improvements/new").with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());
  }
}
