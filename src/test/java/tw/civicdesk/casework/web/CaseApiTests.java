// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/** The staff case API: every step, optimistic locking, scoping, roles and problem details. */
@IntegrationTest
class CaseApiTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  CaseListFixtures fixtures;
  TestOrganisation.Setup agency;
  CaseNumber c;
  String base;

  @BeforeEach
  void aReceivedCase() {
    fixtures = new CaseListFixtures(context);
    agency = TestOrganisation.from(context).agency("API", null);
    c = fixtures.fileBy(agency, agency.unit().id(), agency.username(Role.COUNTER_CLERK));
    base = "/api/v1/cases/" + c.value();
  }

  ResultActions step(Role role, String path, String json) throws Exception {
    return step(agency.as(role), path, json);
  }

  ResultActions step(StaffPrincipal staff, String path, String json) throws Exception {
    return mvc.perform(
        post(base + path)
            .with(user(staff))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  void expect(ResultActions result, String status, int version) throws Exception {
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.version").value(version));
  }

  @Test
  void aCaseGoesThroughItsWholeLifecycleOverTheApi() throws Exception {
    String officer = agency.username(Role.CASE_OFFICER);
    mvc.perform(get(base).with(user(agency.as(Role.UNIT_HEAD))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.allowedActions").value(hasItem("ASSIGN")));
    expect(
        step(Role.UNIT_HEAD, "/assign", "{\"version\":0,\"officer\":\"" + officer + "\"}"),
        "ASSIGNED",
        1);
    expect(step(Role.CASE_OFFICER, "/start", "{\"version\":1}"), "IN_PROGRESS", 2);
    step(
            Role.CASE_OFFICER,
            "/supplement-requests",
            "{\"version\":2,\"deficiencies\":[\"戶籍謄本\",\"印章\"]}")
        .andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"))
        .andExpect(jsonPath("$.version").value(3))
        .andExpect(jsonPath("$.dueDate").isEmpty());
    expect(
        step(Role.COUNTER_CLERK, "/supplements", "{\"version\":3,\"note\":\"已補\"}"),
        "IN_PROGRESS",
        4);
    expect(
        step(
            Role.UNIT_HEAD,
            "/extensions",
            "{\"version\":4,\"amount\":3,\"unit\":\"WORKING_DAYS\",\"reason\":\"需會勘\"}"),
        "IN_PROGRESS",
        5);
    expect(
        step(
            Role.CASE_OFFICER,
            "/decision",
            "{\"version\":5,\"outcome\":\"APPROVED\",\"reason\":\"符合規定\"}"),
        "DECIDED",
        6);
    step(Role.CASE_OFFICER, "/close", "{\"version\":6}")
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.version").value(7))
        .andExpect(jsonPath("$.decision").value("APPROVED"))
        .andExpect(jsonPath("$.history.length()").value(8))
        .andExpect(jsonPath("$.history[1].internalNote").value("→ " + officer))
        .andExpect(jsonPath("$.history[7].party").value("CASE_OFFICER"))
        .andExpect(jsonPath("$.allowedActions.length()").value(0));
  }

  @Test
  void twoConcurrentStepsWithOneVersionGiveExactlyOneSuccessAndOneConflict() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Callable<Integer> assign =
        () -> {
          go.await();
          return step(
                  Role.UNIT_HEAD,
                  "/assign",
                  "{\"version\":0,\"officer\":\"" + agency.username(Role.CASE_OFFICER) + "\"}")
              .andReturn()
              .getResponse()
              .getStatus();
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> one = pool.submit(assign);
      Future<Integer> two = pool.submit(assign);
      go.countDown();
      assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aStaleVersionIsAConflictWithALocalizedDetail() throws Exception {
    fixtures.assign(agency, c, agency.username(Role.CASE_OFFICER));
    step(
            Role.UNIT_HEAD,
            "/assign",
            "{\"version\":0,\"officer\":\"" + agency.username(Role.CASE_OFFICER) + "\"}")
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:casework.case.changed"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Someone else changed this case just now. Reload"
                        + " it; what you typed is still on the page."));
    mvc.perform(
            post(base + "/assign")
                .with(user(agency.as(Role.UNIT_HEAD)))
                .header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"officer\":\"someone\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("案件")));
  }

  @Test
  void anotherAgencysStaffFindNoSuchCase() throws Exception {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("API", null);
    mvc.perform(get(base).with(user(other.as(Role.AGENCY_ADMIN))))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:casework.case.not-found"));
    step(other.as(Role.UNIT_HEAD), "/assign", "{\"version\":0,\"officer\":\"x\"}")
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/cases/not-a-number").with(user(agency.as(Role.UNIT_HEAD))))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCounterClerkMayNotDecide() throws Exception {
    step(
        Role.UNIT_HEAD,
        "/assign",
        "{\"version\":0,\"officer\":\"" + agency.username(Role.CASE_OFFICER) + "\"}");
    step(Role.CASE_OFFICER, "/start", "{\"version\":1}");
    step(
            Role.COUNTER_CLERK,
            "/decision",
            "{\"version\":2,\"outcome\":\"APPROVED\",\"reason\":\"可\"}")
        .andExpect(status().isForbidden())
        .andExpect(
            jsonPath("$.type").value("urn:civicdesk:problem:casework.transition.not-permitted"));
    step(Role.QUALITY_OFFICER, "/close", "{\"version\":2}").andExpect(status().isConflict());
    mvc.perform(get(base).with(user(agency.as(Role.COUNTER_CLERK))))
        .andExpect(jsonPath("$.allowedActions").value(not(hasItem("DECIDE"))));
  }

  @Test
  void anotherOfficerMayNotWorkACaseAssignedToSomeoneElse() throws Exception {
    fixtures.assign(agency, c, fixtures.colleague(agency, "colleague").getUsername());
    step(Role.CASE_OFFICER, "/start", "{\"version\":1}").andExpect(status().isForbidden());
    step(Role.UNIT_HEAD, "/assign", "{\"version\":1,\"officer\":\"nobody\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("officer"));
  }

  @Test
  void rulesAndMissingValuesAreUnprocessableWithEveryFieldNamed() throws Exception {
    step(Role.UNIT_HEAD, "/assign", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("version", "officer")));
    step(Role.UNIT_HEAD, "/extensions", "{\"version\":0,\"amount\":0,\"unit\":\"WEEKS\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("amount", "unit")));
    step(
        Role.UNIT_HEAD,
        "/assign",
        "{\"version\":0,\"officer\":\"" + agency.username(Role.CASE_OFFICER) + "\"}");
    step(Role.CASE_OFFICER, "/start", "{\"version\":1}");
    step(
            Role.CASE_OFFICER,
            "/decision",
            "{\"version\":2,\"outcome\":\"REJECTED\"," + "\"reason\":\"不符\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("remedy"))
        .andExpect(
            jsonPath("$.errors[0].detail")
                .value(
                    "A refusal must tell the applicant how"
                        + " to appeal (administrative appeal)."));
  }

  @Test
  void aCaseCanBeWithdrawnMergedTransferredOrSharedWithAnotherUnit() throws Exception {
    expect(
        step(Role.COUNTER_CLERK, "/withdrawal", "{\"version\":0,\"reason\":\"不辦了\"}"),
        "WITHDRAWN",
        1);
    CaseNumber target = fixtures.file(agency, agency.unit().id());
    c = fixtures.file(agency, agency.unit().id());
    base = "/api/v1/cases/" + c.value();
    step(Role.UNIT_HEAD, "/merge", "{\"version\":0,\"into\":\"" + target + "\"}")
        .andExpect(jsonPath("$.status").value("MERGED"))
        .andExpect(jsonPath("$.links.mergedInto").value(target.value()));
    TestOrganisation.Setup competent = TestOrganisation.from(context).agency("API", null);
    c = fixtures.file(agency, agency.unit().id());
    base = "/api/v1/cases/" + c.value();
    step(
            Role.UNIT_HEAD,
            "/transfer",
            "{\"version\":0,\"to\":\""
                + competent.code()
                + "\",\"unitId\":"
                + competent.unit().id()
                + ",\"reason\":\"非本機關權責\"}")
        .andExpect(jsonPath("$.status").value("TRANSFERRED"))
        .andExpect(jsonPath("$.links.transferredTo").isNotEmpty());
    c = fixtures.file(agency, agency.unit().id());
    fixtures.assign(agency, c, agency.username(Role.CASE_OFFICER));
    base = "/api/v1/cases/" + c.value();
    step(Role.CASE_OFFICER, "/start", "{\"version\":1}");
    step(
            Role.CASE_OFFICER,
            "/joint-handling",
            "{\"version\":2,\"unitId\":"
                + agency.unit().id()
                + ",\"amount\":2,\"unit\":\"WORKING_DAYS\"}")
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.children.length()").value(1));
  }

  @Test
  void oneCaseIsForSignedInStaffAndHttpBasicWorks() throws Exception {
    mvc.perform(get(base)).andExpect(status().isUnauthorized());
    mvc.perform(
            get(base).with(httpBasic(agency.username(Role.UNIT_HEAD), TestOrganisation.PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(
            post(base + "/start")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}"))
        .andExpect(status().isUnauthorized());
  }
}
