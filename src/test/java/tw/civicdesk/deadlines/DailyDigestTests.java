// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tw.civicdesk.Concurrently;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.notification.NotificationDispatcher;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The daily digest tells each officer and unit head what is due and late, once a day however often
 * it runs, by e-mail too unless that is switched off; someone with nothing due gets none.
 */
@IntegrationTest
class DailyDigestTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  /** Case B (received 10 March, six working days) is due on this day. */
  static final LocalDate DAY = LocalDate.parse("2026-03-18");

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired DailyDigest digest;
  @Autowired StaffNotices notices;
  @Autowired JdbcClient jdbc;
  @Autowired NotificationDispatcher dispatcher;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgencyWithCasesLateDueTodayDueSoonLaterAndUnassigned() {
    agency = TestOrganisation.from(context).agency("DIGEST", null);
    String officer = agency.username(Role.CASE_OFFICER);
    file("2026-02-11", officer); // late
    CaseNumber today = file("2026-03-10", officer);
    CaseNumber soon = file("2026-03-11", officer);
    CaseNumber later = file("2026-03-13", officer);
    file("2026-02-11", null); // late and unassigned
    assertThat(dueDate(today)).isEqualTo(DAY);
    assertThat(dueDate(soon)).isEqualTo(LocalDate.parse("2026-03-19"));
    assertThat(dueDate(later)).isEqualTo(LocalDate.parse("2026-03-23"));
  }

  /**
   * A case received on {@code received} at the counter with six working days, assigned by the unit
   * head to {@code officer} unless {@code null}.
   */
  CaseNumber file(String received, @Nullable String officer) {
    CaseNumber number =
        CaseFixtures.of(context, agency, new ServiceCode("DIGEST-SERVICE"))
            .fileAtCounter(null, LocalDate.parse(received), TimeLimit.workingDays(6))
            .number();
    if (officer != null) {
      work.assign(agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(number, 0, officer));
    }
    return number;
  }

  @Nullable LocalDate dueDate(CaseNumber number) {
    return work.summary(number).orElseThrow().dueDate();
  }

  List<StaffNotices.Posted> digests(Role role) {
    return notices.inbox(agency.username(role), 100).stream()
        .filter(n -> n.kind() == StaffNoticeKind.DIGEST || n.kind() == StaffNoticeKind.UNIT_DIGEST)
        .toList();
  }

  List<MimeMessage> mailTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  static String recipients(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  void drain() {
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
  }

  @Test
  void theOfficerIsToldOfTheirOwnCasesAndTheUnitHeadOfTheUnitsWithTheUnassignedOnes() {
    digest.run(DAY);
    assertThat(digests(Role.CASE_OFFICER))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(StaffNoticeKind.DIGEST);
              assertThat(n.caseNumber()).isNull();
              assertThat(n.occasion()).isEqualTo("digest:2026-03-18");
              assertThat(n.args()).containsExactly("2026-03-18", "2026-03-20", "1", "1", "1");
            });
    assertThat(digests(Role.UNIT_HEAD))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(StaffNoticeKind.UNIT_DIGEST);
              assertThat(n.args()).containsExactly("2026-03-18", "2026-03-20", "1", "1", "2", "1");
            });
    assertThat(digests(Role.QUALITY_OFFICER)).isEmpty();
    assertThat(digests(Role.COUNTER_CLERK)).isEmpty();
  }

  @Test
  void nobodyGetsADigestOnADayOff() {
    digest.run(LocalDate.parse("2026-03-21"));
    assertThat(digests(Role.CASE_OFFICER)).isEmpty();
    assertThat(digests(Role.UNIT_HEAD)).isEmpty();
  }

  @Test
  void runningTwiceOrOnTwoNodesAtOnceTellsEachRecipientOnceAndMailsOnce() throws Exception {
    digest.run(DAY);
    Concurrently.atOnce(2, () -> digest.run(DAY));
    assertThat(digests(Role.CASE_OFFICER)).hasSize(1);
    assertThat(digests(Role.UNIT_HEAD)).hasSize(1);
    drain();
    String address = agency.username(Role.CASE_OFFICER) + "@example.invalid";
    assertThat(mailTo(address))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getSubject()).startsWith("CivicDesk 通知：2026-03-18 每日摘要");
              assertThat(GreenMailUtil.getBody(m)).doesNotContain("王小明");
            });
  }

  @Test
  void eachReminderReachesTheOfficerByEMailOnceWithoutTheApplicantsName() {
    ReminderSweep sweep = context.getBean(ReminderSweep.class);
    sweep.run(DAY);
    sweep.run(DAY);
    drain();
    List<MimeMessage> mail = mailTo(agency.username(Role.CASE_OFFICER) + "@example.invalid");
    // late, due today, due soon: one reminder each
    assertThat(mail)
        .hasSize(3)
        .allSatisfy(m -> assertThat(GreenMailUtil.getBody(m)).doesNotContain("王小明"));
  }

  @Test
  void withEMailCopiesSwitchedOffTheDigestStaysInTheConsole() {
    DailyDigest consoleOnly =
        new DailyDigest(
            context.getBean(tw.civicdesk.casework.CaseWork.class),
            context.getBean(WorkingCalendar.class),
            notices,
            context.getBean(Organisation.class),
            context.getBean(PlatformTransactionManager.class),
            new DeadlineSettings("-", 4, 2, 1, false));
    consoleOnly.run(DAY);
    assertThat(digests(Role.CASE_OFFICER)).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from notification_message where recipient = ?")
                .param(agency.username(Role.CASE_OFFICER) + "@example.invalid")
                .query(Long.class)
                .single())
        .isZero();
  }
}
