// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * API keys: issued on the console by an agency's administrator, shown once and stored only as their
 * digest; revoked; both audited; nobody else reaches the page, and no administrator reaches another
 * agency's keys.
 */
@IntegrationTest
class ApiKeysTests {

  private static final Pattern SECRET = Pattern.compile("cd311_[A-Za-z0-9_-]{43}");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired ApiKeys keys;

  TestOrganisation.Setup agency;
  TestOrganisation.Setup other;

  @BeforeEach
  void twoAgencies() {
    TestOrganisation orgs = TestOrganisation.from(context);
    agency = orgs.agency("KEYS", null);
    other = orgs.agency("KEYX", null);
  }

  private MockHttpServletResponse issueOnThePage(String forAgency, String label) throws Exception {
    return mvc.perform(
            post("/console/open311/keys")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("agency", forAgency)
                .param("label", label)
                .param("perHour", "120"))
        .andReturn()
        .getResponse();
  }

  @Test
  void anIssuedKeyIsShownOnceAndOnlyItsDigestIsStored() throws Exception {
    MockHttpServletResponse answer = issueOnThePage(agency.code().value(), "臺南1999");
    assertThat(answer.getStatus()).isEqualTo(200);
    assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
    Matcher shown = SECRET.matcher(answer.getContentAsString());
    assertThat(shown.find()).as("the key is on the answer").isTrue();
    String secret = shown.group();

    String stored =
        jdbc.sql("select row_to_json(k)::text from open311_api_key k where agency_code = :a")
            .param("a", agency.code().value())
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(secret.substring(10)).contains(ApiKeys.digest(secret));
    assertThat(keys.find(secret)).get().extracting(ApiKey::agency).isEqualTo(agency.code());
    assertThat(keys.find(secret).orElseThrow().perHour()).isEqualTo(120);

    String later =
        mvc.perform(get("/console/open311/keys").with(user(agency.as(Role.AGENCY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(later).contains("臺南1999").doesNotContain(secret);
  }

  @Test
  void issuingAndRevokingAreAuditedWithoutTheKey() throws Exception {
    IssuedKey issued = keys.issue(agency.as(Role.AGENCY_ADMIN), agency.code().value(), "app", 5);
    mvc.perform(
            post("/console/open311/keys/" + issued.key().id() + "/revoke")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(status().is3xxRedirection());
    assertThat(keys.find(issued.secret()).orElseThrow().active()).isFalse();
    List<String> audited =
        jdbc.sql(
                """
                select action || ' ' || subject_type || ' ' || coalesce(detail, '-')
                from audit_log where subject_type = 'OPEN311_KEY' and subject_id = :id order by id
                """)
            .param("id", Long.toString(issued.key().id()))
            .query(String.class)
            .list();
    assertThat(audited)
        .containsExactly(
            "OPEN311_KEY_ISSUED OPEN311_KEY per-hour=5", "OPEN311_KEY_REVOKED OPEN311_KEY -");
    assertThat(
            jdbc.sql("select count(*) from audit_log where detail like :s")
                .param("s", "%" + issued.secret().substring(6) + "%")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anAgencyAdministratorIssuesNoKeyForAnotherAgency() throws Exception {
    MockHttpServletResponse answer = issueOnThePage(other.code().value(), "stolen");
    assertThat(SECRET.matcher(answer.getContentAsString()).find()).isFalse();
    assertThat(
            jdbc.sql("select count(*) from open311_api_key where agency_code = :a")
                .param("a", other.code().value())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void staffWhoAreNotAdministratorsDoNotReachThePage() throws Exception {
    for (Role role :
        List.of(Role.COUNTER_CLERK, Role.CASE_OFFICER, Role.UNIT_HEAD, Role.QUALITY_OFFICER)) {
      mvc.perform(get("/console/open311/keys").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
    }
  }

  @Test
  void aBlankLabelOrALimitOutOfRangeIsAFieldErrorAndStoresNothing() throws Exception {
    for (String[] bad : new String[][] {{" ", "10"}, {"app", "0"}, {"app", "100001"}}) {
      String page =
          mvc.perform(
                  post("/console/open311/keys")
                      .with(csrf())
                      .with(user(agency.as(Role.AGENCY_ADMIN)))
                      .param("agency", agency.code().value())
                      .param("label", bad[0])
                      .param("perHour", bad[1]))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page).contains("field-error");
    }
    assertThat(keys.manageable(agency.as(Role.AGENCY_ADMIN))).isEmpty();
  }

  @Test
  void aSystemAdministratorManagesEveryAgencysKeysAndAnAgencyAdministratorOnlyTheirOwn() {
    keys.issue(other.as(Role.AGENCY_ADMIN), other.code().value(), "theirs", 5);
    keys.issue(agency.as(Role.AGENCY_ADMIN), agency.code().value(), "ours", 5);
    assertThat(keys.manageable(agency.as(Role.AGENCY_ADMIN)))
        .extracting(ApiKey::label)
        .containsExactly("ours");
    assertThat(keys.manageable(agency.as(Role.SYSTEM_ADMIN)))
        .extracting(ApiKey::label)
        .contains("ours", "theirs");
  }
}
