// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.figures.Dimension;
import tw.civicdesk.figures.Figures;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresRow;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The console dashboard: the figures on the page are the rollup's for cases worked on a fixed
 * clock, the due-soon and overdue lists hold the viewer's cases, bad parameters are field errors,
 * the CSV link downloads the same figures, a supervising agency sees the agencies below side by
 * side, and nobody sees an agency out of reach.
 */
@IntegrationTest
class DashboardTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Figures figures;

  TestOrganisation.Setup county;
  TestOrganisation.Setup township;
  TestOrganisation.Setup sibling;
  DashboardFixtures cases;

  @BeforeEach
  void aCountyWithTwoTownships() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("DBC", null);
    township = orgs.agency("DBT", county.code());
    sibling = orgs.agency("DBS", county.code());
    cases = new DashboardFixtures(context, township).all();
  }

  private Document page(StaffPrincipal staff, int expected, String... params) throws Exception {
    var request = get("/console/dashboard").with(user(staff));
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().is(expected))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static List<String> cells(Element row) {
    return row.select("th, td").eachText();
  }

  @Test
  void theFiguresOnThePageAreTheRollupsForCasesWorkedOnAFixedClock() throws Exception {
    Document page =
        page(
            township.as(Role.QUALITY_OFFICER),
            200,
            "from",
            DashboardFixtures.FEB,
            "to",
            DashboardFixtures.FEB,
            "by",
            "month",
            "lang",
            "en");
    FiguresRow feb =
        figures
            .figures(
                FiguresQuery.of(
                    township.code(),
                    YearMonth.parse(DashboardFixtures.FEB),
                    YearMonth.parse(DashboardFixtures.FEB),
                    Dimension.MONTH))
            .get(0);
    assertThat(feb.received()).isEqualTo(3);
    assertThat(feb.decided()).isEqualTo(2);
    assertThat(feb.decidedOnTime()).isEqualTo(1);
    assertThat(page.select("#figures-table tbody tr")).hasSize(1);
    assertThat(cells(page.selectFirst("#figures-table tbody tr")))
        .containsExactly(
            "2026-02",
            "50.0 %",
            "2",
            "1",
            "1",
            String.valueOf(feb.averageWorkingDays()),
            String.valueOf(feb.p90WorkingDays()),
            "1",
            "1");
    assertThat(feb.open()).isEqualTo(1);
    assertThat(feb.overdue()).isEqualTo(1);
    assertThat(page.select("#figures-table caption").text())
        .isEqualTo("Figures per month, 2026-02 to 2026-02");
    assertThat(page.select("#figures-table thead th[scope=col]")).hasSize(9);
    assertThat(page.select("canvas[role=img][aria-label][data-table=figures-table]")).hasSize(2);
  }

  @Test
  void anOfficerSeesTheirOwnCasesDueSoonAndOverdueLinkedToTheCasePage() throws Exception {
    Document page = page(township.as(Role.CASE_OFFICER), 200, "lang", "en");
    Element soon = page.getElementById("due-soon-heading").parent();
    assertThat(soon.select("tbody th a").eachText()).containsExactly(grouped(cases.dueSoon));
    assertThat(soon.select("tbody th a").attr("href"))
        .isEqualTo("/console/cases/" + number(cases.dueSoon));
    // A service is named, never coded; this one is not in the catalogue, so it has no name.
    assertThat(soon.select("tbody td").eachText())
        .contains("—", "Civil")
        .doesNotContain("DASH-SERVICE");
    assertThat(soon.text()).contains("1 case.");
    Element late = page.getElementById("due-overdue-heading").parent();
    assertThat(late.select("tbody th a").eachText())
        .containsExactly(grouped(cases.extended), grouped(cases.overdue));
    assertThat(late.text()).contains("2 cases.");
    assertThat(page.text())
        .doesNotContain(number(cases.dueLater))
        .contains("The figures are for unit heads");
    assertThat(page.select("#figures-table")).isEmpty();
  }

  @Test
  void aUnitHeadSeesTheirUnitsListsAndFigures() throws Exception {
    Document page =
        page(
            township.as(Role.UNIT_HEAD),
            200,
            "from",
            DashboardFixtures.FEB,
            "to",
            DashboardFixtures.FEB,
            "by",
            "unit",
            "lang",
            "en");
    assertThat(page.text()).contains("your unit's cases");
    assertThat(page.getElementById("due-overdue-heading").parent().select("tbody th a").eachText())
        .hasSize(2);
    assertThat(cells(page.selectFirst("#figures-table tbody tr")).subList(0, 3))
        .containsExactly("Civil", "50.0 %", "2");
  }

  @Test
  void badParametersAreFieldErrorsInTheCallersLanguageAndTheListsStay() throws Exception {
    StaffPrincipal quality = township.as(Role.QUALITY_OFFICER);
    Document zh = page(quality, 400, "from", "2026-13", "by", "officer", "lang", "zh-TW");
    assertThat(zh.select("#from-error").text()).contains("月份");
    assertThat(zh.select("#from").attr("aria-invalid")).isEqualTo("true");
    assertThat(zh.select("#by-error").text()).isEqualTo("請從清單選擇分組方式。");
    assertThat(zh.select("#figures-table")).isEmpty();
    assertThat(zh.getElementById("due-overdue-heading")).isNotNull();
    Document en = page(quality, 400, "from", "2026-06", "to", "2026-01", "lang", "en");
    assertThat(en.select("#to-error").text())
        .isEqualTo("The last month must not be before the first.");
    Document agencyHere = page(quality, 400, "by", "agency", "lang", "en");
    assertThat(agencyHere.select("#by-error").text()).isEqualTo("Choose a grouping from the list.");
  }

  @Test
  void theCsvLinkDownloadsTheSameFiguresInTheSession() throws Exception {
    StaffPrincipal quality = township.as(Role.QUALITY_OFFICER);
    Document page =
        page(
            quality,
            200,
            "from",
            DashboardFixtures.FEB,
            "to",
            DashboardFixtures.FEB,
            "by",
            "month");
    String href = page.select("a[download]").attr("href");
    assertThat(href).startsWith("/api/v1/staff/figures.csv?");
    byte[] body =
        mvc.perform(get(href).with(user(quality)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith(",,,,,,2026-02,3,2,1,0.5000,0,1,1,");
  }

  @Test
  void aSupervisingAgencySeesEachAgencyBelowSideBySide() throws Exception {
    new DashboardFixtures(context, sibling).all();
    Document page =
        page(
            county.as(Role.QUALITY_OFFICER),
            200,
            "from",
            DashboardFixtures.FEB,
            "to",
            DashboardFixtures.FEB,
            "lang",
            "en");
    assertThat(page.select("#by option[selected]").attr("value")).isEqualTo("agency");
    List<String> agencies = page.select("#figures-table tbody th[scope=row]").eachText();
    assertThat(agencies)
        .containsExactlyInAnyOrder(
            "Test " + township.code().value().substring(4),
            "Test " + sibling.code().value().substring(4));
    assertThat(page.select("#figures-table tbody tr td:nth-of-type(1)").eachText())
        .containsOnly("50.0 %");
    assertThat(page.select("a[download]").attr("href")).contains("descendants=true");
    assertThat(page.select("#agency option")).hasSize(3);
    Document below =
        page(county.as(Role.QUALITY_OFFICER), 200, "agency", township.code().value(), "lang", "en");
    assertThat(below.getElementById("due-soon-heading")).isNull();
    assertThat(below.text()).contains("your own agency's cases only");
  }

  @Test
  void nobodySeesAnAgencyOutOfReach() throws Exception {
    String code = township.code().value();
    page(sibling.as(Role.QUALITY_OFFICER), 404, "agency", code);
    page(sibling.as(Role.CASE_OFFICER), 404, "agency", code);
    page(county.as(Role.UNIT_HEAD), 404, "agency", code);
    page(county.as(Role.AGENCY_ADMIN), 404, "agency", code);
    page(township.as(Role.QUALITY_OFFICER), 404, "agency", county.code().value());
    page(township.as(Role.QUALITY_OFFICER), 404, "agency", "no such agency");
    page(township.as(Role.COUNTER_CLERK), 403);
    mvc.perform(get("/console/dashboard")).andExpect(status().is3xxRedirection());
  }

  private static String number(CaseNumber c) {
    return c.value();
  }

  /** The number as the page shows it, in groups that can be read out. */
  private static String grouped(CaseNumber c) {
    return c.grouped();
  }
}
