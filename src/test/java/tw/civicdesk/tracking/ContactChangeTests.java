// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.tracking.TrackingTests.from;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Applicant.NotifyBy;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.notification.NotificationDispatcher;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * A receipt holder changes where notices go, proving the new address first: the code goes to the
 * new address, the applicant is unchanged until it is entered, wrong codes are counted and the
 * fifth ends the change, and a wrong receipt code gets tracking's answer.
 */
@IntegrationTest
class ContactChangeTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static final Pattern MAIL_CODE = Pattern.compile("code is (\\d{6})");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired CaseWork work;
  @Autowired Throttle throttle;

  String requestChange(
      CaseNumber number, String code, String channel, String address, String client)
      throws Exception {
    return mvc.perform(
            post("/track/contact")
                .with(csrf())
                .with(from(client))
                .param("lang", "en")
                .param("number", number.value())
                .param("code", code)
                .param("channel", channel)
                .param("address", address))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String confirm(CaseNumber number, String confirmation, String client) throws Exception {
    return mvc.perform(
            post("/track/contact/confirm")
                .with(csrf())
                .with(from(client))
                .param("lang", "en")
                .param("number", number.value())
                .param("code", work.verificationCode(number))
                .param("confirmation", confirmation))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String mailedCode(String address) throws Exception {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
    List<MimeMessage> mail =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> MyCasesTests.recipient(m).equals(address))
            .toList();
    assertThat(mail).hasSize(1);
    Matcher m = MAIL_CODE.matcher(MyCasesTests.text(mail.get(0)));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  String email(CaseNumber number) {
    return CaseFixtures.storedContact(context, number).email();
  }

  @Test
  void theCodeGoesToTheNewAddressAndTheContactChangesOnlyOnceItIsEntered() throws Exception {
    String old = MyCasesTests.uniqueAddress("old");
    String fresh = MyCasesTests.uniqueAddress("new");
    CaseNumber number = TrackingFixtures.aCaseFiledBy(context, "CONTACTA", old);
    String page =
        requestChange(
            number, work.verificationCode(number), "EMAIL", fresh.toUpperCase(), "10.6.0.1");
    assertThat(page).contains("six-digit code was sent", "id=\"confirmation\"");
    String code = mailedCode(fresh);
    assertThat(email(number)).isEqualTo(old);

    String done = confirm(number, code, "10.6.0.1");
    assertThat(done).contains("now go to the new address");
    CaseViews.NoticeContact contact = CaseFixtures.storedContact(context, number);
    assertThat(contact.email()).isEqualTo(fresh);
    assertThat(contact.notifyBy()).isEqualTo(NotifyBy.EMAIL);
    assertThat(
            jdbc.sql(
                    "select count(*) from tracking_contact_change where case_number = ?"
                        + " and confirmed_at is not null and address is null and code_hash is null")
                .param(number.value())
                .query(Long.class)
                .single())
        .isOne();
    assertThat(confirm(number, code, "10.6.0.1")).contains("No change is waiting");
    assertThat(
            jdbc.sql(
                    "select actor || ' ' || action || ' ' || detail from audit_log"
                        + " where subject_id = ?")
                .param(number.value())
                .query(String.class)
                .list())
        .as("the change of personal data is audited, the address is not in the row")
        .containsExactly(
            "applicant PERSONAL_DATA_CHANGED"
                + " changed=contact:email;notify-by=EMAIL;purpose=contact-change");
  }

  @Test
  void aChangeToSmsSendsTheCodeByTextMessageToTheNewNumber() throws Exception {
    CaseNumber number =
        TrackingFixtures.aCaseFiledBy(context, "CONTACTB", MyCasesTests.uniqueAddress("sms"));
    requestChange(number, work.verificationCode(number), "SMS", "0912-345678", "10.6.0.2");
    var queued =
        jdbc.sql(
                "select body_text, secret from notification_message"
                    + " where recipient = ? and kind = 'CONTACT_VERIFICATION' and case_number = ?"
                    + " and channel = 'SMS'")
            .params("0912-345678", number.value())
            .query()
            .singleRow();
    String code = (String) queued.get("secret");
    assertThat(code).as("kept beside the text only while the message waits").matches("\\d{6}");
    assertThat((String) queued.get("body_text")).contains("code: {{secret}}").doesNotContain(code);
    assertThat(CaseFixtures.storedContact(context, number).notifyBy()).isEqualTo(NotifyBy.EMAIL);
    confirm(number, code, "10.6.0.2");
    CaseViews.NoticeContact contact = CaseFixtures.storedContact(context, number);
    assertThat(contact.notifyBy()).isEqualTo(NotifyBy.SMS);
    assertThat(contact.phone()).isEqualTo("0912-345678");
  }

  @Test
  void wrongCodesAreCountedAndTheFifthEndsTheChange() throws Exception {
    String old = MyCasesTests.uniqueAddress("old");
    String fresh = MyCasesTests.uniqueAddress("new");
    CaseNumber number = TrackingFixtures.aCaseFiledBy(context, "CONTACTC", old);
    requestChange(number, work.verificationCode(number), "EMAIL", fresh, "10.6.0.3");
    String code = mailedCode(fresh);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int left = 4; left >= 1; left--) {
      assertThat(confirm(number, wrong, "10.6.0.3")).contains("try " + left + " more");
    }
    assertThat(confirm(number, wrong, "10.6.0.3")).contains("No change is waiting");
    assertThat(confirm(number, code, "10.6.0.3")).contains("No change is waiting");
    assertThat(email(number)).isEqualTo(old);
  }

  @Test
  void aWrongReceiptCodeGetsTrackingsAnswerAndCountsInItsThrottle() throws Exception {
    String fresh = MyCasesTests.uniqueAddress("new");
    CaseNumber number =
        TrackingFixtures.aCaseFiledBy(context, "CONTACTD", MyCasesTests.uniqueAddress("old"));
    String page = requestChange(number, "AAAAAAAA", "EMAIL", fresh, "10.6.0.4");
    assertThat(page).contains("id=\"code-error\"", "No case matches this case number");
    assertThat(throttle.counted(CaseFixtures.RECEIPT_CHECKS, "case:" + number.value())).isOne();
    assertThat(
            jdbc.sql("select count(*) from notification_message where recipient = ?")
                .param(fresh)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aMalformedAddressGetsALocalizedFieldErrorAndNoMessage() throws Exception {
    CaseNumber number =
        TrackingFixtures.aCaseFiledBy(context, "CONTACTE", MyCasesTests.uniqueAddress("old"));
    String page =
        requestChange(number, work.verificationCode(number), "SMS", "call me", "10.6.0.5");
    assertThat(page).contains("id=\"address-error\"", "mobile number of 7 to 20 digits");
    assertThat(
            jdbc.sql("select count(*) from tracking_contact_change where case_number = ?")
                .param(number.value())
                .query(Long.class)
                .single())
        .isZero();
  }
}
