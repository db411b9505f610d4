// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.ShippedCalendar;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.CaseTransitions.ActionNotPermitted;
import tw.civicdesk.casework.internal.CaseTransitions.IllegalCaseTransition;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/** The statutory path of one application, told step by step, and the rules that guard it. */
class CaseLifecycleTests {

  static final AgencyCode JIAOXI = new AgencyCode("YILAN-JIAOXI");
  static final CalendarSnapshot CALENDAR = ShippedCalendar.SNAPSHOT;
  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "jiaoxi.clerk");
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "jiaoxi.head");
  static final Actor OFFICER = Actor.staff(Party.CASE_OFFICER, "jiaoxi.officer");
  static final Actor OTHER_OFFICER = Actor.staff(Party.CASE_OFFICER, "jiaoxi.officer2");

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Instant at(String iso) {
    return d(iso).atTime(10, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant();
  }

  static Case aReceivedCase() {
    return Case.file(
        CaseNumber.of(JIAOXI, d("2026-02-13"), 1),
        CaseKind.APPLICATION,
        Channel.MAIL,
        JIAOXI,
        1,
        new ServiceRef(new ServiceCode("JIAOXI-LOW-INCOME"), 1),
        d("2026-02-13"),
        TimeLimit.workingDays(6),
        tw.civicdesk.organisation.ClosurePolicy.STOPS_CLOCK,
        CLERK,
        at("2026-02-13"));
  }

  @Test
  void anApplicationFiledBeforeLunarNewYearWalksTheStatutoryPath() {
    // A mail-channel application reaches the counter on the Friday before Lunar New Year.
    Case c = aReceivedCase();
    assertThat(c.number().value()).isEqualTo("YILAN-JIAOXI-20260213-00001");
    assertThat(c.dueDate(CALENDAR)).isEqualTo(d("2026-03-03"));

    // After the holidays the unit head assigns it and the officer starts.
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));

    // On 02-24 the officer asks for everything missing at once; the clock stops.
    c.requestSupplement(
        OFFICER, List.of("戶籍謄本", "存摺影本"), 7, d("2026-02-24"), CALENDAR, at("2026-02-24"));
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThat(c.dueDate(CALENDAR)).isNull();
    // Within 7 calendar days: by Tuesday 03-03 (補正期限), kept on the case and the request.
    assertThat(c.supplyBy()).isEqualTo(d("2026-03-03"));
    assertThat(c.history().get(3).supplyBy()).isEqualTo(d("2026-03-03"));

    // The applicant answers online on 03-05: four working days were left.
    c.supply(Actor.applicant(), d("2026-03-05"), at("2026-03-05"), "已上傳");
    assertThat(c.supplyBy()).as("cleared once supplied").isNull();
    assertThat(c.history().get(4).supplyBy()).isNull();
    assertThat(c.dueDate(CALENDAR)).isEqualTo(d("2026-03-11"));

    // The unit head grants the one extension, with a reason, before the due date.
    c.extend(
        HEAD, TimeLimit.workingDays(6), "需會同社會處查核", d("2026-03-10"), CALENDAR, at("2026-03-10"));
    assertThat(c.dueDate(CALENDAR)).isEqualTo(d("2026-03-19"));

    // The officer approves, and the case is closed.
    c.decide(OFFICER, Decision.APPROVED, "符合資格", null, at("2026-03-18"));
    c.close(OFFICER, at("2026-03-18"));
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.decision()).isEqualTo(Decision.APPROVED);
    assertThat(c.history())
        .extracting(HistoryEntry::action)
        .containsExactly(
            null,
            CaseAction.ASSIGN,
            CaseAction.START,
            CaseAction.REQUEST_SUPPLEMENT,
            CaseAction.SUPPLY,
            CaseAction.EXTEND,
            CaseAction.DECIDE,
            CaseAction.CLOSE);
    assertThat(c.history().get(3).publicNote()).isEqualTo("戶籍謄本\n存摺影本");
  }

  @Test
  void aRefusedStepChangesNothing() {
    Case c = aReceivedCase();
    assertThatThrownBy(() -> c.decide(OFFICER, Decision.APPROVED, "ok", null, at("2026-02-23")))
        .isInstanceOf(IllegalCaseTransition.class);
    assertThatThrownBy(() -> c.assign(OFFICER, "jiaoxi.other", at("2026-02-23")))
        .isInstanceOf(CaseRuleViolated.class)
        .hasMessage(CaseRuleViolated.TAKE_FOR_SELF);
    assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(c.history()).hasSize(1);
  }

  @Test
  void anOfficerTakesAnUnassignedCaseForThemselvesButNeverAnAssignedOne() {
    Case c = aReceivedCase();
    c.assign(OFFICER, OFFICER.who(), at("2026-02-23"));
    assertThat(c.officer()).isEqualTo(OFFICER.who());
    assertThat(c.status()).isEqualTo(CaseStatus.ASSIGNED);
    assertThatThrownBy(() -> c.assign(OTHER_OFFICER, OTHER_OFFICER.who(), at("2026-02-23")))
        .isInstanceOf(ActionNotPermitted.class);
  }

  @Test
  void onlyTheAssignedOfficerWorksTheCase() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    assertThatThrownBy(() -> c.start(OTHER_OFFICER, at("2026-02-23")))
        .isInstanceOf(ActionNotPermitted.class);
  }

  @Test
  void aSupplementRequestNamesEveryDeficiencyAndASecondRoundNeedsTheUnitHead() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));
    assertThatThrownBy(
            () ->
                c.requestSupplement(
                    OFFICER, List.of(" "), 7, d("2026-02-24"), CALENDAR, at("2026-02-24")))
        .isInstanceOf(CaseRuleViolated.class)
        .hasMessage(CaseRuleViolated.SUPPLEMENT_EMPTY);
    c.requestSupplement(OFFICER, List.of("戶籍謄本"), 7, d("2026-02-24"), CALENDAR, at("2026-02-24"));
    c.supply(CLERK, d("2026-02-25"), at("2026-02-25"), null);
    assertThatThrownBy(
            () ->
                c.requestSupplement(
                    OFFICER, List.of("印章"), 7, d("2026-02-26"), CALENDAR, at("2026-02-26")))
        .hasMessage(CaseRuleViolated.SUPPLEMENT_SECOND_ROUND);
    c.requestSupplement(HEAD, List.of("印章"), 7, d("2026-02-26"), CALENDAR, at("2026-02-26"));
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
  }

  @Test
  void aSupplementPeriodOutsideOneToSixtyDaysIsRefusedOnItsFieldAndChangesNothing() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));
    for (int days : new int[] {0, -3, 61}) {
      assertThatThrownBy(
              () ->
                  c.requestSupplement(
                      OFFICER, List.of("戶籍謄本"), days, d("2026-02-24"), CALENDAR, at("2026-02-24")))
          .isInstanceOfSatisfying(
              CaseRuleViolated.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo(CaseRuleViolated.SUPPLEMENT_DAYS);
                assertThat(e.field()).isEqualTo("days");
              });
    }
    assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(c.supplyBy()).isNull();
    assertThat(c.history()).hasSize(3);
    c.requestSupplement(OFFICER, List.of("戶籍謄本"), 60, d("2026-02-24"), CALENDAR, at("2026-02-24"));
    assertThat(c.supplyBy())
        .as("02-24 + 60 = Saturday 04-25, so Monday")
        .isEqualTo(d("2026-04-27"));
  }

  @Test
  void theDateToSupplyByMovesPastADayTheAgencyIsClosed() {
    CalendarSnapshot typhoon =
        CalendarSnapshot.of(
            ShippedCalendar.DAYS,
            List.of(
                new tw.civicdesk.calendar.AgencyClosure(
                    0,
                    JIAOXI,
                    d("2026-03-03"),
                    tw.civicdesk.calendar.ClosureKind.FULL_DAY,
                    "颱風停止上班")));
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));
    c.requestSupplement(OFFICER, List.of("戶籍謄本"), 7, d("2026-02-24"), typhoon, at("2026-02-24"));
    assertThat(c.supplyBy()).isEqualTo(d("2026-03-04"));
  }

  @Test
  void anExtensionComesOnceWithAReasonBeforeTheDueDateAndNoLongerThanThePeriod() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    assertThatThrownBy(
            () ->
                c.extend(
                    HEAD,
                    TimeLimit.workingDays(6),
                    " ",
                    d("2026-02-24"),
                    CALENDAR,
                    at("2026-02-24")))
        .hasMessage(CaseRuleViolated.REASON_REQUIRED);
    assertThatThrownBy(
            () ->
                c.extend(
                    HEAD,
                    TimeLimit.workingDays(7),
                    "複雜",
                    d("2026-02-24"),
                    CALENDAR,
                    at("2026-02-24")))
        .hasMessage(CaseRuleViolated.EXTENSION_TOO_LONG);
    assertThatThrownBy(
            () ->
                c.extend(
                    HEAD,
                    TimeLimit.workingDays(3),
                    "太晚",
                    d("2026-03-04"),
                    CALENDAR,
                    at("2026-03-04")))
        .hasMessage(CaseRuleViolated.EXTENSION_LATE);
    c.extend(HEAD, TimeLimit.workingDays(3), "複雜", d("2026-02-24"), CALENDAR, at("2026-02-24"));
    assertThatThrownBy(
            () ->
                c.extend(
                    HEAD,
                    TimeLimit.workingDays(3),
                    "再一次",
                    d("2026-02-25"),
                    CALENDAR,
                    at("2026-02-25")))
        .hasMessage(CaseRuleViolated.EXTENSION_ONCE);
  }

  @Test
  void aRefusalTellsTheApplicantHowToAppeal() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));
    assertThatThrownBy(() -> c.decide(OFFICER, Decision.REJECTED, "資格不符", null, at("2026-02-24")))
        .hasMessage(CaseRuleViolated.REMEDY_REQUIRED);
    c.decide(OFFICER, Decision.REJECTED, "資格不符", "如不服本處分，得於處分書送達之次日起 30 日內提起訴願。", at("2026-02-24"));
    assertThat(c.decision()).isEqualTo(Decision.REJECTED);
  }

  @Test
  void theApplicantMayWithdrawWhileASupplementIsAwaited() {
    Case c = aReceivedCase();
    c.assign(HEAD, "jiaoxi.officer", at("2026-02-23"));
    c.start(OFFICER, at("2026-02-23"));
    c.requestSupplement(OFFICER, List.of("戶籍謄本"), 7, d("2026-02-24"), CALENDAR, at("2026-02-24"));
    c.withdraw(Actor.applicant(), "不需要了", at("2026-02-25"));
    assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(c.status().isFinal()).isTrue();
  }
}
