// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The monitoring pages end to end on a plan of 2025 (every period over): a unit reports with an
 * evidence file, a refused report shows its errors and stores nothing, the quality officer returns
 * it, chases the missing ones and records a spot check; the supervising quality officer reads the
 * pages and is refused every change.
 */
@IntegrationTest
class MonitoringPagesTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired ProgressReports reports;
  @Autowired SpotChecks checks;

  TestOrganisation.Setup county;
  MonitoringFixtures f;
  String plan;

  @BeforeEach
  void planOf2025() {
    county = TestOrganisation.from(context).agency("MPCOUNTY", null);
    f = MonitoringFixtures.create(context, "MPTOWN", county.code(), 2025);
    plan = "/console/plans/" + f.plan.id();
  }

  private String page(String path, StaffPrincipal staff) throws Exception {
    return mvc.perform(get(path).with(user(staff)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aUnitReportsWithEvidenceAndARefusedReportShowsItsErrorsAndStoresNothing() throws Exception {
    StaffPrincipal head = f.u1(Role.UNIT_HEAD);
    String progress = page(plan + "/progress?lang=en", head);
    assertThat(progress)
        .contains("定期辦理公文稽催管制", "提供線上表單以供下載", "2025-Q4")
        .doesNotContain("辦理社福櫃台服務禮儀訓練");
    String refused =
        mvc.perform(
                multipart(plan + "/progress")
                    .with(csrf())
                    .with(user(head))
                    .param("practiceId", "pa")
                    .param("unitCode", "U1")
                    .param("period", "2025-Q4")
                    .param("status", "ON_TRACK")
                    .param("narrative", " ")
                    .param("figures[ia]", "abc")
                    .param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains(
            "id=\"p0-narrative-error\"",
            "Say what was done.",
            "id=\"p0-fig-0-error\"",
            "aria-invalid=\"true\"");
    assertThat(reports.reports(head, f.plan.id())).isEmpty();

    mvc.perform(
            multipart(plan + "/progress")
                .file(
                    new MockMultipartFile(
                        "files", "簽到表.pdf", "application/pdf", AttachmentSamples.PDF))
                .with(csrf())
                .with(user(head))
                .param("practiceId", "pa")
                .param("unitCode", "U1")
                .param("period", "2025-Q4")
                .param("status", "DONE")
                .param("narrative", "共稽催12件")
                .param("figures[ia]", "12")
                .param("links", "https://example.gov.tw/a", ""))
        .andExpect(status().is3xxRedirection());
    ProgressReport saved = reports.reports(head, f.plan.id()).get(0);
    assertThat(saved.links()).containsExactly("https://example.gov.tw/a");
    EvidenceFile file = reports.files(head, f.plan.id(), saved.id()).get(0);
    assertThat(file.fileName()).isEqualTo("簽到表.pdf");
    mvc.perform(get(plan + "/reports/" + saved.id() + "/files/" + file.id()).with(user(head)))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void theQualityOfficerReturnsWithACommentChasesAndRecordsASpotCheck() throws Exception {
    StaffPrincipal qo = f.u1(Role.QUALITY_OFFICER);
    ProgressReport r =
        reports.submit(
            f.u1(Role.UNIT_HEAD),
            f.plan.id(),
            MonitoringFixtures.report("pa", "U1", "2025-Q4", null));
    assertThat(page(plan + "/progress?unit=U2", qo)).contains("代此單位填報", "辦理社福櫃台服務禮儀訓練");
    assertThat(page(plan + "/review", qo)).contains("已完成第一季教育訓練", "r" + r.id() + "-comment");
    String refused =
        mvc.perform(
                post(plan + "/reports/" + r.id() + "/review")
                    .with(csrf())
                    .with(user(qo))
                    .param("decision", "RETURN")
                    .param("comment", "")
                    .param("version", String.valueOf(r.version())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("id=\"r" + r.id() + "-comment-error\"");
    mvc.perform(
            post(plan + "/reports/" + r.id() + "/review")
                .with(csrf())
                .with(user(qo))
                .param("decision", "RETURN")
                .param("comment", "請補充")
                .param("version", String.valueOf(r.version())))
        .andExpect(status().is3xxRedirection());
    assertThat(reports.report(qo, f.plan.id(), r.id()).reviewState())
        .isEqualTo(ReviewState.RETURNED);

    assertThat(page(plan + "/unreported?period=2025-Q4", qo)).contains("辦理社福櫃台服務禮儀訓練");
    mvc.perform(
            post(plan + "/unreported/chase").with(csrf()).with(user(qo)).param("period", "2025-Q4"))
        .andExpect(status().is3xxRedirection());
    assertThat(page(plan + "/unreported?period=2025-Q4", qo)).doesNotContain("尚未稽催");
    assertThat(page("/console/notifications", f.u1(Role.UNIT_HEAD)))
        .contains("「2025年度提升服務品質執行計畫」具體作法「提供線上表單以供下載」2025-Q4 期");

    String bad =
        mvc.perform(
                post(plan + "/spot-checks")
                    .with(csrf())
                    .with(user(qo))
                    .param("checkedOn", "2025-11-03")
                    .param("checker", "lin")
                    .param("findings", "")
                    .param("followUpRequired", "true")
                    .param("actions[0].text", "張貼服務時間")
                    .param("actions[0].unitCode", "U1")
                    .param("actions[0].dueOn", "2025-11-30"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(bad).contains("id=\"findings-error\"");
    assertThat(checks.checks(qo, f.plan.id())).isEmpty();
    mvc.perform(
            post(plan + "/spot-checks")
                .with(csrf())
                .with(user(qo))
                .param("checkedOn", "2025-11-03")
                .param("checker", "lin")
                .param("findings", "未張貼")
                .param("followUpRequired", "true")
                .param("actions[0].text", "張貼服務時間")
                .param("actions[0].unitCode", "U1")
                .param("actions[0].dueOn", "2025-11-30"))
        .andExpect(status().is3xxRedirection());
    SpotCheck check = checks.checks(qo, f.plan.id()).get(0);
    assertThat(page(plan + "/spot-checks/" + check.id(), f.u1(Role.CASE_OFFICER)))
        .contains("張貼服務時間", "note-1");
    mvc.perform(
            post(plan + "/spot-checks/" + check.id() + "/follow-ups/1/done")
                .with(csrf())
                .with(user(f.u1(Role.CASE_OFFICER)))
                .param("note", "已張貼")
                .param("version", String.valueOf(check.version())))
        .andExpect(status().is3xxRedirection());
    assertThat(checks.check(qo, f.plan.id(), check.id()).state()).isEqualTo(SpotCheck.State.CLOSED);
  }

  @Test
  void theSupervisingQualityOfficerReadsEveryPageButChangesNothing() throws Exception {
    StaffPrincipal supervisor = county.as(Role.QUALITY_OFFICER);
    for (String path : new String[] {"/progress", "/review", "/unreported", "/spot-checks"}) {
      assertThat(page(plan + path, supervisor))
          .doesNotContain("type=\"submit\" name=\"decision\"")
          .doesNotContain("enctype=\"multipart/form-data\"");
    }
    mvc.perform(
            multipart(plan + "/progress")
                .with(csrf())
                .with(user(supervisor))
                .param("practiceId", "pa")
                .param("unitCode", "U1")
                .param("period", "2025-Q4")
                .param("status", "DONE")
                .param("narrative", "代填"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(plan + "/unreported/chase")
                .with(csrf())
                .with(user(supervisor))
                .param("period", "2025-Q4"))
        .andExpect(status().isForbidden());
    assertThat(reports.reports(supervisor, f.plan.id())).isEmpty();
  }
}
