// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * With {@code civicdesk.public-base-url} set ({@code http://localhost:8080} in the shared test
 * context) the receipt's link, on the page and in the e-mail, uses the setting whatever Host the
 * request names; and outside a request the setting is the address.
 */
@IntegrationTest
class PublicAddressSettingTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired PublicAddress address;

  @Test
  void theSettingMakesTheLinkWhateverHostTheRequestNames() throws Exception {
    ServiceCode service =
        CatalogueFixtures.publishLowIncomeCertificate(
            context, TestOrganisation.from(context).agency("ADDRSET", null));
    String token = UUID.randomUUID().toString();
    MockHttpSession session = new MockHttpSession();
    String apply = "/services/" + service.value() + "/apply";
    mvc.perform(
        post(apply)
            .with(csrf())
            .session(session)
            .header("Host", "attacker.example")
            .param("token", token)
            .param("name", "林小明")
            .param("email", "lin@example.invalid")
            .param("fields[nationalId]", "a123456789")
            .param("fields[purpose]", "fees")
            .param("consent", "true"));
    MvcResult filed =
        mvc.perform(
                post(apply + "/check")
                    .with(csrf())
                    .session(session)
                    .header("Host", "attacker.example")
                    .param("draft", token))
            .andReturn();
    String receiptPath = filed.getResponse().getRedirectedUrl();
    assertThat(receiptPath).startsWith("/receipts/");
    String number = receiptPath.substring("/receipts/".length());
    String page =
        mvc.perform(get(receiptPath).header("Host", "attacker.example").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString();

    String link = "http://localhost:8080/track?number=" + number;
    assertThat(page).contains(link).doesNotContain("attacker.example");
    assertThat(
            jdbc.sql(
                    "select body_text from notification_message where case_number = ?"
                        + " and kind = 'RECEIPT'")
                .param(number)
                .query(String.class)
                .single())
        .contains(link)
        .doesNotContain("attacker.example");
    assertThat(address.baseUrl()).as("outside a request").isEqualTo("http://localhost:8080");
  }
}
