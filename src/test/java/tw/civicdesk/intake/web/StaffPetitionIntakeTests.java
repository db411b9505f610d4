// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;

/**
 * A clerk records in the console a petition taken by phone, with the day the call came, a
 * petitioner and a place of the agency's area: it is filed once, as a phone petition received that
 * day and due 30 days later; a facility report may be anonymous, a petition may not.
 */
@IntegrationTest
class StaffPetitionIntakeTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    agency = TestOrganisation.from(context).agency("DESK", null);
    PetitionFixtures.open(context, agency);
  }

  MockHttpServletRequestBuilder petition(String token, LocalDate received) {
    return petition(token, received.toString(), "林美華");
  }

  MockHttpServletRequestBuilder petition(String token, String received, String name) {
    return post("/console/intake/petitions")
        .with(user(agency.as(Role.COUNTER_CLERK)))
        .with(csrf())
        .param("token", token)
        .param("kind", "PETITION")
        .param("channel", "PHONE")
        .param("receivedOn", received)
        .param("category", "noise")
        .param("subject", "夜間施工噪音")
        .param("description", "隔壁工地每晚十一點後仍在施工。")
        .param("placeAddress", "礁溪鄉德陽路 3 號")
        .param("area", "礁溪鄉|德陽村")
        .param("name", name)
        .param("phone", "0912345678")
        .param("notifyBy", "SMS")
        .param("language", "zh-TW")
        .param("consent", "true");
  }

  @Test
  void aPetitionTakenByPhoneIsFiledOnceAsReceivedOnTheDayOfTheCall() throws Exception {
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    String token = UUID.randomUUID().toString();

    MockHttpServletResponse first =
        mvc.perform(petition(token, yesterday)).andReturn().getResponse();
    MockHttpServletResponse again =
        mvc.perform(petition(token, yesterday)).andReturn().getResponse();

    assertThat(first.getRedirectedUrl()).matches("/console/cases/.+/receipt");
    assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    String number = first.getRedirectedUrl().split("/")[3];
    Map<String, Object> c =
        jdbc.sql(
                "select kind, channel, received_on, due_date, fields from casework_case where number = ?")
            .param(number)
            .query()
            .singleRow();
    assertThat(c.get("kind")).isEqualTo("PETITION");
    assertThat(c.get("channel")).isEqualTo("PHONE");
    assertThat(c.get("received_on").toString()).isEqualTo(yesterday.toString());
    assertThat(c.get("due_date").toString()).isEqualTo(yesterday.plusDays(30).toString());
    assertThat(c.get("fields").toString()).contains("德陽村").contains("夜間施工噪音");
    assertThat(
            mvc.perform(get(first.getRedirectedUrl()).with(user(agency.as(Role.COUNTER_CLERK))))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("陳情：噪音");
  }

  @Test
  void aCallWithoutTheDayItCameOrAPetitionWithoutANameIsRefusedNextToTheField() throws Exception {
    String page =
        mvc.perform(petition(UUID.randomUUID().toString(), "", ""))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("id=\"receivedOn-error\"").contains("id=\"name-error\"");
  }

  @Test
  void theChoiceOfKindListsTheKindsOpenAtTheAgency() throws Exception {
    String page =
        mvc.perform(get("/console/intake/petitions").with(user(agency.as(Role.COUNTER_CLERK))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("kind=PETITION").contains("kind=FACILITY_REPORT");
  }
}
