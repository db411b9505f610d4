// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A citizen applies on the public site and sees the receipt only in their own session; a clerk
 * files a letter in the console and prints its receipt; a form sent twice files one case.
 */
@IntegrationTest
class IntakePagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  ServiceCode online;
  ServiceCode byMail;

  @BeforeEach
  void publishServices() {
    agency = TestOrganisation.from(context).agency("INPAGE", null);
    online = publish("-ONLINE", CatalogueFixtures.lowIncomeCertificate());
    byMail =
        publish(
            "-MAIL",
            CatalogueFixtures.lowIncomeCertificate()
                .withChannels(Set.of(Channel.COUNTER, Channel.MAIL)));
  }

  ServiceCode publish(String suffix, tw.civicdesk.catalogue.ServiceContent content) {
    ServiceCode code = new ServiceCode(agency.code().value() + suffix);
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER), agency.code(), code, agency.unit().id(), content);
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    return code;
  }

  long cases() {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  @Test
  void aCitizenAnswersChecksTheirAnswersSendsThemAndSeesTheReceiptInTheirOwnSessionOnly()
      throws Exception {
    MockHttpSession session = new MockHttpSession();
    String token = UUID.randomUUID().toString();
    String apply = "/services/" + online.value() + "/apply";
    mvc.perform(
            post(apply)
                .session(session)
                .with(csrf())
                .param("token", token)
                .param("name", "林小明")
                .param("notifyBy", "EMAIL")
                .param("email", "lin@example.tw")
                .param("fields[nationalId]", "A123456789")
                .param("fields[purpose]", "fees")
                .param("consent", "true"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result ->
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(apply + "/check"));
    // The question page files nothing: only the check-answers page does.
    assertThat(cases()).isZero();
    mvc.perform(get(apply + "/check").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("送出前請確認申請內容")))
        .andExpect(content().string(containsString("林小明")))
        .andExpect(content().string(containsString("A123456789")))
        .andExpect(content().string(containsString("href=\"" + apply + "#name\"")))
        .andExpect(content().string(containsString("href=\"" + apply + "#field-purpose\"")));
    assertThat(cases()).isZero();
    // Changing an answer: the question page comes back filled in, with the same token.
    mvc.perform(get(apply).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"林小明\"")))
        .andExpect(content().string(containsString("value=\"" + token + "\"")));

    MvcResult filed =
        mvc.perform(post(apply + "/check").session(session).with(csrf()).param("draft", token))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String receiptUrl = filed.getResponse().getRedirectedUrl();
    assertThat(receiptUrl).startsWith("/receipts/" + agency.code().value() + "-");
    assertThat(cases()).isEqualTo(1);
    mvc.perform(get(receiptUrl).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("收件確認")))
        .andExpect(content().string(containsString("查詢碼")))
        .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
        .andExpect(content().string(not(containsString("林小明"))));
    mvc.perform(get(receiptUrl)).andExpect(status().isNotFound());

    // The check-answers page sent again (a double click, a reload) files nothing new.
    mvc.perform(post(apply + "/check").session(session).with(csrf()).param("draft", token))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(receiptUrl));
    assertThat(cases()).isEqualTo(1);
    // And the question page starts afresh: the filed draft is gone.
    mvc.perform(get(apply + "/check").session(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void aFormWithMistakesShowsEachNextToItsFieldInEnglishAndFilesNothing() throws Exception {
    mvc.perform(
            post("/services/" + online.value() + "/apply")
                .with(csrf())
                .param("lang", "en")
                .param("token", UUID.randomUUID().toString())
                .param("name", "")
                .param("email", "nope")
                .param("nationalId", "A123456788")
                .param("fields[purpose]", "lottery")
                .param("fields[copies]", "two"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"field-nationalId-error\"")))
        .andExpect(content().string(containsString("Choose one of the options.")))
        .andExpect(content().string(containsString("Enter a number, for example 2 or 1.5.")))
        .andExpect(content().string(containsString("id=\"name-error\"")))
        .andExpect(content().string(containsString("Enter an e-mail address like")))
        .andExpect(content().string(containsString("not a valid national ID")))
        .andExpect(content().string(containsString("Agree to the personal-data notice")))
        .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    assertThat(cases()).isZero();
  }

  @Test
  void aServiceWithoutTheOnlineChannelShowsHowToApplyInPerson() throws Exception {
    mvc.perform(get("/services/" + byMail.value() + "/apply"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("此項服務未提供線上申辦")))
        .andExpect(content().string(not(containsString("送出申請"))));
  }

  @Test
  void aClerkFilesALetterForAnyUnitAndPrintsTheReceiptThatOtherAgenciesCannotSee()
      throws Exception {
    mvc.perform(get("/console/intake").with(user(agency.as(Role.COUNTER_CLERK))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(byMail.value())));
    mvc.perform(
            get("/console/intake")
                .param("service", byMail.value())
                .with(user(agency.as(Role.COUNTER_CLERK))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("郵戳日期")));
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    MvcResult filed =
        mvc.perform(
                post("/console/intake")
                    .with(csrf())
                    .with(user(agency.as(Role.COUNTER_CLERK)))
                    .param("token", UUID.randomUUID().toString())
                    .param("serviceCode", byMail.value())
                    .param("channel", "MAIL")
                    .param("receivedOn", today.toString())
                    .param("postmarkedOn", today.minusDays(2).toString())
                    .param("name", "陳阿婆")
                    .param("address", "宜蘭縣礁溪鄉中山路一段 1 號")
                    .param("notifyBy", "POST")
                    .param("fields[nationalId]", "A123456789")
                    .param("fields[purpose]", "other")
                    .param("consent", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String receipt = filed.getResponse().getRedirectedUrl();
    assertThat(receipt).startsWith("/console/cases/").endsWith("/receipt");
    mvc.perform(get(receipt).with(user(agency.as(Role.COUNTER_CLERK))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("郵寄")));
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("INOTHER", null);
    mvc.perform(get(receipt).with(user(other.as(Role.COUNTER_CLERK))))
        .andExpect(status().isNotFound());
  }

  @Test
  void aLetterWithoutItsPostmarkIsRefusedNextToThatField() throws Exception {
    mvc.perform(
            post("/console/intake")
                .with(csrf())
                .with(user(agency.as(Role.COUNTER_CLERK)))
                .param("token", UUID.randomUUID().toString())
                .param("serviceCode", byMail.value())
                .param("channel", "MAIL")
                .param("name", "陳阿婆")
                .param("phone", "03-9251000")
                .param("consent", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"receivedOn-error\"")))
        .andExpect(content().string(containsString("id=\"postmarkedOn-error\"")));
    assertThat(cases()).isZero();
  }
}
