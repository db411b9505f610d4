// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.tracking.TrackingTests.from;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Staff answering the phone look a case up by its number at {@code /console/track}: they see the
 * very timeline the citizen sees plus the internal details; their reach is their own agency and the
 * agencies below it; a case outside it answers exactly like an unknown number; every successful
 * look-up leaves one audit row and a failed one none. The staff API answers the same.
 */
@IntegrationTest
class StaffLookupTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired StaffLookup lookup;
  @Autowired TransactionTemplate transactions;

  TestOrganisation.Setup county;
  TestOrganisation.Setup township;
  TestOrganisation.Setup sibling;
  CaseNumber number;

  @BeforeEach
  void aCountyWithTwoTownships() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("LKCOUNTY", null);
    township = orgs.agency("LKTOWN", county.code());
    sibling = orgs.agency("LKSIBLING", county.code());
    number = TrackingFixtures.aCaseWithHistory(context, township);
  }

  @Test
  void staffOfTheOwningAgencySeeThePublicTimelineAndTheInternalNotes() throws Exception {
    String page =
        part(lookUp(township.as(Role.COUNTER_CLERK), number.value(), 200), "<main", "</main>");
    // The page names staff (the officer in the note of the assignment too), never the
    // applicant, who is called 王小明 like the agency's own test staff.
    assertThat(page)
        .contains(
            "通知補正",
            "戶籍謄本",
            "存摺封面影本",
            "展延處理期限",
            "需會勘現場",
            "王○明",
            "→ " + TestOrganisation.MEMBER_NAME,
            "民政課",
            "申辦案件",
            "href=\"/console/cases/" + number.value() + "\"")
        .doesNotContain("王小明", "wang@example.tw");
  }

  @Test
  void thePublicPartIsExactlyWhatTheCitizenSees() throws Exception {
    String citizen =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.5.0.1"))
                    .param("number", number.value())
                    .param("code", work.verificationCode(number)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String staff = lookUp(township.as(Role.CASE_OFFICER), number.value(), 200);
    assertThat(part(staff, "<dl class=\"profile\">", "</dl>"))
        .isEqualTo(part(citizen, "<dl class=\"profile\">", "</dl>"))
        .contains("王○明");
    assertThat(part(staff, "<ol class=\"timeline\">", "</ol>"))
        .isEqualTo(part(citizen, "<ol class=\"timeline\">", "</ol>"))
        .contains("戶籍謄本");
  }

  @Test
  void staffOfASupervisingAgencyFindACaseOfAnAgencyBelowIt() throws Exception {
    String page = lookUp(county.as(Role.COUNTER_CLERK), number.value(), 200);
    assertThat(page)
        .contains("戶籍謄本", "→ " + TestOrganisation.MEMBER_NAME, "督導")
        .doesNotContain("href=\"/console/cases/" + number.value() + "\"");
  }

  @Test
  void aCaseOfASiblingOrSupervisingAgencyAnswersExactlyLikeAnUnknownNumber() throws Exception {
    String unknownNumber = number.value().replaceAll("-\\d+$", "-99999");
    String unknown = lookUp(sibling.as(Role.CASE_OFFICER), unknownNumber, 404);
    assertThat(errorOf(unknown)).contains("查無此案號");
    for (Role role : Role.values()) {
      String outside = lookUp(sibling.as(role), number.value(), 404);
      assertThat(normalized(outside).replace(number.value(), unknownNumber))
          .as(role.name())
          .isEqualTo(normalized(unknown));
      assertThat(outside).doesNotContain("戶籍謄本");
    }
    CaseNumber countyCase = TrackingFixtures.aCaseWithHistory(context, county);
    assertThat(errorOf(lookUp(township.as(Role.CASE_OFFICER), countyCase.value(), 404)))
        .isEqualTo(errorOf(unknown));
  }

  @Test
  void eachLookupWritesOneAuditRowAndAFailedOneNone() throws Exception {
    StaffPrincipal clerk = county.as(Role.COUNTER_CLERK);
    lookUp(clerk, number.value(), 200);
    assertThat(audits()).isEqualTo(1);
    var row =
        jdbc.sql(
                "select actor, agency_code, subject_type, detail from audit_log"
                    + " where subject_id = ? and action = 'CASE_LOOKUP'")
            .param(number.value())
            .query(
                (rs, i) ->
                    rs.getString(1)
                        + "|"
                        + rs.getString(2)
                        + "|"
                        + rs.getString(3)
                        + "|"
                        + rs.getString(4))
            .single();
    assertThat(row)
        .isEqualTo(
            clerk.getUsername()
                + "|"
                + county.code().value()
                + "|CASE|owner="
                + township.code().value());
    lookUp(clerk, number.value(), 200);
    assertThat(audits()).isEqualTo(2);
    lookUp(sibling.as(Role.CASE_OFFICER), number.value(), 404);
    lookUp(sibling.as(Role.CASE_OFFICER), "nonsense", 422);
    assertThat(audits()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from audit_log where actor = ?")
                .param(sibling.username(Role.CASE_OFFICER))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theAuditRowIsWrittenInTheTransactionOfTheRead() {
    transactions.executeWithoutResult(
        tx -> {
          lookup.lookUp(township.as(Role.CASE_OFFICER), number.value());
          assertThat(audits()).isEqualTo(1);
          tx.setRollbackOnly();
        });
    assertThat(audits()).isZero();
  }

  @Test
  void aMalformedOrMissingNumberIsAFieldErrorAndTheEmptyFormNone() throws Exception {
    assertThat(errorOf(lookUp(township.as(Role.CASE_OFFICER), "nonsense", 422))).contains("這不是案號");
    assertThat(errorOf(lookUp(township.as(Role.CASE_OFFICER), " ", 422))).contains("請輸入案號");
    String empty =
        mvc.perform(get("/console/track").with(user(township.as(Role.CASE_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(empty).doesNotContain("number-error", "戶籍謄本");
  }

  @Test
  void theEnglishPageNamesTheStepsInEnglish() throws Exception {
    String page =
        mvc.perform(
                get("/console/track")
                    .param("lang", "en")
                    .param("number", number.value())
                    .with(user(township.as(Role.CASE_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Documents requested from you", "Internal details", "Application");
  }

  @Test
  void thePageNeedsSigningIn() throws Exception {
    mvc.perform(get("/console/track").param("number", number.value()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/sign-in"));
    assertThat(audits()).isZero();
  }

  @Test
  void theApiAnswersTheCitizensViewPlusInternalDetailsOverHttpBasicAndAudits() throws Exception {
    String staff =
        mvc.perform(
                get("/api/v1/staff/tracking/" + number.value())
                    .with(
                        httpBasic(county.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.agency.code").value(township.code().value()))
            .andExpect(jsonPath("$.officer").value(TrackingFixtures.officer(number)))
            .andExpect(jsonPath("$.kind").value("APPLICATION"))
            .andExpect(jsonPath("$.ownAgency").value(false))
            .andExpect(
                jsonPath("$.history[1].internalNote")
                    .value("→ " + TrackingFixtures.officer(number)))
            .andExpect(jsonPath("$.history[1].actor").value(TrackingFixtures.head(number)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String citizen =
        mvc.perform(
                get("/api/v1/tracking/" + number.value())
                    .param("code", work.verificationCode(number))
                    .with(from("10.5.0.2")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((Object) JsonPath.read(staff, "$.publicView"))
        .isEqualTo(JsonPath.read(citizen, "$"));
    assertThat(staff).doesNotContain("王小明", "wang@example.tw");
    assertThat(audits()).isEqualTo(1);
  }

  @Test
  void theApiNeedsSigningInAndAnswersOutOfReachLikeUnknown() throws Exception {
    mvc.perform(get("/api/v1/staff/tracking/" + number.value()))
        .andExpect(status().isUnauthorized());
    String outside =
        mvc.perform(
                get("/api/v1/staff/tracking/" + number.value())
                    .with(user(sibling.as(Role.CASE_OFFICER))))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknownNumber = number.value().replaceAll("-\\d+$", "-99999");
    String unknown =
        mvc.perform(
                get("/api/v1/staff/tracking/" + unknownNumber)
                    .with(user(sibling.as(Role.CASE_OFFICER))))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(outside.replace(number.value(), unknownNumber))
        .isEqualTo(unknown)
        .contains("tracking.lookup.not-found");
    assertThat(audits()).isZero();
  }

  private String lookUp(StaffPrincipal staff, String raw, int expected) throws Exception {
    return mvc.perform(get("/console/track").param("number", raw).with(user(staff)))
        .andExpect(status().is(expected))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private long audits() {
    return jdbc.sql("select count(*) from audit_log where subject_id = ? and action = ?")
        .params(number.value(), "CASE_LOOKUP")
        .query(Long.class)
        .single();
  }

  private static String part(String html, String start, String end) {
    int at = html.indexOf(start);
    assertThat(at).as(start).isNotNegative();
    return html.substring(at, html.indexOf(end, at) + end.length());
  }

  /** The page's main part (the navigation differs by role). */
  private static String normalized(String html) {
    return part(html, "<main", "</main>");
  }

  private static String errorOf(String html) {
    return part(html, "id=\"number-error\"", "</p>");
  }
}
