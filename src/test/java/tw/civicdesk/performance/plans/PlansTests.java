// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.PlanContent.BasisLetter;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.NotFoundException;

/** Drafting, the lifecycle, revisions and the public API of service-quality plans. */
@IntegrationTest
public class PlansTests {

  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired MockMvc mvc;

  Setup county;
  Setup township;
  Setup sibling;

  @BeforeEach
  void agencies() {
    TestOrganisation org = TestOrganisation.from(context);
    county = org.agency("PCOUNTY", null);
    township = org.agency("PTOWN", county.code());
    sibling = org.agency("PSIB", null);
  }

  public static PlanContent content(String practice) {
    List<Practice> practices =
        List.of(
            new Practice("", practice, Deadline.ONGOING, List.of("U1"), "縮短等候時間", List.of()),
            new Practice(
                "",
                "提供線上表單以供下載",
                Deadline.on(LocalDate.of(2026, 6, 30)),
                List.of(Practice.ALL_UNITS),
                null,
                List.of()));
    PlanNode item =
        new PlanNode("", NodeKind.ITEM, "服務流程", "01.01", 200, null, List.of(), practices);
    PlanNode dimension =
        new PlanNode("", NodeKind.DIMENSION, "優質便民服務", "01", 400, null, List.of(item), List.of());
    return new PlanContent(
        List.of(
            new BasisLetter(
                "行政院96年7月23日院授研展字第09600152471號函頒「政府服務創新精進方案」",
                "行政院",
                LocalDate.of(2007, 7, 23),
                "院授研展字第09600152471號")),
        List.of("全面提升為民服務品質"),
        List.of("本所各課、室"),
        List.of("構面", "指標"),
        List.of(dimension),
        List.of());
  }

  private Plan draft() {
    return plans.create(
        township.as(Role.QUALITY_OFFICER),
        new Plans.NewPlan(
            township.code().value(),
            2026,
            PlanKind.PLAN,
            "115年度提升服務品質執行計畫",
            null,
            content("定期辦理公文稽催管制")));
  }

  @Test
  void anApprovedPlanChangesOnlyByARecordedRevisionThatKeepsTheTextBefore() {
    Plan plan = draft();
    assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    assertThat(plan.content().practices()).allMatch(p -> !p.id().isBlank());

    Plan approved =
        plans.take(
            township.as(Role.AGENCY_HEAD),
            plan.id(),
            plan.version(),
            PlanAction.APPROVE,
            "府計研字第1150000001號");
    assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(approved.approvalRef()).isEqualTo("府計研字第1150000001號");
    assertThatThrownBy(
            () ->
                plans.editDraft(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    approved.version(),
                    "改名",
                    approved.content()))
        .isInstanceOf(ConflictException.class);

    Plan revised =
        plans.revise(
            township.as(Role.QUALITY_OFFICER),
            plan.id(),
            approved.version(),
            approved.title(),
            content("每月辦理公文稽催管制"),
            "配合縣府函修正");
    assertThat(revised.revision()).isEqualTo(1);
    assertThat(revised.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(revised.content().practices().get(0).text()).isEqualTo("每月辦理公文稽催管制");

    List<PlanHistoryEntry> history = plans.history(township.as(Role.CASE_OFFICER), plan.id());
    assertThat(history)
        .extracting(PlanHistoryEntry::action)
        .containsExactly(PlanAction.CREATE, PlanAction.APPROVE, PlanAction.REVISE);
    PlanHistoryEntry revision = history.get(2);
    assertThat(revision.reason()).isEqualTo("配合縣府函修正");
    assertThat(revision.revision()).isEqualTo(1);
    assertThat(revision.contentBefore()).isNotNull();
    assertThat(revision.contentBefore().practices().get(0).text()).isEqualTo("定期辦理公文稽催管制");
  }

  @Test
  void aRevisionNeedsAReasonAndTheCurrentVersion() {
    Plan plan = draft();
    Plan approved =
        plans.take(
            township.as(Role.AGENCY_HEAD), plan.id(), plan.version(), PlanAction.APPROVE, null);
    assertThatThrownBy(
            () ->
                plans.revise(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    approved.version(),
                    approved.title(),
                    approved.content(),
                    " "))
        .isInstanceOf(InvalidFields.class);
    assertThatThrownBy(
            () ->
                plans.revise(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    plan.version(),
                    approved.title(),
                    approved.content(),
                    "修正"))
        .isInstanceOf(ConflictException.class);
    assertThat(plans.history(township.as(Role.QUALITY_OFFICER), plan.id())).hasSize(2);
  }

  @Test
  void onlyTheHeadApprovesAndOnlyInTheOrderOfTheLifecycle() {
    Plan plan = draft();
    assertThatThrownBy(
            () ->
                plans.take(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    plan.version(),
                    PlanAction.APPROVE,
                    null))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                plans.take(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    plan.version(),
                    PlanAction.PUBLISH,
                    null))
        .isInstanceOf(ConflictException.class);
    Plan p =
        plans.take(
            township.as(Role.AGENCY_HEAD), plan.id(), plan.version(), PlanAction.APPROVE, null);
    p =
        plans.take(
            township.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
    p = plans.take(township.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.START, null);
    p = plans.take(township.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.CLOSE, null);
    assertThat(p.status()).isEqualTo(PlanStatus.CLOSED);
    Plan closed = p;
    assertThatThrownBy(
            () ->
                plans.revise(
                    township.as(Role.QUALITY_OFFICER),
                    closed.id(),
                    closed.version(),
                    closed.title(),
                    closed.content(),
                    "太晚"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void badContentIsRefusedFieldByFieldAndNothingIsStored() {
    PlanContent bad = content(" ");
    assertThatThrownBy(
            () ->
                plans.create(
                    township.as(Role.QUALITY_OFFICER),
                    new Plans.NewPlan(township.code().value(), 2027, PlanKind.PLAN, "", null, bad)))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly("title", "nodes[0].children[0].practices[0].text"));
    assertThat(
            plans.find(
                township.as(Role.QUALITY_OFFICER), township.code().value(), 2027, PlanKind.PLAN))
        .isEmpty();
  }

  @Test
  void aCountyTemplateIsDerivedByItsAgenciesAndTheLinkIsKept() {
    Plan template =
        plans.create(
            county.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(
                county.code().value(),
                2026,
                PlanKind.TEMPLATE,
                "115年提升服務品質實施計畫",
                "SQA-FRONTLINE",
                null));
    assertThat(template.content().nodes())
        .extracting(PlanNode::title)
        .containsExactly("優質便民服務", "資訊網路服務", "創新加值服務");
    assertThatThrownBy(() -> plans.derive(township.as(Role.QUALITY_OFFICER), template.id()))
        .as("a draft template is not issued yet")
        .isInstanceOf(NotFoundException.class);
    Plan t =
        plans.take(
            county.as(Role.AGENCY_HEAD),
            template.id(),
            template.version(),
            PlanAction.APPROVE,
            null);
    plans.take(county.as(Role.QUALITY_OFFICER), t.id(), t.version(), PlanAction.PUBLISH, null);

    Plan derived = plans.derive(township.as(Role.QUALITY_OFFICER), template.id());
    assertThat(derived.templateId()).isEqualTo(template.id());
    assertThat(derived.agencyCode()).isEqualTo(township.code().value());
    assertThat(derived.frameworkCode()).isEqualTo("SQA-FRONTLINE");
    assertThat(plans.derivedFrom(county.as(Role.QUALITY_OFFICER), template.id()))
        .extracting(Plan::id)
        .containsExactly(derived.id());
    assertThatThrownBy(() -> plans.derive(sibling.as(Role.QUALITY_OFFICER), template.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theApiShowsAPublishedPlanToAnyoneAndADraftOnlyToStaffWithinReach() throws Exception {
    Plan plan = draft();
    String path = "/api/v1/plans?agency=" + township.code().value() + "&year=2026";
    mvc.perform(get(path)).andExpect(status().isNotFound());
    mvc.perform(get(path).with(user(sibling.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
    mvc.perform(get(path).with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"));

    Plan p =
        plans.take(
            township.as(Role.AGENCY_HEAD), plan.id(), plan.version(), PlanAction.APPROVE, null);
    plans.take(township.as(Role.QUALITY_OFFICER), p.id(), p.version(), PlanAction.PUBLISH, null);
    mvc.perform(get(path))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tree[0].kind").value("DIMENSION"))
        .andExpect(jsonPath("$.tree[0].title").value("優質便民服務"))
        .andExpect(jsonPath("$.tree[0].points").value(400))
        .andExpect(jsonPath("$.tree[0].children[0].kind").value("ITEM"))
        .andExpect(jsonPath("$.tree[0].children[0].points").value(200))
        .andExpect(jsonPath("$.tree[0].children[0].practices[0].text").value("定期辦理公文稽催管制"))
        .andExpect(
            jsonPath("$.tree[0].children[0].practices[0].deadline.recurring").value("ONGOING"))
        .andExpect(jsonPath("$.tree[0].children[0].practices[0].units[0]").value("民政課"))
        .andExpect(jsonPath("$.tree[0].children[0].practices[1].deadline.date").value("2026-06-30"))
        .andExpect(jsonPath("$.tree[0].children[0].practices[1].units[0]").value("各單位"))
        .andExpect(jsonPath("$.basis[0].number").value("院授研展字第09600152471號"));
  }

  @Test
  void theApiAnswersAMissingAgencyOrABadYearWithAProblem() throws Exception {
    mvc.perform(get("/api/v1/plans?year=20x6"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("agency", "year")));
  }
}
