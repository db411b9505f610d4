// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.internal.CaseLinking;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.CaseRuleViolated;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.VerificationCodes;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Steps on a case become notices in the step's own transaction: to the applicant on the channel
 * they chose, in their language, and to staff in the console.
 */
@IntegrationTest
class CaseNoticeTests {

  @Autowired ApplicationContext context;
  @Autowired CaseEngine work;
  @Autowired CaseLinking linking;
  @Autowired JdbcClient jdbc;
  @Autowired StaffNotices notices;
  @Autowired VerificationCodes codes;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transaction;

  TestOrganisation.Setup agency;
  ServiceCode service;
  Actor head;
  Actor officer;

  @BeforeEach
  void publishAService() {
    agency = TestOrganisation.from(context).agency("NOTE", null);
    service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    head = Actor.staff(Party.UNIT_HEAD, agency.username(Role.UNIT_HEAD));
    officer = Actor.staff(Party.CASE_OFFICER, agency.username(Role.CASE_OFFICER));
  }

  Case fileFor(Applicant applicant) {
    Case c = work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.ONLINE, agency.code(),
        agency.unit().id(), new ServiceRef(service, 1), TimeLimit.workingDays(6),
        LocalDate.now(clock), null, applicant, Map.of(), CaseLinks.NONE), Actor.applicant());
    c = work.act(c.number(), c.version(), agency.code(),
        (k, x) -> k.assign(head, officer.who(), x.now()));
    return work.act(c.number(), c.version(), agency.code(), (k, x) -> k.start(officer, x.now()));
  }

  static Applicant byEmail(String address, Locale language) {
    return new Applicant("王小明", null, address, "0912345678", null, language,
        Applicant.NotifyBy.EMAIL);
  }

  /** The messages of the case after its receipt. */
  List<Map<String, Object>> messages(CaseNumber number) {
    return jdbc.sql("select kind, channel, recipient, subject, body_text, body_html, segments,"
            + " status from notification_message where case_number = ? and kind <> 'RECEIPT'"
            + " order by id")
        .param(number.value()).query().listOfRows();
  }

  @Test
  void filingAnApplicationQueuesItsReceiptFromTheFilingEventOnTheChosenChannel() {
    String address = "r-" + UUID.randomUUID() + "@example.tw";
    Case c = fileFor(byEmail(address, Locale.ENGLISH));

    List<Map<String, Object>> receipts = jdbc.sql("select kind, channel, recipient, subject"
            + " from notification_message where case_number = ? and kind = 'RECEIPT'")
        .param(c.number().value()).query().listOfRows();
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0)).containsEntry("channel", "EMAIL")
        .containsEntry("recipient", address);
  }

  @Test
  void aCaseOpenedByTransferGetsNoReceiptOfItsOwn() {
    Case c = fileFor(byEmail("t-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    var other = TestOrganisation.from(context).agency("NOTF", null);
    CaseNumber opened = linking.transfer(c.number(), c.version(), agency.code(), head,
        other.code(), other.unit().id(), "管轄").number();

    assertThat(jdbc.sql("select count(*) from notification_message where case_number = ?"
        + " and kind = 'RECEIPT'").param(opened.value())
        .query(Integer.class).single()).isZero();
  }

  @Test
  void askingForDocumentsQueuesOneMailListingEveryDeficiencyInTheApplicantsLanguage() {
    String address = "a-" + UUID.randomUUID() + "@example.tw";
    Case c = fileFor(byEmail(address, Locale.ENGLISH));
    Case asked = work.act(c.number(), c.version(), agency.code(), (k, x) ->
        k.requestSupplement(officer, List.of("Household register", "Bank book cover"), 7,
            x.today(), x.calendar(), x.now()));
    LocalDate by = java.util.Objects.requireNonNull(asked.supplyBy());

    List<Map<String, Object>> sent = messages(c.number());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0)).containsEntry("kind", "SUPPLEMENT_REQUESTED")
        .containsEntry("channel", "EMAIL").containsEntry("recipient", address)
        .containsEntry("subject", "Case " + c.number().value() + ": documents needed")
        .containsEntry("status", "QUEUED");
    assertThat((String) sent.get(0).get("body_text")).contains("- Household register",
        "- Bank book cover", "all at once, by " + by.getMonth().getDisplayName(
            java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + by.getDayOfMonth() + ", "
            + by.getYear() + ".",
        "http://localhost:8080/supplements?number=" + c.number().value() + "&lang=en")
        .doesNotContain("王小明");
    assertThat((String) sent.get(0).get("body_html")).contains("<li>Bank book cover</li>");
  }

  @Test
  void anExtensionTellsTheNewDueDateAndTheReasonInChinese() {
    Case c = fileFor(byEmail("b-" + UUID.randomUUID() + "@example.tw", Locale.TAIWAN));
    Case extended = work.act(c.number(), c.version(), agency.code(), (k, x) -> k.extend(head,
        TimeLimit.workingDays(3), "需會勘現場", x.today(), x.calendar(), x.now()));

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail).containsEntry("kind", "EXTENDED")
        .containsEntry("subject", "案件 " + c.number().value() + " 處理期限延長");
    LocalDate due = work.dueDate(extended);
    assertThat((String) mail.get("body_text")).contains("需會勘現場",
        due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
  }

  @Test
  void aRefusalTellsTheOutcomeWithTheReasonsAndHowToAppeal() {
    Case c = fileFor(byEmail("c-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    work.act(c.number(), c.version(), agency.code(), (k, x) -> k.decide(head, Decision.REJECTED,
        "Income above the threshold", "Appeal within 30 days", x.now()));

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail).containsEntry("kind", "DECIDED")
        .containsEntry("subject", "Case " + c.number().value() + " decided: refused");
    assertThat((String) mail.get("body_text")).contains("Income above the threshold",
        "Appeal within 30 days", "/track?number=" + c.number().value());
  }

  @Test
  void aTransferTellsTheCompetentAgencyTheNewCaseNumberAndItsVerificationCode() {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("NOTO", null);
    Case c = fileFor(byEmail("d-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    Case opened = linking.transfer(c.number(), c.version(), agency.code(), head, other.code(),
        other.unit().id(), "Not our competence");

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail).containsEntry("kind", "TRANSFERRED");
    assertThat((String) mail.get("body_text")).contains(opened.number().value(),
        MessageSecret.PLACEHOLDER, "Test ", "Not our competence",
        "/track?number=" + opened.number().value())
        .doesNotContain("→").doesNotContain(codes.codeFor(opened.number()));
    assertThat(jdbc.sql("select secret_case from notification_message where case_number = ?"
            + " and kind = 'TRANSFERRED'")
        .param(c.number().value()).query(String.class).single())
        .as("the new case's code is derived when sent").isEqualTo(opened.number().value());
    assertThat(notices.inbox(other.username(Role.UNIT_HEAD), 10)).singleElement()
        .satisfies(n -> {
          assertThat(n.kind()).isEqualTo(StaffNoticeKind.CASE_TRANSFERRED_IN);
          assertThat(n.args()).containsExactly(opened.number().value(), c.number().value());
        });
  }

  @Test
  void anApplicantWhoChoseSmsGetsATextWithinTwoChineseParts() {
    String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
    Case c = fileFor(new Applicant("王小明", null, null, phone, null, Locale.TAIWAN,
        Applicant.NotifyBy.SMS));
    work.act(c.number(), c.version(), agency.code(), (k, x) -> k.decide(head, Decision.APPROVED,
        "符合資格", null, x.now()));

    Map<String, Object> sms = messages(c.number()).get(0);
    assertThat(sms).containsEntry("channel", "SMS").containsEntry("recipient", phone)
        .containsEntry("subject", null).containsEntry("body_html", null);
    String text = (String) sms.get("body_text");
    assertThat(text).startsWith("案件" + c.number().value() + "已決行：核准。查詢： http");
    assertThat(sms.get("segments")).isEqualTo(SmsText.segments(text));
    assertThat((Integer) sms.get("segments")).isBetween(1, 2);
  }

  @Test
  void anApplicantWhoChosePostOrNoNoticesGetsNoMessage() {
    for (Applicant.NotifyBy by : List.of(Applicant.NotifyBy.POST, Applicant.NotifyBy.NONE)) {
      Case c = fileFor(new Applicant("王小明", null, "e@example.tw", "0912345678", "台北市",
          Locale.TAIWAN, by));
      work.act(c.number(), c.version(), agency.code(), (k, x) -> k.decide(head,
          Decision.APPROVED, "符合資格", null, x.now()));
      assertThat(messages(c.number())).isEmpty();
    }
  }

  @Test
  void aRefusedStepQueuesNothingAndPostsNothing() {
    Case c = fileFor(byEmail("e-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    long before = notices.unread(officer.who());
    assertThatThrownBy(() -> work.act(c.number(), c.version(), agency.code(),
        (k, x) -> k.extend(head, TimeLimit.workingDays(3), " ", x.today(), x.calendar(),
            x.now())))
        .isInstanceOf(CaseRuleViolated.class);
    assertThat(messages(c.number())).isEmpty();
    assertThat(notices.unread(officer.who())).isEqualTo(before);
  }

  @Test
  void theOfficerIsToldInTheConsoleWhenGivenACaseAndWhenTheApplicantSupplies() {
    Case filed = fileFor(byEmail("f-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    Case c = work.act(filed.number(), filed.version(), agency.code(),
        (k, x) -> k.requestSupplement(officer, List.of("ID card"),
            7, x.today(), x.calendar(), x.now()));
    work.act(c.number(), c.version(), agency.code(),
        (k, x) -> k.supply(Actor.applicant(), x.today(), x.now(), null));

    List<StaffNotices.Posted> inbox = notices.inbox(officer.who(), 100).stream()
        .filter(n -> c.number().value().equals(n.caseNumber())).toList();
    assertThat(inbox).extracting(StaffNotices.Posted::kind).containsExactly(
        StaffNoticeKind.SUPPLEMENT_SUPPLIED, StaffNoticeKind.CASE_ASSIGNED);
    assertThat(notices.inbox(head.who(), 100))
        .noneMatch(n -> c.number().value().equals(n.caseNumber()));
  }

  @Test
  void aNoticeForAnOccasionIsPostedOncePerRecipient() {
    String to = agency.username(Role.CASE_OFFICER);
    StaffNotices.StaffNotice reminder = new StaffNotices.StaffNotice(to, agency.code(),
        StaffNoticeKind.REMINDER, "X1-20260101-00001", List.of("X1-20260101-00001",
            "2026-01-05"), "due-soon:X1-20260101-00001");
    assertThat(transaction.<Boolean>execute(s -> notices.post(reminder))).isEqualTo(true);
    assertThat(transaction.<Boolean>execute(s -> notices.post(reminder))).isEqualTo(false);
    assertThat(notices.inbox(to, 100)).filteredOn(n -> n.kind() == StaffNoticeKind.REMINDER)
        .hasSize(1);
  }

  @Test
  void aStaffMemberMarksOnlyTheirOwnNoticesRead() {
    String mine = agency.username(Role.CASE_OFFICER);
    String theirs = agency.username(Role.UNIT_HEAD);
    for (String to : List.of(mine, theirs)) {
      transaction.execute(s -> notices.post(new StaffNotices.StaffNotice(to, agency.code(),
          StaffNoticeKind.CASE_ASSIGNED, null, List.of("X"), null)));
    }
    long theirId = notices.inbox(theirs, 1).get(0).id();
    assertThat(notices.markRead(mine, theirId)).isFalse();
    assertThat(notices.unread(theirs)).isEqualTo(1);
    assertThat(notices.markAllRead(mine)).isEqualTo(1);
    assertThat(notices.unread(mine)).isZero();
  }
}
