// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Plans;

/** The console pages of a plan: drafting, the lifecycle by role, editing, revisions, history. */
@IntegrationTest
class PlanPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;

  Setup county;
  Setup township;
  PlanSamples samples;

  @BeforeEach
  void agencies() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("PPC", null);
    township = orgs.agency("PPT", county.code());
    samples = new PlanSamples(plans);
  }

  @Test
  void aQualityOfficerDraftsAPlanAndABlankTitleIsRefusedNextToItsField() throws Exception {
    mvc.perform(
            post("/console/plans")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("year", "20x6")
                .param("title", " ")
                .param("kind", "PLAN"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"year-error\"")))
        .andExpect(content().string(containsString("id=\"title-error\"")));
    assertThat(plans.visibleTo(township.as(Role.QUALITY_OFFICER))).isEmpty();

    mvc.perform(
            post("/console/plans")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("year", "2026")
                .param("title", "115年度提升服務品質執行計畫")
                .param("kind", "PLAN")
                .param("framework", "")
                .param("levels", "實施要項、執行策略"))
        .andExpect(redirectedUrlPattern("/console/plans/*/edit"));
    Plan plan = plans.visibleTo(township.as(Role.QUALITY_OFFICER)).get(0);
    assertThat(plan.content().levels()).containsExactly("實施要項", "執行策略");

    mvc.perform(get("/console/plans").with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("115年度提升服務品質執行計畫")));
    mvc.perform(get("/console/plans").with(user(township.as(Role.CASE_OFFICER))))
        .andExpect(content().string(containsString("115年度提升服務品質執行計畫")))
        .andExpect(content().string(not(containsString("action=\"/console/plans\""))));
  }

  @Test
  void anApprovedPlanLinksItsMonitoringEvaluationAndReportAndShowsItsIndicators() throws Exception {
    String draft = "/console/plans/" + samples.draft(township).id();
    mvc.perform(get(draft).with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(not(containsString("/progress"))))
        .andExpect(content().string(not(containsString("由單位填報"))));
    Plan plan = samples.approved(county);
    mvc.perform(get("/console/plans/" + plan.id()).with(user(county.as(Role.CASE_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(plan.id() + "/progress")))
        .andExpect(content().string(containsString(plan.id() + "/review")))
        .andExpect(content().string(containsString(plan.id() + "/unreported")))
        .andExpect(content().string(containsString(plan.id() + "/spot-checks")))
        .andExpect(content().string(containsString(plan.id() + "/evaluation")))
        .andExpect(content().string(containsString(plan.id() + "/report.pdf")))
        .andExpect(content().string(containsString(plan.id() + "/report.ods")))
        .andExpect(content().string(containsString("逾期件數")))
        .andExpect(content().string(containsString("由單位填報")))
        .andExpect(content().string(containsString("2026-Q4")));
  }

  @Test
  void onlyTheHeadSeesAndTakesApprovalAndAStaleVersionShowsTheConflict() throws Exception {
    Plan plan = samples.draft(township);
    String page = "/console/plans/" + plan.id();
    mvc.perform(get(page).with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(not(containsString("/actions/approve"))));
    mvc.perform(get(page).with(user(township.as(Role.AGENCY_HEAD))))
        .andExpect(content().string(containsString("/actions/approve")));
    mvc.perform(
            post(page + "/actions/approve")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0"))
        .andExpect(status().isForbidden());

    mvc.perform(
            post(page + "/actions/approve")
                .with(csrf())
                .with(user(township.as(Role.AGENCY_HEAD)))
                .param("version", "0")
                .param("approvalRef", "府計字第1150000001號"))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/actions/publish")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("剛才有人修改了這份計畫")));
    assertThat(plans.byId(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);

    mvc.perform(get(page).with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("府計字第1150000001號")))
        .andExpect(content().string(containsString("/actions/publish")))
        .andExpect(content().string(containsString("/actions/start")))
        .andExpect(content().string(not(containsString("/actions/close"))));
  }

  @Test
  void aPracticeWithFieldErrorsIsNotStoredAndAValidOneIs() throws Exception {
    Plan plan = samples.draft(township);
    String at = "/console/plans/" + plan.id() + "/nodes/n1/practices/new";
    mvc.perform(
            post(at)
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0")
                .param("text", " ")
                .param("deadlineKind", "DATE")
                .param("deadlineDate", "明天")
                .param("indicators[0].name", "")
                .param("indicators[0].target", "九成"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"deadlineDate-error\"")))
        .andExpect(content().string(containsString("id=\"indicators0.target-error\"")));
    mvc.perform(
            post(at)
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0")
                .param("text", " ")
                .param("deadlineKind", "ONGOING")
                .param("indicators[0].name", " ")
                .param("indicators[0].target", "90"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"text-error\"")))
        .andExpect(content().string(containsString("id=\"units-error\"")))
        .andExpect(content().string(containsString("id=\"indicators0.name-error\"")));
    assertThat(plans.byId(plan.id()).orElseThrow().version()).isZero();

    mvc.perform(
            post(at)
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0")
                .param("text", "每月辦理服務禮儀訓練")
                .param("deadlineKind", "AS_NEEDED")
                .param("units", "U1", "*")
                .param("outcome", "提升滿意度")
                .param("indicators[0].name", "滿意度")
                .param("indicators[0].measure", "%")
                .param("indicators[0].target", "90")
                .param("indicators[0].higherIsBetter", "true"))
        .andExpect(redirectedUrlPattern("/console/plans/" + plan.id() + "/edit#part-*"));
    Plan after = plans.byId(plan.id()).orElseThrow();
    assertThat(after.content().practices())
        .extracting(p -> p.text())
        .containsExactly("公文稽催", "每月辦理服務禮儀訓練");
    assertThat(after.content().practices().get(1).indicators())
        .singleElement()
        .satisfies(i -> assertThat(i.target()).isEqualByComparingTo("90"));
  }

  @Test
  void afterApprovalEveryChangeNeedsAReasonAndIsOneRevisionInTheHistory() throws Exception {
    Plan plan = samples.approved(township);
    String base = "/console/plans/" + plan.id();
    mvc.perform(get(base + "/nodes/n1/edit").with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("name=\"reason\"")));
    mvc.perform(
            post(base + "/nodes/n1/edit")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "1")
                .param("kind", "HEADING")
                .param("title", "便民服務")
                .param("reason", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"reason-error\"")));
    assertThat(plans.byId(plan.id()).orElseThrow().revision()).isZero();

    mvc.perform(
            post(base + "/nodes/n1/edit")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "1")
                .param("kind", "HEADING")
                .param("title", "便民服務")
                .param("reason", "配合縣府函修正"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(base + "/practices/p1/delete").with(user(township.as(Role.AGENCY_HEAD))))
        .andExpect(content().string(containsString("name=\"reason\"")));
    mvc.perform(
            post(base + "/practices/p1/delete")
                .with(csrf())
                .with(user(township.as(Role.AGENCY_HEAD)))
                .param("version", "2")
                .param("reason", "併入其他作法"))
        .andExpect(redirectedUrl(base + "/edit"));
    Plan revised = plans.byId(plan.id()).orElseThrow();
    assertThat(revised.revision()).isEqualTo(2);
    assertThat(revised.content().practices()).isEmpty();

    mvc.perform(get(base + "/history").with(user(township.as(Role.CASE_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("配合縣府函修正")))
        .andExpect(content().string(containsString("修改標題「便民服務」")))
        .andExpect(content().string(containsString("刪除作法「公文稽催」")))
        .andExpect(content().string(containsString("第 2 次修正前的內容")));
  }

  @Test
  void inADraftHeadingsMoveAndAreDeletedWithoutAReasonAndAClosedPlanHasNoEditing()
      throws Exception {
    Plan plan = samples.draft(township);
    String base = "/console/plans/" + plan.id();
    mvc.perform(
            post(base + "/nodes/new")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0")
                .param("kind", "HEADING")
                .param("title", "創新服務")
                .param("points", "-3"))
        .andExpect(content().string(containsString("id=\"points-error\"")));
    mvc.perform(
            post(base + "/nodes/new")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "0")
                .param("kind", "HEADING")
                .param("title", "創新服務"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(base + "/nodes/n1/move")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("version", "1")
                .param("direction", "down"))
        .andExpect(status().is3xxRedirection());
    Plan moved = plans.byId(plan.id()).orElseThrow();
    assertThat(moved.content().nodes()).extracting(n -> n.title()).containsExactly("創新服務", "實施要項");
    assertThat(plans.history(township.as(Role.QUALITY_OFFICER), plan.id())).hasSize(1);

    Plan closed = samples.closed(county);
    mvc.perform(
            get("/console/plans/" + closed.id() + "/edit")
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/plans/" + closed.id()).with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(not(containsString("/edit\""))));
  }

  @Test
  void aTownshipDerivesItsPlanFromTheCountysPublishedTemplateAndTheLinkIsShown() throws Exception {
    Plan template = samples.publishedTemplate(county);
    mvc.perform(get("/console/plans").with(user(township.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("value=\"" + template.id() + "\"")));
    mvc.perform(
            post("/console/plans/derive")
                .with(csrf())
                .with(user(township.as(Role.QUALITY_OFFICER)))
                .param("templateId", String.valueOf(template.id())))
        .andExpect(redirectedUrlPattern("/console/plans/*/edit"));
    Plan derived =
        plans
            .find(
                township.as(Role.QUALITY_OFFICER),
                township.code().value(),
                template.year(),
                tw.civicdesk.performance.plans.PlanKind.PLAN)
            .orElseThrow();
    assertThat(derived.templateId()).isEqualTo(template.id());
    mvc.perform(get("/console/plans/" + derived.id()).with(user(township.as(Role.CASE_OFFICER))))
        .andExpect(content().string(containsString("href=\"/console/plans/" + template.id())));
    mvc.perform(get("/console/plans/" + template.id()).with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(containsString("href=\"/console/plans/" + derived.id())));
  }

  @Test
  void thePublicSeesThePublishedPlanWithoutStaffNamesAndNoDraft() throws Exception {
    Plan draft = samples.draft(township);
    String publicPage = "/agencies/" + township.code().value() + "/plan";
    mvc.perform(get(publicPage)).andExpect(status().isNotFound());
    mvc.perform(get("/agencies/" + township.code().value()))
        .andExpect(content().string(not(containsString(publicPage))));

    Plan approved =
        plans.take(
            township.as(Role.AGENCY_HEAD),
            draft.id(),
            draft.version(),
            PlanAction.APPROVE,
            "府計字第1號");
    plans.take(
        township.as(Role.QUALITY_OFFICER),
        draft.id(),
        approved.version(),
        PlanAction.PUBLISH,
        null);
    mvc.perform(get(publicPage))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公文稽催")))
        .andExpect(content().string(containsString("府計字第1號")))
        .andExpect(content().string(not(containsString(township.username(Role.AGENCY_HEAD)))))
        .andExpect(content().string(not(containsString("王小明"))));
    mvc.perform(get("/agencies/" + township.code().value()))
        .andExpect(content().string(containsString(publicPage)));
  }
}
