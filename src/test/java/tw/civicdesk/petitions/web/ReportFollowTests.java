// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.notification.NotificationDispatcher;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * "Me too": a citizen follows an open facility report from its public page with an e-mail address
 * and consent (an address that is no address, or no consent, is refused on its field); the count
 * shows, the addresses never do; an address follows once. When the report is closed, every follower
 * gets one e-mail in their language (GreenMail) and their address is deleted; a closed report can
 * no longer be followed.
 */
@IntegrationTest
class ReportFollowTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Petitions petitions;
  @Autowired CaseWork work;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;
  CaseWork.Filed report;

  @BeforeEach
  void anOpenStreetLightReport() {
    agency = TestOrganisation.from(context).agency("FOLW", null);
    PetitionFixtures.open(context, agency);
    report =
        petitions.file(
            new FilePetition(
                CaseKind.FACILITY_REPORT,
                Channel.ONLINE,
                agency.code(),
                "street-light",
                new Place("礁溪路五段100號前", "礁溪鄉", null, 24.8278, 121.7745, false),
                "路燈不亮",
                "每晚都不亮。",
                null,
                Locale.TAIWAN,
                LocalDate.of(2026, 3, 2),
                null,
                Map.of(),
                null));
  }

  String page(String lang) throws Exception {
    return mvc.perform(get("/reports/" + report.number().value()).param("lang", lang))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  MockHttpServletResponse follow(String email, boolean consent, String lang) throws Exception {
    var request =
        post("/reports/" + report.number().value() + "/follow")
            .with(csrf())
            .param("lang", lang)
            .param("email", email);
    if (consent) {
      request.param("consent", "true");
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  int followers() {
    return jdbc.sql("select count(*) from petition_follower where case_number = ?")
        .param(report.number().value())
        .query(Integer.class)
        .single();
  }

  static String unique(String who) {
    return who + "-" + UUID.randomUUID() + "@example.invalid";
  }

  @Test
  void followersAreCountedNeverShownAndToldOnceWhenTheReportIsFixed() throws Exception {
    assertThat(page("zh-TW")).contains("還沒有人按「我也遇到」");
    assertThat(follow("not-an-address", true, "zh-TW").getContentAsString())
        .contains("請填寫電子郵件地址", "id=\"email-error\"");
    assertThat(follow(unique("lin"), false, "en").getContentAsString())
        .contains("Agree to us keeping your e-mail address");
    assertThat(followers()).isZero();

    String lin = unique("lin");
    String wang = unique("wang");
    assertThat(follow(lin, true, "zh-TW").getRedirectedUrl())
        .isEqualTo("/reports/" + report.number().value() + "?followed#follow");
    follow(lin.toUpperCase(Locale.ROOT), true, "zh-TW");
    follow(wang, true, "en");
    assertThat(followers()).as("an address follows once").isEqualTo(2);
    assertThat(page("en"))
        .contains("2 people also have this problem")
        .doesNotContain(lin, wang, "每晚都不亮");

    close(report.number());

    List<MimeMessage> mails = mailTo(lin, wang);
    assertThat(mails).hasSize(2);
    assertThat(mails)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "您追蹤的通報 " + report.number().value() + " 已處理結案",
            "The report " + report.number().value() + " you followed was closed");
    assertThat(GreenMailUtil.getBody(mails.get(0))).contains("/reports/" + report.number().value());
    assertThat(
            jdbc.sql(
                    "select count(*) from petition_follower where case_number = ? and email is not"
                        + " null")
                .param(report.number().value())
                .query(Integer.class)
                .single())
        .as("addresses deleted once told")
        .isZero();
    assertThat(page("en")).contains("2 people also have this problem", "already been fixed");

    MockHttpServletResponse late = follow(unique("chen"), true, "en");
    assertThat(late.getStatus()).isEqualTo(200);
    assertThat(followers()).isEqualTo(2);
  }

  @Test
  void anAddressWaitsAYearAtMostForItsReport() throws Exception {
    follow(unique("hsu"), true, "zh-TW");
    Purge purge =
        context.getBeansOfType(Purge.class).values().stream()
            .filter(p -> p.name().equals("petition-follower-addresses"))
            .findFirst()
            .orElseThrow();

    purge.purge(clock.instant().plus(Duration.ofDays(364)));
    assertThat(waiting()).isOne();
    purge.purge(clock.instant().plus(Duration.ofDays(366)));
    assertThat(waiting()).isZero();
    assertThat(followers()).as("the count stays").isOne();
  }

  int waiting() {
    return jdbc.sql(
            "select count(*) from petition_follower where case_number = ? and email is not null")
        .param(report.number().value())
        .query(Integer.class)
        .single();
  }

  void close(CaseNumber number) {
    CaseWork.Stepped assigned =
        work.assign(
            agency.as(Role.UNIT_HEAD),
            new CaseCommand.Assign(number, 0, agency.username(Role.CASE_OFFICER)));
    CaseWork.Stepped started =
        work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(number, assigned.version()));
    CaseWork.Stepped decided =
        work.decide(
            agency.as(Role.CASE_OFFICER),
            new CaseCommand.Decide(number, started.version(), Decision.ANSWERED, "已更換燈泡。", null));
    work.close(agency.as(Role.CASE_OFFICER), new CaseCommand.Close(number, decided.version()));
  }

  List<MimeMessage> mailTo(String... addresses) {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
    List<String> wanted = Arrays.stream(addresses).map(a -> a.toLowerCase(Locale.ROOT)).toList();
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> wanted.contains(recipient(m)))
        .toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase(Locale.ROOT);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
