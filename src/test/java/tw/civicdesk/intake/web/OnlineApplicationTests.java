// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.DemoCatalogueFixture;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The question page of an online application: required fields are marked and the contact the chosen
 * notice needs is the one required — marked on the page and enforced by the server with an error at
 * that field; an empty request for government information is refused field by field, with an error
 * summary linking to each field; the receipt says what happens next.
 */
@IntegrationTest
class OnlineApplicationTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  ServiceCode service;
  String govInfo;

  @BeforeEach
  void publish() {
    agency = TestOrganisation.from(context).agency("ONLAPP", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    govInfo = "/services/" + publishGovInfoCopy(context, agency).value() + "/apply";
  }

  /**
   * The demo 政府資訊公開申請 of 礁溪鄉公所, published again by {@code agency}, so that a test files its cases
   * there and not in a demo agency whose cases other tests count.
   */
  static ServiceCode publishGovInfoCopy(ApplicationContext context, TestOrganisation.Setup agency) {
    DemoCatalogueFixture.load(context);
    ServiceContent content =
        context
            .getBean(Catalogue.class)
            .published(new ServiceCode("JIAOXI-GOV-INFO-REQUEST"))
            .orElseThrow()
            .content();
    ServiceCode code = new ServiceCode(agency.code().value() + "-GOV-INFO");
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
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

  MockHttpServletRequestBuilder answer(String notifyBy) {
    return post("/services/" + service.value() + "/apply")
        .with(csrf())
        .param("token", UUID.randomUUID().toString())
        .param("name", "林小明")
        .param("notifyBy", notifyBy)
        .param("language", "zh-TW")
        .param("fields[nationalId]", "A123456789")
        .param("fields[purpose]", "fees")
        .param("consent", "true");
  }

  static Document page(MockHttpServletResponse response) throws Exception {
    return Jsoup.parse(response.getContentAsString());
  }

  @Test
  void theFormMarksTheEmailRequiredForTheEmailNoticeItStartsWithAndSaysWhenEachContactIsNeeded()
      throws Exception {
    Document form =
        page(mvc.perform(get("/services/" + service.value() + "/apply")).andReturn().getResponse());
    assertThat(form.select("input[name=notifyBy][value=EMAIL]").hasAttr("checked")).isTrue();
    assertThat(form.select("#email").attr("aria-required")).isEqualTo("true");
    assertThat(form.select("#email").hasAttr("required")).isTrue();
    assertThat(form.select("[data-required-mark=email]").hasAttr("hidden")).isFalse();
    assertThat(form.select("[data-required-mark=email]").text()).isEqualTo("（必填）");
    assertThat(form.select("#phone").hasAttr("required")).isFalse();
    assertThat(form.select("[data-required-mark=phone]").hasAttr("hidden")).isTrue();
    assertThat(form.select("#phone-hint").text()).contains("簡訊").contains("必填");
    assertThat(form.select("#phone").attr("aria-describedby")).isEqualTo("phone-hint");
    assertThat(form.select("label[for=name]").text()).contains("必填");
    assertThat(form.select("#name").hasAttr("required")).isTrue();
    assertThat(form.select("#consent").attr("aria-required")).isEqualTo("true");
    assertThat(form.select("label[for=consent]").text()).contains("必填");
    assertThat(form.select("label[for=field-purpose] .required").text()).isEqualTo("（必填）");
    assertThat(form.select("#field-purpose").attr("aria-required")).isEqualTo("true");
  }

  @Test
  void theContactRequiredFollowsTheNoticeChosenAndNoNoticeNeedsNone() throws Exception {
    Document byEmail = page(mvc.perform(answer("EMAIL")).andReturn().getResponse());
    assertThat(byEmail.select("#email-error").text()).isEqualTo("您選擇以電子郵件接收通知，請填寫電子郵件。");
    assertThat(byEmail.select("#phone-error, #address-error")).isEmpty();
    assertThat(byEmail.select("#email").attr("aria-describedby"))
        .isEqualTo("email-hint email-error");

    Document bySms =
        page(
            mvc.perform(answer("SMS").param("email", "lin@example.invalid"))
                .andReturn()
                .getResponse());
    assertThat(bySms.select("#phone-error").text()).contains("手機號碼");
    assertThat(bySms.select("#email-error")).isEmpty();
    assertThat(bySms.select("#phone").attr("aria-required")).isEqualTo("true");
    assertThat(bySms.select("#email").hasAttr("aria-required")).isFalse();

    Document byLandline =
        page(mvc.perform(answer("SMS").param("phone", "03-9251000")).andReturn().getResponse());
    assertThat(byLandline.select("#phone-error").text()).contains("簡訊只能寄到手機");

    Document byPost = page(mvc.perform(answer("POST")).andReturn().getResponse());
    assertThat(byPost.select("#address-error").text()).contains("通訊地址");

    MockHttpServletResponse none =
        mvc.perform(answer("NONE").session(new MockHttpSession())).andReturn().getResponse();
    assertThat(none.getStatus()).isEqualTo(302);
    assertThat(none.getRedirectedUrl()).endsWith("/apply/check");
    MockHttpServletResponse mobile =
        mvc.perform(answer("SMS").param("phone", "0912-345-678").session(new MockHttpSession()))
            .andReturn()
            .getResponse();
    assertThat(mobile.getStatus()).isEqualTo(302);
    assertThat(cases()).isZero();
  }

  @Test
  void anEmptyRequestForGovernmentInformationIsRefusedWithASummaryLinkingToEachField()
      throws Exception {
    Document form = page(mvc.perform(get(govInfo).param("lang", "en")).andReturn().getResponse());
    assertThat(form.select("textarea#field-description").attr("aria-required")).isEqualTo("true");
    assertThat(form.select("#field-purpose")).hasSize(1);
    assertThat(form.select("select#field-delivery option"))
        .extracting(o -> o.text())
        .contains("Read it at the office", "Electronic copy by e-mail");

    Document refused =
        page(
            mvc.perform(
                    post(govInfo)
                        .with(csrf())
                        .param("lang", "en")
                        .param("token", UUID.randomUUID().toString())
                        .param("notifyBy", "NONE"))
                .andReturn()
                .getResponse());
    assertThat(refused.title()).startsWith("Error: ");
    assertThat(refused.select(".error-summary a"))
        .extracting(a -> a.attr("href"))
        .containsExactly(
            "#field-description", "#field-purpose", "#field-delivery", "#name", "#consent");
    assertThat(refused.select(".error-summary a").first().text())
        .startsWith("The information you want")
        .endsWith("Please fill in this field.");
    assertThat(refused.select("#field-description-error").text())
        .isEqualTo("Please fill in this field.");
    assertThat(refused.select("#field-description").attr("aria-describedby"))
        .isEqualTo("field-description-error");
    for (String id :
        new String[] {"field-description", "field-purpose", "field-delivery", "name", "consent"}) {
      assertThat(refused.select("#" + id)).as(id).hasSize(1);
    }
  }

  @Test
  void theReceiptOfAnOnlineRequestSaysWhatHappensNextAndNeverAsksToFillInAForm() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String token = UUID.randomUUID().toString();
    mvc.perform(
        post(govInfo)
            .session(session)
            .with(csrf())
            .param("token", token)
            .param("name", "林小明")
            .param("notifyBy", "NONE")
            .param("language", "zh-TW")
            .param("fields[description]", "113年度垃圾清運契約")
            .param("fields[purpose]", "研究")
            .param("fields[delivery]", "electronic")
            .param("consent", "true"));
    String receipt =
        mvc.perform(post(govInfo + "/check").session(session).with(csrf()).param("draft", token))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document page = page(mvc.perform(get(receipt).session(session)).andReturn().getResponse());
    assertThat(page.select("h1 .receipt-agency").text())
        .isEqualTo(
            context.getBean(Organisation.class).agency(agency.code()).orElseThrow().name().zh());
    assertThat(page.select(".receipt").text()).contains("將審查您的申請").doesNotContain("填寫申請書");
  }
}
