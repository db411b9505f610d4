// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/** The console case lists: who sees which cases, filters, and field errors for bad values. */
@IntegrationTest
class CaseListTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;

  CaseListFixtures fixtures;
  TestOrganisation.Setup own;
  TestOrganisation.Setup other;
  long otherUnit;
  CaseNumber mine;
  CaseNumber colleagues;
  CaseNumber unassigned;
  CaseNumber otherUnitUnassigned;
  CaseNumber closedOfMine;
  CaseNumber otherAgencys;
  CaseNumber otherAgencysUnassigned;

  @BeforeEach
  void casesInTwoAgencies() {
    fixtures = new CaseListFixtures(context);
    TestOrganisation orgs = TestOrganisation.from(context);
    own = orgs.agency("LIST", null);
    other = orgs.agency("LIST", null);
    long unit = own.unit().id();
    otherUnit = unit + 100_000;
    String officer = own.username(Role.CASE_OFFICER);
    mine = fixtures.file(own, unit);
    fixtures.assign(own, mine, officer);
    colleagues = fixtures.file(own, unit);
    fixtures.assign(own, colleagues, fixtures.colleague(own, "colleague").getUsername());
    unassigned = fixtures.file(own, unit);
    otherUnitUnassigned = fixtures.file(own, otherUnit);
    closedOfMine = fixtures.file(own, unit);
    fixtures.closed(own, closedOfMine, own.as(Role.CASE_OFFICER));
    otherAgencys = fixtures.file(other, other.unit().id());
    fixtures.assign(other, otherAgencys, other.username(Role.CASE_OFFICER));
    // Named on it as its officer: no door assigns another agency's staff, but a list must
    // leave the case out whatever its row says.
    jdbc.sql("update casework_case set officer = ? where number = ?")
        .params(officer, otherAgencys.value())
        .update();
    otherAgencysUnassigned = fixtures.file(other, other.unit().id());
  }

  @Test
  void anOfficerSeesTheirOpenCasesFirstAndNeverAnotherAgencysEvenWhenNamedOnIt() throws Exception {
    assertThat(numbers(list(own.as(Role.CASE_OFFICER)))).containsExactly(number(mine));
  }

  @Test
  void aUnitHeadSeesTheUnassignedCasesOfTheirUnitFirst() throws Exception {
    assertThat(numbers(list(own.as(Role.UNIT_HEAD)))).containsExactly(number(unassigned));
  }

  @Test
  void aQualityOfficerSeesTheUnassignedCasesOfTheWholeAgency() throws Exception {
    assertThat(numbers(list(own.as(Role.QUALITY_OFFICER), "view", "unassigned")))
        .containsExactlyInAnyOrder(number(unassigned), number(otherUnitUnassigned));
  }

  @Test
  void theUnitViewHoldsTheUnitsCasesStillBeingWorked() throws Exception {
    assertThat(numbers(list(own.as(Role.CASE_OFFICER), "view", "UNIT")))
        .containsExactlyInAnyOrder(number(mine), number(colleagues), number(unassigned));
  }

  @Test
  void theAllViewHoldsTheCasesInReachOfTheOwnAgencyOnly() throws Exception {
    CaseNumber filedByClerk = fixtures.fileBy(own, otherUnit, own.username(Role.COUNTER_CLERK));
    List<String> agencyWide =
        List.of(
            number(mine),
            number(colleagues),
            number(unassigned),
            number(otherUnitUnassigned),
            number(closedOfMine),
            number(filedByClerk));
    for (Role role :
        List.of(Role.QUALITY_OFFICER, Role.AGENCY_HEAD, Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN)) {
      assertThat(numbers(list(own.as(role), "view", "ALL")))
          .as(role.name())
          .containsExactlyInAnyOrderElementsOf(agencyWide)
          .doesNotContain(number(otherAgencys), number(otherAgencysUnassigned));
    }
    assertThat(numbers(list(own.as(Role.UNIT_HEAD), "view", "ALL")))
        .as("their unit's")
        .containsExactlyInAnyOrder(
            number(mine), number(colleagues), number(unassigned), number(closedOfMine));
    assertThat(numbers(list(own.as(Role.COUNTER_CLERK), "view", "ALL")))
        .as("what they filed")
        .containsExactly(number(filedByClerk));
  }

  @Test
  void aPlainOfficerCannotOpenTheAllViewAndIsToldWhy() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/console/cases")
                        .param("view", "ALL")
                        .param("lang", "en")
                        .with(user(own.as(Role.CASE_OFFICER))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("#view-error").text())
        .isEqualTo("Choose one of the lists offered to you.");
    assertThat(page.select("table")).isEmpty();
  }

  @Test
  void rowsLinkToTheCaseAndShowNoApplicantData() throws Exception {
    Document page = list(own.as(Role.CASE_OFFICER), "lang", "en");
    assertThat(page.select("tbody th a").attr("href")).isEqualTo("/console/cases/" + number(mine));
    // The officer by name; a service the catalogue does not know keeps its code.
    assertThat(page.select("tbody td").eachText())
        .contains("LIST-SERVICE", "At the counter", "Assigned to an officer", "王小明")
        .doesNotContain(own.username(Role.CASE_OFFICER));
    assertThat(page.select("caption").text()).isEqualTo("Cases assigned to me that are still open");
  }

  @Test
  void filtersNarrowTheListByStatusServiceChannelAndDueDate() throws Exception {
    StaffPrincipal admin = own.as(Role.AGENCY_ADMIN);
    CaseNumber phone =
        fixtures.file(
            own, own.unit().id(), "OTHER-SERVICE", Channel.PHONE, TimeLimit.calendarDays(60), 0);
    assertThat(numbers(list(admin, "status", "RECEIVED")))
        .containsExactlyInAnyOrder(number(unassigned), number(otherUnitUnassigned), number(phone));
    assertThat(numbers(list(admin, "status", "CLOSED", "status", "ASSIGNED")))
        .containsExactlyInAnyOrder(number(mine), number(colleagues), number(closedOfMine));
    assertThat(numbers(list(admin, "service", "other-service"))).containsExactly(number(phone));
    assertThat(numbers(list(admin, "channel", "PHONE"))).containsExactly(number(phone));
    assertThat(numbers(list(admin, "dueBy", fixtures.today().plusDays(30).toString())))
        .hasSize(5)
        .doesNotContain(number(phone));
  }

  @Test
  void theOverdueFilterAndMarkerShowCasesPastTheirDueDateThatAreStillWorked() throws Exception {
    CaseNumber late =
        fixtures.file(
            own, own.unit().id(), "LIST-SERVICE", Channel.MAIL, TimeLimit.workingDays(3), 30);
    Document page = list(own.as(Role.AGENCY_ADMIN), "overdue", "true", "lang", "en");
    assertThat(numbers(page)).containsExactly(number(late));
    assertThat(page.select("tbody strong.overdue").text()).isEqualTo("(overdue)");
    assertThat(list(own.as(Role.AGENCY_ADMIN), "view", "ALL").select("strong.overdue")).hasSize(1);
  }

  @Test
  void aFirstDueDayLeavesOutCasesDueEarlierAndEveryRowNamesItsUnit() {
    CaseNumber late =
        fixtures.file(
            own, own.unit().id(), "LIST-SERVICE", Channel.MAIL, TimeLimit.workingDays(3), 30);
    CaseQuery.Filter fromToday =
        new CaseQuery.Filter(Set.of(), null, null, fixtures.today(), null, false);
    CaseQuery.Page page =
        work.list(
            new CaseQuery(
                own.as(Role.AGENCY_ADMIN),
                CaseQuery.View.ALL,
                fromToday,
                CaseQuery.Sort.DUE,
                null,
                100));
    assertThat(page.rows())
        .extracting(r -> r.number().value())
        .contains(number(mine), number(unassigned))
        .doesNotContain(number(late));
    assertThat(page.rows())
        .filteredOn(r -> r.number().equals(otherUnitUnassigned))
        .singleElement()
        .extracting(CaseQuery.Row::unitId)
        .isEqualTo(otherUnit);
  }

  @Test
  void badFilterValuesAreShownNextToTheirFieldsInTheCallersLanguage() throws Exception {
    MockHttpServletRequestBuilder bad =
        get("/console/cases")
            .param("status", "LOST")
            .param("channel", "FAX")
            .param("dueBy", "2026-13-45")
            .param("sort", "price")
            .param("service", "no spaces please")
            .param("size", "1000")
            .with(user(own.as(Role.AGENCY_ADMIN)));
    Document zh =
        Jsoup.parse(
            mvc.perform(bad.param("lang", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(zh.select("#dueBy-error").text()).startsWith("請以「年-月-日」格式輸入日期");
    assertThat(zh.select("#dueBy").attr("aria-invalid")).isEqualTo("true");
    Document en =
        Jsoup.parse(
            mvc.perform(
                    get("/console/cases")
                        .param("status", "LOST")
                        .param("channel", "FAX")
                        .param("dueBy", "2026-13-45")
                        .param("sort", "price")
                        .param("service", "no spaces please")
                        .param("overdue", "maybe")
                        .param("lang", "en")
                        .with(user(own.as(Role.AGENCY_ADMIN))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(en.select("#status-error").text()).isEqualTo("Choose statuses from the list.");
    assertThat(en.select("#channel-error").text()).isEqualTo("Choose a channel from the list.");
    assertThat(en.select("#sort-error").text()).isEqualTo("Choose an order from the list.");
    assertThat(en.select("#service-error").text()).startsWith("A service code has");
    assertThat(en.select("#overdue-error").text()).isEqualTo("Tick the box or leave it empty.");
  }

  @Test
  void aDamagedPageLinkIsAFormErrorNotAServerError() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/console/cases")
                        .param("after", "garbage")
                        .param("key", "x")
                        .param("lang", "en")
                        .with(user(own.as(Role.AGENCY_ADMIN))))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("[role=alert]").text())
        .isEqualTo("The page link is damaged; start again from the first page.");
  }

  private Document list(StaffPrincipal staff, String... params) throws Exception {
    MockHttpServletRequestBuilder request = get("/console/cases").with(user(staff));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** The case numbers listed, as stored (the page shows them grouped). */
  static List<String> numbers(Document page) {
    return page.select("tbody th a").eachText().stream()
        .map(n -> tw.civicdesk.casework.CaseNumber.parse(n).orElseThrow().value())
        .toList();
  }

  private static String number(CaseNumber c) {
    return c.value();
  }
}
