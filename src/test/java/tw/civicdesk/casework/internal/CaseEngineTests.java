// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.DatabaseOwner;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.CaseEngine.CaseChanged;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;

/** Cases on the real database: numbers, storage with history, and optimistic locking. */
@IntegrationTest
class CaseEngineTests {

  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "clerk");
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "head");
  static final Actor OFFICER = Actor.staff(Party.CASE_OFFICER, "officer");

  @Autowired CaseEngine work;
  @Autowired JdbcClient jdbc;
  @Autowired Flyway flyway;

  static AgencyCode anAgency() {
    return new AgencyCode("CW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
  }

  Case filed(AgencyCode agency) {
    return work.file(
        CaseKind.APPLICATION,
        Channel.COUNTER,
        agency,
        1,
        new ServiceRef(new ServiceCode("TEST-SERVICE"), 1),
        TimeLimit.workingDays(6),
        CLERK);
  }

  @Test
  void numbersCountUpPerAgencyAndDayAndAreNeverHandedOutTwice() {
    AgencyCode a = anAgency();
    AgencyCode b = anAgency();
    Case first = filed(a);
    Case second = filed(a);
    Case other = filed(b);
    assertThat(first.number().value()).startsWith(a.value() + "-").endsWith("-00001");
    assertThat(second.number().value()).endsWith("-00002");
    assertThat(other.number().value()).endsWith("-00001");
  }

  @Test
  void aCaseIsStoredWithItsHistoryAndDueDateAndReloadsTheSame() {
    AgencyCode agency = anAgency();
    Case c = filed(agency);
    c = work.act(c.number(), c.version(), agency, (k, ctx) -> k.assign(HEAD, "officer", ctx.now()));
    c = work.act(c.number(), c.version(), agency, (k, ctx) -> k.start(OFFICER, ctx.now()));
    c =
        work.act(
            c.number(),
            c.version(),
            agency,
            (k, ctx) ->
                k.requestSupplement(
                    OFFICER, List.of("戶籍謄本", "印章"), 7, ctx.today(), ctx.calendar(), ctx.now()));
    assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThat(c.history()).hasSize(4);
    assertThat(c.history().get(3).publicNote()).isEqualTo("戶籍謄本\n印章");
    assertThat(c.clock().paused()).isTrue();
    assertThat(
            jdbc.sql("select due_date from casework_case where number = ?")
                .param(c.number().value())
                .query(java.time.LocalDate.class)
                .optional())
        .isEmpty();
    assertThat(c.version()).isEqualTo(3);
  }

  @Test
  void twoOfficersActingAtOnceNeverBothWin() throws Exception {
    AgencyCode agency = anAgency();
    Case c = filed(agency);
    int version = c.version();
    CountDownLatch go = new CountDownLatch(1);
    Callable<Boolean> assign =
        () -> {
          go.await();
          try {
            work.act(c.number(), version, agency, (k, ctx) -> k.assign(HEAD, "officer", ctx.now()));
            return true;
          } catch (CaseChanged lost) {
            return false;
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> one = pool.submit(assign);
      Future<Boolean> two = pool.submit(assign);
      go.countDown();
      assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdown();
    }
    assertThat(work.get(c.number(), agency).history()).hasSize(2);
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    AgencyCode agency = anAgency();
    Case c = filed(agency);
    work.act(c.number(), c.version(), agency, (k, ctx) -> k.assign(HEAD, "officer", ctx.now()));
    assertThatThrownBy(
            () ->
                work.act(
                    c.number(),
                    c.version(),
                    agency,
                    (k, ctx) -> k.assign(HEAD, "someone-else", ctx.now())))
        .isInstanceOf(CaseChanged.class);
    assertThat(work.get(c.number(), agency).officer()).isEqualTo("officer");
  }

  @Test
  void anotherAgencySeesNoSuchCase() {
    Case c = filed(anAgency());
    assertThatThrownBy(() -> work.get(c.number(), anAgency())).isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(
            () ->
                work.act(
                    c.number(),
                    c.version(),
                    anAgency(),
                    (k, ctx) -> k.assign(HEAD, "officer", ctx.now())))
        .isInstanceOf(CaseNotFound.class);
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAHistoryEntryEvenToTheTablesOwner() {
    Case c = filed(anAgency());
    // The application's role has no UPDATE or DELETE on the table (DatabaseRolesTests); the
    // trigger stops even the owner.
    JdbcClient owner = DatabaseOwner.of(flyway).jdbc();
    assertThatThrownBy(
            () ->
                owner
                    .sql("update casework_history set public_note = 'x'" + " where case_number = ?")
                    .param(c.number().value())
                    .update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                owner
                    .sql("delete from casework_history where case_number = ?")
                    .param(c.number().value())
                    .update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(work.get(c.number(), c.agency()).history()).hasSize(1);
  }

  @Test
  void theCaseAnsweredByFilingIsTheCaseAsStored() {
    AgencyCode agency = anAgency();
    Case filed = filed(agency);
    Case stored = work.get(filed.number(), agency);
    assertThat(filed.version()).isEqualTo(stored.version()).isZero();
    assertThat(filed.record()).isEqualTo(stored.record());
    assertThat(filed.history()).isEqualTo(stored.history());
    Case next =
        work.act(
            filed.number(), filed.version(), agency, (k, x) -> k.assign(HEAD, "officer", x.now()));
    assertThat(next.history()).hasSize(2);
  }
}
