// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.surveys.SurveyFixtures;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The notice that an application is decided invites the applicant to the agency's post-case survey
 * — a sentence and the absolute link with the case number (never the code), in the applicant's
 * language, by e-mail (through a real SMTP server, GreenMail) and by SMS — only while the agency
 * has an open post-case survey.
 */
@IntegrationTest
class DecisionSurveyNoticeTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired Surveys surveys;

  /** An agency with a published service; its applications are {@link #decided}. */
  TestOrganisation.Setup agency(String prefix) {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency(prefix, null);
    CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    return agency;
  }

  /** A case of {@code agency} filed by {@code applicant} and decided. */
  CaseNumber decided(TestOrganisation.Setup agency, Applicant applicant) {
    CaseFixtures cases =
        CaseFixtures.of(
            context,
            agency,
            new tw.civicdesk.catalogue.ServiceCode(agency.code().value() + "-LOW-INCOME"));
    CaseNumber n = cases.fileOnline(applicant, LocalDate.now(clock)).number();
    CaseWork.Stepped started = cases.inProgress(n);
    work.decide(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Decide(n, started.version(), Decision.APPROVED, "符合資格", null));
    return n;
  }

  List<MimeMessage> mailTo(String address) {
    NotificationTestSupport.drain(context);
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String address() {
    return "decided-" + UUID.randomUUID() + "@example.invalid";
  }

  @Test
  void theDecisionMailLinksToTheOpenPostCaseSurveyInTheApplicantsLanguage() throws Exception {
    TestOrganisation.Setup agency = agency("DSUR");
    SurveyFixtures.open(context, agency, "post-case", 5);
    String zh = address();
    String en = address();

    CaseNumber zhCase = decided(agency, CaseFixtures.byEmail(zh, Locale.TAIWAN));
    CaseNumber enCase = decided(agency, CaseFixtures.byEmail(en, Locale.ENGLISH));

    String zhText = NotificationTestSupport.text(mailTo(zh).get(1));
    assertThat(zhText)
        .contains("請花 1 分鐘填寫案件辦理滿意度調查")
        .contains("http://localhost:8080/surveys/case?number=" + zhCase.value() + "&lang=zh-TW")
        .doesNotContain(work.verificationCode(zhCase));
    String enText = NotificationTestSupport.text(mailTo(en).get(1));
    assertThat(enText)
        .contains("Please take a minute to tell us how it was handled")
        .contains("http://localhost:8080/surveys/case?number=" + enCase.value() + "&lang=en");
  }

  @Test
  void withoutAnOpenPostCaseSurveyTheDecisionMailHasNoSurveyLink() throws Exception {
    TestOrganisation.Setup agency = agency("DNOS");
    SurveyView closed = SurveyFixtures.open(context, agency, "post-case", 5);
    surveys.close(agency.as(Role.QUALITY_OFFICER), closed.code());
    SurveyFixtures.open(context, agency, "counter", 5);
    String address = address();

    CaseNumber n = decided(agency, CaseFixtures.byEmail(address, Locale.ENGLISH));

    String text = NotificationTestSupport.text(mailTo(address).get(1));
    assertThat(text).contains("/track?number=" + n.value()).doesNotContain("/surveys");
  }

  @Test
  void theDecisionSmsCarriesTheSurveyLinkAfterTheTrackingLink() {
    TestOrganisation.Setup agency = agency("DSMS");
    SurveyFixtures.open(context, agency, "post-case", 5);
    Applicant bySms =
        new Applicant("王小明", null, null, "0912345678", null, Locale.TAIWAN, Applicant.NotifyBy.SMS);

    CaseNumber n = decided(agency, bySms);

    String sms =
        jdbc.sql(
                "select body_text from notification_message where case_number = ?"
                    + " and kind = 'DECIDED'")
            .param(n.value())
            .query(String.class)
            .single();
    assertThat(sms)
        .contains("/track?number=" + n.value())
        .endsWith(" 滿意度問卷：http://localhost:8080/surveys/case?number=" + n.value() + "&lang=zh-TW");
  }
}
