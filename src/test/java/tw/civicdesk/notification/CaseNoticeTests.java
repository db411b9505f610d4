// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * Steps on a case become notices in the step's own transaction: to the applicant on the channel
 * they chose, in their language, and to staff in the console.
 */
@IntegrationTest
class CaseNoticeTests {

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffNotices notices;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transaction;

  TestOrganisation.Setup agency;
  CaseFixtures cases;
  StaffPrincipal head;
  StaffPrincipal officer;

  @BeforeEach
  void publishAService() {
    agency = TestOrganisation.from(context).agency("NOTE", null);
    ServiceCode service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    cases = CaseFixtures.of(context, agency, service);
    head = agency.as(Role.UNIT_HEAD);
    officer = agency.as(Role.CASE_OFFICER);
  }

  /** A case filed online by {@code applicant}, assigned to the officer, who started it. */
  CaseWork.Stepped fileFor(Applicant applicant) {
    return cases.inProgress(cases.fileOnline(applicant, LocalDate.now(clock)).number());
  }

  static Applicant byEmail(String address, Locale language) {
    return new Applicant(
        "王小明", null, address, "0912345678", null, language, Applicant.NotifyBy.EMAIL);
  }

  /** The messages of the case after its receipt. */
  List<Map<String, Object>> messages(CaseNumber number) {
    return jdbc.sql(
            "select kind, channel, recipient, subject, body_text, body_html, segments,"
                + " status from notification_message where case_number = ? and kind <> 'RECEIPT'"
                + " order by id")
        .param(number.value())
        .query()
        .listOfRows();
  }

  @Test
  void filingAnApplicationQueuesItsReceiptFromTheFilingEventOnTheChosenChannel() {
    String address = "r-" + UUID.randomUUID() + "@example.tw";
    CaseWork.Stepped c = fileFor(byEmail(address, Locale.ENGLISH));

    List<Map<String, Object>> receipts =
        jdbc.sql(
                "select kind, channel, recipient, subject"
                    + " from notification_message where case_number = ? and kind = 'RECEIPT'")
            .param(c.number().value())
            .query()
            .listOfRows();
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0))
        .containsEntry("channel", "EMAIL")
        .containsEntry("recipient", address);
  }

  @Test
  void aCaseOpenedByTransferGetsNoReceiptOfItsOwn() {
    CaseWork.Stepped c = fileFor(byEmail("t-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    var other = TestOrganisation.from(context).agency("NOTF", null);
    work.transfer(
        head,
        new CaseCommand.Transfer(c.number(), c.version(), other.code(), other.unit().id(), "管轄"));
    CaseNumber opened = cases.transferredTo(c.number());

    assertThat(
            jdbc.sql(
                    "select count(*) from notification_message where case_number = ?"
                        + " and kind = 'RECEIPT'")
                .param(opened.value())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void askingForDocumentsQueuesOneMailListingEveryDeficiencyInTheApplicantsLanguage() {
    String address = "a-" + UUID.randomUUID() + "@example.tw";
    CaseWork.Stepped c = fileFor(byEmail(address, Locale.ENGLISH));
    work.requestSupplement(
        officer,
        new CaseCommand.RequestSupplement(
            c.number(), c.version(), List.of("Household register", "Bank book cover"), 7));
    List<HistoryEntry> history = work.history(c.number());
    LocalDate by = java.util.Objects.requireNonNull(history.get(history.size() - 1).supplyBy());

    List<Map<String, Object>> sent = messages(c.number());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0))
        .containsEntry("kind", "SUPPLEMENT_REQUESTED")
        .containsEntry("channel", "EMAIL")
        .containsEntry("recipient", address)
        .containsEntry("subject", "Case " + c.number().value() + ": documents needed")
        .containsEntry("status", "QUEUED");
    assertThat((String) sent.get(0).get("body_text"))
        .contains(
            "- Household register",
            "- Bank book cover",
            "all at once, by "
                + by.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " "
                + by.getDayOfMonth()
                + ", "
                + by.getYear()
                + ".",
            "http://localhost:8080/supplements?number=" + c.number().value() + "&lang=en")
        .doesNotContain("王小明");
    assertThat((String) sent.get(0).get("body_html")).contains("<li>Bank book cover</li>");
  }

  @Test
  void anExtensionTellsTheNewDueDateAndTheReasonInChinese() {
    CaseWork.Stepped c = fileFor(byEmail("b-" + UUID.randomUUID() + "@example.tw", Locale.TAIWAN));
    CaseWork.Stepped extended =
        work.extend(
            head,
            new CaseCommand.Extend(
                c.number(), c.version(), 3, TimeLimit.Unit.WORKING_DAYS, "需會勘現場"));

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail)
        .containsEntry("kind", "EXTENDED")
        .containsEntry("subject", "案件 " + c.number().value() + " 處理期限延長");
    LocalDate due = java.util.Objects.requireNonNull(extended.dueDate());
    assertThat((String) mail.get("body_text"))
        .contains(
            "需會勘現場", due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
  }

  @Test
  void aRefusalTellsTheOutcomeWithTheReasonsAndHowToAppeal() {
    CaseWork.Stepped c = fileFor(byEmail("c-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    work.decide(
        head,
        new CaseCommand.Decide(
            c.number(),
            c.version(),
            Decision.REJECTED,
            "Income above the threshold",
            "Appeal within 30 days"));

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail)
        .containsEntry("kind", "DECIDED")
        .containsEntry("subject", "Case " + c.number().value() + " decided: refused");
    assertThat((String) mail.get("body_text"))
        .contains(
            "Income above the threshold",
            "Appeal within 30 days",
            "/track?number=" + c.number().value());
  }

  @Test
  void aTransferTellsTheCompetentAgencyTheNewCaseNumberAndItsVerificationCode() {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("NOTO", null);
    CaseWork.Stepped c = fileFor(byEmail("d-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    work.transfer(
        head,
        new CaseCommand.Transfer(
            c.number(), c.version(), other.code(), other.unit().id(), "Not our competence"));
    CaseNumber opened = cases.transferredTo(c.number());

    Map<String, Object> mail = messages(c.number()).get(0);
    assertThat(mail).containsEntry("kind", "TRANSFERRED");
    assertThat((String) mail.get("body_text"))
        .contains(
            opened.value(),
            MessageSecret.PLACEHOLDER,
            "Test ",
            "Not our competence",
            "/track?number=" + opened.value())
        .doesNotContain("→")
        .doesNotContain(work.verificationCode(opened));
    assertThat(
            jdbc.sql(
                    "select secret_case from notification_message where case_number = ?"
                        + " and kind = 'TRANSFERRED'")
                .param(c.number().value())
                .query(String.class)
                .single())
        .as("the new case's code is derived when sent")
        .isEqualTo(opened.value());
    assertThat(notices.inbox(other.username(Role.UNIT_HEAD), 10))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(StaffNoticeKind.CASE_TRANSFERRED_IN);
              assertThat(n.args()).containsExactly(opened.value(), c.number().value());
            });
  }

  @Test
  void anApplicantWhoChoseSmsGetsATextWithinTwoChineseParts() {
    String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
    CaseWork.Stepped c =
        fileFor(
            new Applicant("王小明", null, null, phone, null, Locale.TAIWAN, Applicant.NotifyBy.SMS));
    work.decide(
        head, new CaseCommand.Decide(c.number(), c.version(), Decision.APPROVED, "符合資格", null));

    Map<String, Object> sms = messages(c.number()).get(0);
    assertThat(sms)
        .containsEntry("channel", "SMS")
        .containsEntry("recipient", phone)
        .containsEntry("subject", null)
        .containsEntry("body_html", null);
    String text = (String) sms.get("body_text");
    assertThat(text).startsWith("案件" + c.number().value() + "已決行：核准。查詢： http");
    assertThat(sms.get("segments")).isEqualTo(SmsText.segments(text));
    assertThat((Integer) sms.get("segments")).isBetween(1, 2);
  }

  @Test
  void anApplicantWhoChosePostOrNoNoticesGetsNoMessage() {
    for (Applicant.NotifyBy by : List.of(Applicant.NotifyBy.POST, Applicant.NotifyBy.NONE)) {
      CaseWork.Stepped c =
          fileFor(
              new Applicant("王小明", null, "e@example.tw", "0912345678", "台北市", Locale.TAIWAN, by));
      work.decide(
          head, new CaseCommand.Decide(c.number(), c.version(), Decision.APPROVED, "符合資格", null));
      assertThat(messages(c.number())).isEmpty();
    }
  }

  @Test
  void aRefusedStepQueuesNothingAndPostsNothing() {
    CaseWork.Stepped c = fileFor(byEmail("e-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    long before = notices.unread(officer.getUsername());
    assertThatThrownBy(
            () ->
                work.extend(
                    head,
                    new CaseCommand.Extend(
                        c.number(), c.version(), 3, TimeLimit.Unit.WORKING_DAYS, " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("casework.reason.required");
    assertThat(messages(c.number())).isEmpty();
    assertThat(notices.unread(officer.getUsername())).isEqualTo(before);
  }

  @Test
  void theOfficerIsToldInTheConsoleWhenGivenACaseAndWhenTheApplicantSupplies() throws Exception {
    CaseWork.Stepped filed =
        fileFor(byEmail("f-" + UUID.randomUUID() + "@example.tw", Locale.ENGLISH));
    CaseWork.Stepped c =
        work.requestSupplement(
            officer,
            new CaseCommand.RequestSupplement(
                filed.number(), filed.version(), List.of("ID card"), 7));
    // The applicant supplies through their door, the supplement page, with the receipt.
    mvc.perform(
            post("/supplements")
                .with(csrf())
                .param("number", c.number().value())
                .param("code", work.verificationCode(c.number()))
                .param("note", "attached"))
        .andExpect(status().isOk());
    List<HistoryEntry> history = work.history(c.number());
    assertThat(history.get(history.size() - 1).who()).isEqualTo("applicant");

    List<StaffNotices.Posted> inbox =
        notices.inbox(officer.getUsername(), 100).stream()
            .filter(n -> c.number().value().equals(n.caseNumber()))
            .toList();
    assertThat(inbox)
        .extracting(StaffNotices.Posted::kind)
        .containsExactly(StaffNoticeKind.SUPPLEMENT_SUPPLIED, StaffNoticeKind.CASE_ASSIGNED);
    assertThat(notices.inbox(head.getUsername(), 100))
        .noneMatch(n -> c.number().value().equals(n.caseNumber()));
  }

  @Test
  void aNoticeForAnOccasionIsPostedOncePerRecipient() {
    String to = agency.username(Role.CASE_OFFICER);
    StaffNotices.StaffNotice reminder =
        new StaffNotices.StaffNotice(
            to,
            agency.code(),
            StaffNoticeKind.REMINDER,
            "X1-20260101-00001",
            List.of("X1-20260101-00001", "2026-01-05"),
            "due-soon:X1-20260101-00001");
    assertThat(transaction.<Boolean>execute(s -> notices.post(reminder))).isEqualTo(true);
    assertThat(transaction.<Boolean>execute(s -> notices.post(reminder))).isEqualTo(false);
    assertThat(notices.inbox(to, 100))
        .filteredOn(n -> n.kind() == StaffNoticeKind.REMINDER)
        .hasSize(1);
  }

  @Test
  void aStaffMemberMarksOnlyTheirOwnNoticesRead() {
    String mine = agency.username(Role.CASE_OFFICER);
    String theirs = agency.username(Role.UNIT_HEAD);
    for (String to : List.of(mine, theirs)) {
      transaction.execute(
          s ->
              notices.post(
                  new StaffNotices.StaffNotice(
                      to, agency.code(), StaffNoticeKind.CASE_ASSIGNED, null, List.of("X"), null)));
    }
    long theirId = notices.inbox(theirs, 1).get(0).id();
    assertThat(notices.markRead(mine, theirId)).isFalse();
    assertThat(notices.unread(theirs)).isEqualTo(1);
    assertThat(notices.markAllRead(mine)).isEqualTo(1);
    assertThat(notices.unread(mine)).isZero();
  }
}
