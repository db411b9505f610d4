// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.notification.NotificationTestSupport;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * The follow-up of a test under the threshold, on a fixed clock: opened with the test and due 10
 * working days later (Monday 2 March 2026 → Monday 16 March); the unit head is reminded once 2
 * working days before (Thursday 12 March, not on the 11th, not again on the 13th) and once after
 * the due date (the 17th, not again on the 18th), each as a console notice and an e-mail that
 * arrives in GreenMail; the head reports, the quality officer sends it back, then closes it.
 */
@IntegrationTest
class FollowUpChaseTests {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(
          new ServerSetup(IntegrationTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ApplicationContext context;
  @Autowired StaffNotices notices;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate tx;

  /** Runs {@code work} in a transaction, as the module's proxies would. */
  <T> T inTx(java.util.function.Supplier<T> work) {
    return tx.execute(status -> work.get());
  }

  List<StaffNoticeKind> kinds(String username, long followUp) {
    List<StaffNotices.Posted> inbox = new java.util.ArrayList<>(notices.inbox(username, 100));
    java.util.Collections.reverse(inbox);
    return inbox.stream()
        .filter(n -> n.args().get(0).equals(String.valueOf(followUp)))
        .filter(n -> n.kind().name().startsWith("COURTESY_FOLLOW_UP"))
        .map(StaffNotices.Posted::kind)
        .toList();
  }

  List<String> mailTo(String address) {
    NotificationTestSupport.drain(context);
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .map(GreenMailUtil::getBody)
        .toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return GreenMailUtil.getAddressList(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  FollowUp inTxSubmit(
      FollowUps f, tw.civicdesk.organisation.StaffPrincipal s, long id, int v, String r) {
    return inTx(() -> f.submit(s, id, v, r));
  }

  FollowUp inTxReview(
      FollowUps f,
      tw.civicdesk.organisation.StaffPrincipal s,
      long id,
      int v,
      boolean ok,
      String n) {
    return inTx(() -> f.review(s, id, v, ok, n));
  }

  void inTxRules(
      Courtesy c,
      tw.civicdesk.organisation.StaffPrincipal s,
      tw.civicdesk.organisation.AgencyCode a,
      CourtesyRules r) {
    inTx(
        () -> {
          c.saveRules(s, a, r);
          return null;
        });
  }

  CourtesyTest recordInTx(
      Courtesy c,
      tw.civicdesk.organisation.StaffPrincipal s,
      tw.civicdesk.organisation.AgencyCode a,
      Courtesy.RecordTest t) {
    return inTx(() -> c.record(s, a, t));
  }

  @Test
  void aLowScoreIsChasedOnceBeforeAndOnceAfterItsDueDateByNoticeAndMail() {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CFU", null);
    ManualClock clock = ManualClock.on("2026-03-02");
    FollowUps followUps = CourtesyFixtures.followUps(context, clock);
    Courtesy courtesy = CourtesyFixtures.courtesy(context, clock, followUps);
    // 4 rings on both parts (40) and every mark 2 of 5 (60 × 0.4 = 24): 64.0, under 80.
    CourtesyTest test =
        recordInTx(
            courtesy,
            a.as(Role.QUALITY_OFFICER),
            a.code(),
            CourtesyFixtures.test(
                context, a, LocalDateTime.of(2026, 3, 2, 9, 30), CourtesyFixtures.both(4, 2)));
    assertThat(test.total()).isEqualByComparingTo("64.0");
    FollowUp f = followUps.list(a.as(Role.UNIT_HEAD), a.code()).get(0);
    assertThat(f.dueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    String head = a.username(Role.UNIT_HEAD);
    int[] remindedOn = new int[19];
    for (int day = 11; day <= 18; day++) {
      clock.moveTo(LocalDate.of(2026, 3, day).toString());
      int before = kinds(head, f.id()).size();
      LocalDate today = LocalDate.of(2026, 3, day);
      inTx(() -> followUps.chase(today));
      remindedOn[day] = kinds(head, f.id()).size() - before;
    }
    assertThat(remindedOn).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0);
    assertThat(kinds(head, f.id()))
        .containsExactly(
            StaffNoticeKind.COURTESY_FOLLOW_UP,
            StaffNoticeKind.COURTESY_FOLLOW_UP_DUE,
            StaffNoticeKind.COURTESY_FOLLOW_UP_OVERDUE);
    List<String> mail = mailTo(head + "@example.invalid");
    assertThat(mail).hasSize(3);
    assertThat(String.join("\n", mail)).contains("2026-03-16");
  }

  @Test
  void theHeadReportsAndTheQualityOfficerSendsItBackThenClosesIt() {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CFR", null);
    ManualClock clock = ManualClock.on("2026-04-01");
    FollowUps followUps = CourtesyFixtures.followUps(context, clock);
    Courtesy courtesy = CourtesyFixtures.courtesy(context, clock, followUps);
    recordInTx(
        courtesy,
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        CourtesyFixtures.test(
            context, a, LocalDateTime.of(2026, 4, 1, 9, 0), CourtesyFixtures.both(6, 3)));
    FollowUp f = followUps.list(a.as(Role.QUALITY_OFFICER), a.code()).get(0);
    assertThatThrownBy(() -> inTxSubmit(followUps, a.as(Role.UNIT_HEAD), f.id(), f.version(), " "))
        .isInstanceOf(InvalidFields.class);
    assertThatThrownBy(
            () -> inTxSubmit(followUps, a.as(Role.QUALITY_OFFICER), f.id(), f.version(), "改善"))
        .isInstanceOf(ConflictException.class);
    FollowUp sent = inTxSubmit(followUps, a.as(Role.UNIT_HEAD), f.id(), f.version(), "加強接聽禮貌訓練");
    assertThat(sent.state()).isEqualTo(FollowUp.State.SUBMITTED);
    assertThatThrownBy(
            () ->
                inTxReview(
                    followUps, a.as(Role.QUALITY_OFFICER), f.id(), sent.version(), false, ""))
        .isInstanceOf(InvalidFields.class);
    FollowUp back =
        inTxReview(followUps, a.as(Role.QUALITY_OFFICER), f.id(), sent.version(), false, "請具體說明");
    assertThat(back.state()).isEqualTo(FollowUp.State.RETURNED);
    FollowUp again = inTxSubmit(followUps, a.as(Role.UNIT_HEAD), f.id(), back.version(), "每週抽測");
    FollowUp closed =
        inTxReview(followUps, a.as(Role.QUALITY_OFFICER), f.id(), again.version(), true, "");
    assertThat(closed.state()).isEqualTo(FollowUp.State.CLOSED);
    inTx(() -> followUps.chase(LocalDate.of(2026, 6, 30)));
    assertThat(kinds(a.username(Role.UNIT_HEAD), f.id()))
        .doesNotContain(StaffNoticeKind.COURTESY_FOLLOW_UP_OVERDUE);
    Long audited =
        jdbc.sql(
                "select count(*) from audit_log where action = 'COURTESY_FOLLOW_UP_CHANGED'"
                    + " and subject_id = ?")
            .param(String.valueOf(f.id()))
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(4L);
  }

  @Test
  void aScoreAtTheThresholdOpensNoFollowUp() {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CFT", null);
    ManualClock clock = ManualClock.on("2026-05-04");
    FollowUps followUps = CourtesyFixtures.followUps(context, clock);
    Courtesy courtesy = CourtesyFixtures.courtesy(context, clock, followUps);
    inTxRules(
        courtesy,
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        new CourtesyRules(new java.math.BigDecimal("88.0"), false));
    recordInTx(
        courtesy,
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        CourtesyFixtures.test(
            context, a, LocalDateTime.of(2026, 5, 4, 9, 0), CourtesyFixtures.both(4, 4)));
    assertThat(followUps.list(a.as(Role.QUALITY_OFFICER), a.code())).isEmpty();
    inTxRules(
        courtesy,
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        new CourtesyRules(new java.math.BigDecimal("88.1"), false));
    recordInTx(
        courtesy,
        a.as(Role.QUALITY_OFFICER),
        a.code(),
        CourtesyFixtures.test(
            context, a, LocalDateTime.of(2026, 5, 4, 9, 5), CourtesyFixtures.both(4, 4)));
    assertThat(followUps.list(a.as(Role.QUALITY_OFFICER), a.code())).hasSize(1);
  }
}
