// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * The one door of case work: every kind files through {@link CaseWork#file} under its own rules,
 * and staff steps choose the party from the table, whatever the caller.
 */
@IntegrationTest
class CaseWorkTests {

  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("DOOR", null);
  }

  int casesOf(TestOrganisation.Setup a) {
    return jdbc.sql("select count(*) from casework_case where agency_code = ?")
        .param(a.code().value())
        .query(Integer.class)
        .single();
  }

  @Test
  void filingAnswersTheNumberTheDueDateAndTheCodeOfTheReceipt() {
    CaseWork.Filed filed =
        CaseFixtures.of(context, agency, new ServiceCode("DOOR-001"))
            .fileOnline(
                CaseFixtures.byEmail("door-" + UUID.randomUUID() + "@example.tw", Locale.TAIWAN),
                LocalDate.now(clock));

    assertThat(filed.number().agency()).isEqualTo(agency.code());
    assertThat(filed.dueDate()).isAfter(LocalDate.now(clock));
    assertThat(filed.verificationCode())
        .isEqualTo(work.verificationCode(filed.number()))
        .hasSize(8);
    assertThat(filed.toString()).doesNotContain(filed.verificationCode());
  }

  @Test
  void anApplicationWithoutAServiceAndAPetitionWithOneAreRefusedAndStoreNothing() {
    CaseCommand.File application =
        new CaseCommand.File(
            CaseKind.APPLICATION,
            Channel.ONLINE,
            agency.code(),
            agency.unit().id(),
            null,
            TimeLimit.workingDays(6),
            LocalDate.now(clock),
            null,
            null,
            Map.of(),
            null);
    CaseCommand.File petition =
        new CaseCommand.File(
            CaseKind.PETITION,
            Channel.ONLINE,
            agency.code(),
            agency.unit().id(),
            new ServiceRef(new ServiceCode("DOOR-001"), 1),
            TimeLimit.workingDays(6),
            LocalDate.now(clock),
            null,
            null,
            Map.of(),
            null);

    for (CaseCommand.File refused : java.util.List.of(application, petition)) {
      assertThatThrownBy(() -> work.file(refused))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("casework.kind.service");
    }
    assertThat(casesOf(agency)).isZero();
  }

  @Test
  void aPetitionFilesThroughTheSameDoorAndMovesOnTheSameTable() {
    CaseWork.Filed filed =
        work.file(
            new CaseCommand.File(
                CaseKind.PETITION,
                Channel.ONLINE,
                agency.code(),
                agency.unit().id(),
                null,
                TimeLimit.workingDays(6),
                LocalDate.now(clock),
                null,
                null,
                Map.of(),
                null));
    CaseWork.Stepped assigned =
        work.assign(
            agency.as(Role.UNIT_HEAD),
            new CaseCommand.Assign(filed.number(), 0, agency.username(Role.CASE_OFFICER)));
    CaseWork.Stepped started =
        work.start(
            agency.as(Role.CASE_OFFICER),
            new CaseCommand.Start(filed.number(), assigned.version()));

    assertThat(started.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(work.history(filed.number()))
        .extracting(HistoryEntry::who)
        .containsExactly(
            "applicant", agency.username(Role.UNIT_HEAD), agency.username(Role.CASE_OFFICER));
  }

  @Test
  void aStepOnAVersionSomeoneElseChangedIsRefusedAndChangesNothing() {
    CaseWork.Filed filed =
        CaseFixtures.of(context, agency, new ServiceCode("DOOR-001"))
            .fileOnline(null, LocalDate.now(clock));
    work.assign(
        agency.as(Role.UNIT_HEAD),
        new CaseCommand.Assign(filed.number(), 0, agency.username(Role.CASE_OFFICER)));

    assertThatThrownBy(
            () ->
                work.start(agency.as(Role.CASE_OFFICER), new CaseCommand.Start(filed.number(), 0)))
        .hasMessageContaining("casework.case.changed");
    assertThat(work.history(filed.number())).hasSize(2);
  }
}
