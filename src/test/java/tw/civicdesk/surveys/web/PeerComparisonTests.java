// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyType;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.PeerFixtures;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;

/**
 * The comparison with peers: a county's quality officer sees its offices side by side by kind, with
 * the figures worked out by hand; an office's quality officer sees only their own; nobody sees a
 * comment; the CSV and the JSON say the same; other roles are refused.
 */
@IntegrationTest
class PeerComparisonTests {

  static final String SPAN = "purpose=COUNTER&from=2026-02-01&to=2026-02-28";

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired Organisation organisation;

  TestOrganisation.Setup county;
  TestOrganisation.Setup townA;
  TestOrganisation.Setup townB;
  TestOrganisation.Setup household;

  @BeforeEach
  void aCountyWithTwoTownshipsAndAHouseholdOffice() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("PCOUNTY", null);
    retype(county, AgencyType.LOCAL_GOVERNMENT);
    townA = orgs.agency("PTOWNA", county.code());
    townB = orgs.agency("PTOWNB", county.code());
    household = orgs.agency("PHR", county.code());
    retype(household, AgencyType.HOUSEHOLD_REGISTRATION_OFFICE);
    // Town A (threshold 2): overall 5, 4, 2 -> 2 of 3; courtesy 5, 5, 2 -> 2 of 3.
    SurveyView a = SurveyFixtures.open(context, townA, "counter", 2);
    answer(a, 5, "2026-02-01", "SECRET-TEXT-A 停車位太少");
    answer(a, 4, "2026-02-14", "");
    answer(a, 2, "2026-02-28", "");
    answer(a, 1, "2026-03-01", ""); // after the span
    // Town B (threshold 30): one answer, too few.
    SurveyView b = SurveyFixtures.open(context, townB, "counter", 30);
    answer(b, 5, "2026-02-10", "SECRET-TEXT-B 很好");
    // The household office (threshold 1): overall 4 -> 1 of 1.
    answer(SurveyFixtures.open(context, household, "counter", 1), 4, "2026-02-11", "");
  }

  private void retype(TestOrganisation.Setup setup, AgencyType type) {
    Agency a = organisation.agency(setup.code()).orElseThrow();
    context
        .getBean(OrganisationAdministration.class)
        .updateAgency(
            setup.as(Role.SYSTEM_ADMIN),
            new AgencyDraft(
                a.code(),
                a.parentCode(),
                a.name(),
                type,
                a.address(),
                a.phone(),
                a.openingHours(),
                a.closurePolicy()),
            a.version());
  }

  private void answer(SurveyView survey, int overall, String day, String comment) {
    var answers = PeerFixtures.counter(overall, overall);
    if (!comment.isEmpty()) {
      answers.put("comment", comment);
    }
    PeerFixtures.answer(context, survey, answers, LocalDate.parse(day));
  }

  private String name(TestOrganisation.Setup setup) {
    return organisation.agency(setup.code()).orElseThrow().name().zh();
  }

  private String html(String url, StaffPrincipal as) throws Exception {
    return mvc.perform(get(url).with(user(as)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static Element row(Document page, String agency) {
    return page.select("table.peer-table tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().equals(agency))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + agency));
  }

  @Test
  void theCountysQualityOfficerSeesItsOfficesByKindWithBothMarginsAndNoComment() throws Exception {
    String html =
        html("/console/surveys/compare?" + SPAN + "&lang=zh-TW", county.as(Role.QUALITY_OFFICER));
    Document page = Jsoup.parse(html);

    Element townships = page.getElementById("table-TOWNSHIP_OFFICE");
    assertThat(townships.select("tbody th").eachText()).containsExactly(name(townA), name(townB));
    assertThat(
            page.getElementById("table-HOUSEHOLD_REGISTRATION_OFFICE")
                .select("tbody th")
                .eachText())
        .containsExactly(name(household));
    assertThat(page.getElementById("table-LOCAL_GOVERNMENT").select("tbody th").eachText())
        .containsExactly(name(county));

    List<String> a = row(page, name(townA)).select("td").eachText();
    // responses 3; 2 of 3 = 66.7 %; 1.96·√(0.25/3) = 0.5658; 1.96·√((2/3)(1/3)/3) = 0.5334
    assertThat(a.subList(0, 4)).containsExactly("3", "66.7 % n = 3", "±56.6", "±53.3");
    // every other question was answered with the overall's points: each dimension alike
    assertThat(a.subList(4, 8)).containsOnly("66.7 % n = 3");
    assertThat(row(page, name(townA)).selectFirst("td[data-column=overall]").attr("data-value"))
        .isEqualTo("66.7");
    List<String> b = row(page, name(townB)).select("td").eachText();
    assertThat(b.subList(0, 4)).containsExactly("1", "樣本不足 n = 1", "—", "—");
    assertThat(row(page, name(townB)).selectFirst("td[data-column=overall]").attr("data-value"))
        .isEmpty();
    assertThat(row(page, name(county)).select("td").eachText().subList(0, 2))
        .containsExactly("0", "—");
    assertThat(html).doesNotContain("SECRET-TEXT").doesNotContain("停車位太少");
  }

  @Test
  void anOfficesQualityOfficerSeesOnlyTheirOwnAgency() throws Exception {
    Document page =
        Jsoup.parse(html("/console/surveys/compare?" + SPAN, townB.as(Role.QUALITY_OFFICER)));
    assertThat(page.select("table.peer-table tbody th").eachText()).containsExactly(name(townB));
    assertThat(page.text()).doesNotContain(name(townA)).doesNotContain(name(county));
    assertThat(page.select("[role=note]")).isNotEmpty();
    String csv = html("/console/surveys/compare.csv?" + SPAN, townA.as(Role.AGENCY_HEAD));
    assertThat(csv.lines().count()).as("the header and town A").isEqualTo(2);
    assertThat(csv).doesNotContain(townB.code().value());
  }

  @Test
  void theCsvAndTheJsonCarryTheSameFigures() throws Exception {
    byte[] bytes =
        mvc.perform(
                get("/console/surveys/compare.csv?" + SPAN)
                    .with(user(county.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .startsWith(
            "\uFEFFtype,agency,name,responses,too_few_below,overall_n,overall_percent,"
                + "overall_margin_points,overall_observed_margin_points,environment_n");
    assertThat(lines)
        .contains(
            "TOWNSHIP_OFFICE,"
                + townA.code().value()
                + ","
                + name(townA)
                + ",3,2"
                + ",3,66.7,56.6,53.3".repeat(5),
            "TOWNSHIP_OFFICE,"
                + townB.code().value()
                + ","
                + name(townB)
                + ",1,30"
                + ",1,,,".repeat(5));
    assertThat(String.join("\n", lines)).doesNotContain("SECRET-TEXT");

    mvc.perform(
            get("/api/v1/staff/surveys/compare?" + SPAN)
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.purpose").value("COUNTER"))
        .andExpect(
            jsonPath("$.groups[?(@.type == 'TOWNSHIP_OFFICE')].agencies[0].code")
                .value(townA.code().value()))
        .andExpect(
            jsonPath(
                    "$.groups[?(@.type == 'TOWNSHIP_OFFICE')].agencies[0].overall.satisfactionRate")
                .value(0.6667))
        .andExpect(
            jsonPath("$.groups[?(@.type == 'TOWNSHIP_OFFICE')].agencies[0].overall.marginOfError")
                .value(0.5658))
        .andExpect(
            jsonPath("$.groups[?(@.type == 'TOWNSHIP_OFFICE')].agencies[1].overall.tooFew")
                .value(true));
  }

  @Test
  void otherRolesAreRefusedAndAWrongFilterIsAFieldError() throws Exception {
    for (Role role : List.of(Role.COUNTER_CLERK, Role.CASE_OFFICER, Role.UNIT_HEAD)) {
      mvc.perform(get("/console/surveys/compare").with(user(county.as(role))))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/staff/surveys/compare").with(user(county.as(role))))
          .andExpect(status().isForbidden());
    }
    StaffPrincipal officer = county.as(Role.QUALITY_OFFICER);
    String html =
        mvc.perform(get("/console/surveys/compare?purpose=STAFF").with(user(officer)))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("#purpose-error").text()).isNotBlank();
    mvc.perform(get("/console/surveys/compare?from=2026-02-30").with(user(officer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/console/surveys/compare?from=2026-03-01&to=2026-02-01").with(user(officer)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/staff/surveys/compare?purpose=STAFF").with(user(officer)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("purpose"));
  }

  @Test
  void aSystemAdministratorSeesEveryAgency() throws Exception {
    Document page =
        Jsoup.parse(html("/console/surveys/compare?" + SPAN, townA.as(Role.SYSTEM_ADMIN)));
    assertThat(page.select("table.peer-table tbody th").eachText())
        .contains(name(county), name(townA), name(townB), name(household));
  }
}
