// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The figures API: JSON and CSV, localized problems for malformed parameters, and scoping — own
 * agency for quality officers, agency administrators and unit heads (own unit only), the agencies
 * below for quality officers, 404 like an unknown agency for everything else.
 */
@IntegrationTest
class FiguresApiTests {

  static final String FEB = "2026-02";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup county;
  TestOrganisation.Setup township;
  TestOrganisation.Setup sibling;

  @BeforeEach
  void twoLevels() {
    TestOrganisation organisation = TestOrganisation.from(context);
    county = organisation.agency("FAC", null);
    township = organisation.agency("FAT", county.code());
    sibling = organisation.agency("FAS", county.code());
    ManualClock clock = ManualClock.on("2026-02-11");
    CaseWork work = CaseWorkAt.of(context, clock);
    StaffPrincipal head = township.as(Role.UNIT_HEAD);
    StaffPrincipal officer = township.as(Role.CASE_OFFICER);
    for (int i = 0; i < 3; i++) {
      CaseNumber c =
          work.file(
                  new CaseCommand.File(
                      CaseKind.PETITION,
                      Channel.ONLINE,
                      township.code(),
                      township.unit().id(),
                      null,
                      TimeLimit.workingDays(3),
                      LocalDate.parse("2026-02-11"),
                      null,
                      null,
                      Map.of(),
                      null))
              .number();
      if (i == 0) {
        int v = work.assign(head, new CaseCommand.Assign(c, 0, officer.getUsername())).version();
        v = work.start(officer, new CaseCommand.Start(c, v)).version();
        work.decide(head, new CaseCommand.Decide(c, v, Decision.ANSWERED, "已函復", null));
      }
    }
  }

  private MockHttpServletRequestBuilder figures(String path, String agency, String by) {
    return get(path).param("agency", agency).param("from", FEB).param("to", FEB).param("by", by);
  }

  @Test
  void aQualityOfficerAboveSeesTheAgencyBelowByUnitAndMonthOverHttpBasic() throws Exception {
    mvc.perform(
            figures("/api/v1/staff/figures", township.code().value(), "unit,month")
                .with(httpBasic(county.username(Role.QUALITY_OFFICER), TestOrganisation.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.by[0]").value("unit"))
        .andExpect(jsonPath("$.rows.length()").value(1))
        .andExpect(jsonPath("$.rows[0].unitId").value(township.unit().id()))
        .andExpect(jsonPath("$.rows[0].unitName['zh-TW']").value("民政課"))
        .andExpect(jsonPath("$.rows[0].month").value(FEB))
        .andExpect(jsonPath("$.rows[0].received").value(3))
        .andExpect(jsonPath("$.rows[0].decided").value(1))
        .andExpect(jsonPath("$.rows[0].onTimeRate").value(1.0))
        .andExpect(jsonPath("$.rows[0].p90WorkingDays").value(0))
        .andExpect(jsonPath("$.rows[0].open").value(2));
  }

  @Test
  void theAgenciesBelowStandSideBySide() throws Exception {
    mvc.perform(
            figures("/api/v1/staff/figures", county.code().value(), "agency")
                .param("descendants", "true")
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows.length()").value(1))
        .andExpect(jsonPath("$.rows[0].agency").value(township.code().value()))
        .andExpect(jsonPath("$.rows[0].received").value(3));
  }

  @Test
  void theCsvIsUtf8WithAByteOrderMarkAndStableColumnCodes() throws Exception {
    byte[] body =
        mvc.perform(
                figures("/api/v1/staff/figures.csv", township.code().value(), "unit")
                    .with(user(township.as(Role.AGENCY_ADMIN))))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith(
            "agency,unit_id,unit_name,service,channel,kind,month,"
                + "received,decided,decided_on_time,on_time_rate,");
    assertThat(lines.get(1)).startsWith("," + township.unit().id() + ",民政課,,,,,3,1,1,1.0000,");
  }

  @Test
  void malformedParametersAreLocalizedProblemsOnTheParameter() throws Exception {
    StaffPrincipal officer = township.as(Role.QUALITY_OFFICER);
    mvc.perform(
            get("/api/v1/staff/figures")
                .param("from", "2026-13")
                .with(user(officer))
                .header("Accept-Language", "zh-TW"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("figures.query.month-malformed"))
        .andExpect(jsonPath("$.errors[0].field").value("from"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("月份")));
    mvc.perform(
            get("/api/v1/staff/figures")
                .param("by", "unit,officer")
                .with(user(officer))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("by"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("officer")));
    mvc.perform(
            get("/api/v1/staff/figures.csv")
                .param("from", "2026-06")
                .param("to", "2026-01")
                .with(user(officer)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("figures.query.period-reversed"));
  }

  @Test
  void outsideTheReachIsNotFoundLikeAnUnknownAgency() throws Exception {
    String unknown = answer(township.as(Role.QUALITY_OFFICER), "NO-SUCH-AGENCY", null, 404);
    assertThat(answer(township.as(Role.QUALITY_OFFICER), county.code().value(), null, 404))
        .isEqualTo(unknown);
    answer(sibling.as(Role.QUALITY_OFFICER), township.code().value(), null, 404);
    answer(county.as(Role.AGENCY_ADMIN), township.code().value(), null, 404);
    answer(county.as(Role.UNIT_HEAD), township.code().value(), null, 404);
    answer(township.as(Role.CASE_OFFICER), township.code().value(), null, 403);
    answer(township.as(Role.COUNTER_CLERK), township.code().value(), null, 403);
    answer(township.as(Role.UNIT_HEAD), township.code().value(), "999999", 404);
    answer(township.as(Role.AGENCY_ADMIN), township.code().value(), "999999", 200);
    mvc.perform(get("/api/v1/staff/figures")).andExpect(status().isUnauthorized());
  }

  @Test
  void aUnitHeadSeesOnlyTheirOwnUnit() throws Exception {
    mvc.perform(
            figures("/api/v1/staff/figures", township.code().value(), "")
                .with(user(township.as(Role.UNIT_HEAD))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit").value(township.unit().id()))
        .andExpect(jsonPath("$.rows[0].received").value(3));
  }

  private String answer(StaffPrincipal staff, String agency, String unit, int expected)
      throws Exception {
    MockHttpServletRequestBuilder request =
        figures("/api/v1/staff/figures", agency, "").with(user(staff));
    if (unit != null) {
      request = request.param("unit", unit);
    }
    return mvc.perform(request)
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString()
        .replace(agency, "X");
  }
}
