// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/**
 * The statutory path of one letter, told day by day on the real database with the shipped office
 * calendar: filed on the Friday before Lunar New Year 2026, a supplement, the one extension, the
 * decision and closure — status, stored due date and history checked each day.
 */
@IntegrationTest
class CaseWorkStoryTests {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @Autowired Cases cases;
  @Autowired Applicants applicants;
  @Autowired AuditLog audit;
  @Autowired WorkingCalendar calendar;
  @Autowired tw.civicdesk.organisation.Organisation organisation;
  @Autowired JdbcClient jdbc;

  LocalDate storedDue(CaseNumber number) {
    return jdbc.sql("select due_date from casework_case where number = ?")
        .param(number.value())
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  @Test
  void aLetterFiledBeforeLunarNewYearWalksThePathAndTheStoredDueDateFollowsEveryStep() {
    ManualClock clock = ManualClock.on("2026-02-13");
    // No listeners: this test is about dates, and runs outside a transaction.
    CaseEngine work =
        new CaseEngine(cases, applicants, audit, calendar, clock, event -> {}, organisation);
    AgencyCode jiaoxi = new AgencyCode("STORY-" + System.nanoTime() % 1_000_000);
    Actor clerk = Actor.staff(Party.COUNTER_CLERK, "clerk");
    Actor head = Actor.staff(Party.UNIT_HEAD, "head");
    Actor officer = Actor.staff(Party.CASE_OFFICER, "officer");

    // Friday 13 February 2026, the last working day before the Lunar New Year holidays: a
    // letter postmarked on the 11th arrives and is filed; six working days from the 14th.
    Case c =
        work.file(
            new CaseEngine.Filing(
                CaseKind.APPLICATION,
                Channel.MAIL,
                jiaoxi,
                1,
                new ServiceRef(new ServiceCode("STORY-LOW-INCOME"), 1),
                TimeLimit.workingDays(6),
                LocalDate.parse("2026-02-13"),
                LocalDate.parse("2026-02-11"),
                null,
                Map.of("purpose", "SUBSIDY"),
                CaseLinks.NONE),
            clerk);
    CaseNumber n = c.number();
    assertThat(n.value()).endsWith("-20260213-00001");
    assertThat(storedDue(n)).isEqualTo(LocalDate.parse("2026-03-03"));
    assertThat(work.details(n, jiaoxi).postmarkedOn()).isEqualTo(LocalDate.parse("2026-02-11"));

    // Monday 23 February, after the holidays: assigned and started.
    clock.moveTo("2026-02-23");
    c = work.act(n, c.version(), jiaoxi, (k, x) -> k.assign(head, "officer", x.now()));
    c = work.act(n, c.version(), jiaoxi, (k, x) -> k.start(officer, x.now()));
    assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);

    // Tuesday 24th: everything missing, at once; the clock stops and no due date is stored.
    clock.moveTo("2026-02-24");
    c =
        work.act(
            n,
            c.version(),
            jiaoxi,
            (k, x) ->
                k.requestSupplement(
                    officer, List.of("戶籍謄本", "存摺影本"), 7, x.today(), x.calendar(), x.now()));
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThat(storedDue(n)).isNull();

    // Thursday 5 March: the applicant supplies; four working days were left.
    clock.moveTo("2026-03-05");
    c =
        work.act(
            n,
            c.version(),
            jiaoxi,
            (k, x) -> k.supply(Actor.applicant(), x.today(), x.now(), "已上傳"));
    assertThat(storedDue(n)).isEqualTo(LocalDate.parse("2026-03-11"));

    // Tuesday 10th: the one extension, with a reason, before the due date.
    clock.moveTo("2026-03-10");
    c =
        work.act(
            n,
            c.version(),
            jiaoxi,
            (k, x) ->
                k.extend(
                    head, TimeLimit.workingDays(6), "需會同社會處查核", x.today(), x.calendar(), x.now()));
    assertThat(storedDue(n)).isEqualTo(LocalDate.parse("2026-03-19"));

    // Wednesday 18th: approved and closed, a day early.
    clock.moveTo("2026-03-18");
    c =
        work.act(
            n,
            c.version(),
            jiaoxi,
            (k, x) -> k.decide(officer, Decision.APPROVED, "符合資格", null, x.now()));
    c = work.act(n, c.version(), jiaoxi, (k, x) -> k.close(officer, x.now()));
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.version()).isEqualTo(7);
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
    assertThat(c.history())
        .extracting(HistoryEntry::at)
        .extracting(i -> i.atZone(TAIPEI).toLocalDate().toString())
        .containsExactly(
            "2026-02-13",
            "2026-02-23",
            "2026-02-23",
            "2026-02-24",
            "2026-03-05",
            "2026-03-10",
            "2026-03-18",
            "2026-03-18");
  }
}
