// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * An agency's administrator edits its petition rules in the console; the server checks every value
 * (localized errors next to their fields, nothing stored), applies a change only to the version
 * read, refuses everyone else as "not found", and audits every change by name, never by value.
 */
@IntegrationTest
class PetitionAdministrationTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PetitionRules rules;
  @Autowired PetitionAdministration administration;
  @Autowired Petitions petitions;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;
  String base;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    agency = TestOrganisation.from(context).agency("PADM", null);
    PetitionFixtures.open(context, agency);
    admin = agency.as(Role.AGENCY_ADMIN);
    base = "/console/petitions/rules/" + agency.code().value();
  }

  List<Map<String, Object>> audit() {
    return jdbc.sql(
            "select actor, action, subject_type, subject_id, detail from audit_log"
                + " where agency_code = ? and action = ? order by id")
        .params(agency.code().value(), PetitionAdministration.AUDIT_ACTION)
        .query()
        .listOfRows();
  }

  int version(CaseKind kind) {
    return jdbc.sql("select version from petition_kind_rule where agency_code = ? and kind = ?")
        .params(agency.code().value(), kind.name())
        .query(Integer.class)
        .single();
  }

  @Test
  void anAdministratorChangesAKindsRulesAndTheChangeIsAuditedByField() throws Exception {
    mvc.perform(
            post(base + "/kinds/FACILITY_REPORT")
                .with(csrf())
                .with(user(admin))
                .param("open", "true")
                .param("limitAmount", "48")
                .param("limitUnit", "HOURS")
                .param("anonymousAllowed", "false")
                .param("extensionAllowed", "true")
                .param("replyRequires", "HANDLING")
                .param("defaultUnitId", Long.toString(agency.unit().id()))
                .param("version", Integer.toString(version(CaseKind.FACILITY_REPORT))))
        .andExpect(status().is3xxRedirection());

    KindRule rule = rules.rule(agency.code(), CaseKind.FACILITY_REPORT).orElseThrow();
    assertThat(rule.limit()).isEqualTo(TimeLimit.hours(48));
    assertThat(rule.anonymousAllowed()).isFalse();
    assertThat(rule.replyRequires()).containsExactly(KindRule.ReplyPart.HANDLING);
    assertThat(audit())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor")).isEqualTo(admin.getUsername());
              assertThat(row.get("subject_type")).isEqualTo("PETITION_KIND");
              assertThat(row.get("subject_id")).isEqualTo("FACILITY_REPORT");
              assertThat(row.get("detail")).isEqualTo("fields=limit,anonymous,reply");
            });
  }

  @Test
  void wrongValuesAreShownNextToTheirFieldsInEitherLanguageAndNothingIsStored() throws Exception {
    long otherAgencysUnit = TestOrganisation.from(context).agency("POTH", null).unit().id();
    String html =
        mvc.perform(
                post(base + "/kinds/PETITION")
                    .with(csrf())
                    .with(user(admin))
                    .header("Accept-Language", "en")
                    .param("open", "true")
                    .param("limitAmount", "0")
                    .param("limitUnit", "CALENDAR_DAYS")
                    .param("defaultUnitId", Long.toString(otherAgencysUnit))
                    .param("version", Integer.toString(version(CaseKind.PETITION))))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"limitAmount-error\"", "Enter a whole number from 1 to 365.")
        .contains("id=\"defaultUnitId-error\"", "Choose a unit of this agency.")
        .contains("aria-describedby=\"limit-hint limitAmount-error\"", "href=\"#limitAmount\"");

    mvc.perform(
            post(base + "/kinds/PETITION")
                .with(csrf())
                .with(user(admin))
                .header("Accept-Language", "zh-TW")
                .param("limitAmount", "thirty")
                .param("limitUnit", "MONTHS")
                .param("defaultUnitId", Long.toString(agency.unit().id()))
                .param("version", Integer.toString(version(CaseKind.PETITION))))
        .andExpect(status().is(422))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("格式不正確")));

    assertThat(rules.rule(agency.code(), CaseKind.PETITION).orElseThrow().limit())
        .isEqualTo(TimeLimit.calendarDays(30));
    assertThat(audit()).isEmpty();
  }

  @Test
  void aChangeToAVersionSomeoneElseChangedMeanwhileIsRefused() throws Exception {
    int read = version(CaseKind.MAILBOX);
    administration.saveKind(admin, draft(CaseKind.MAILBOX, 7), read);

    String html =
        mvc.perform(
                post(base + "/kinds/MAILBOX")
                    .with(csrf())
                    .with(user(admin))
                    .header("Accept-Language", "en")
                    .param("open", "true")
                    .param("limitAmount", "5")
                    .param("limitUnit", "WORKING_DAYS")
                    .param("defaultUnitId", Long.toString(agency.unit().id()))
                    .param("version", Integer.toString(read)))
            .andExpect(status().is(422))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).contains("Someone else changed this while you were editing.");
    assertThat(rules.rule(agency.code(), CaseKind.MAILBOX).orElseThrow().limit())
        .isEqualTo(TimeLimit.workingDays(7));
    assertThat(audit()).hasSize(1);
  }

  RuleDrafts.KindDraft draft(CaseKind kind, int workingDays) {
    return new RuleDrafts.KindDraft(
        agency.code(),
        kind,
        true,
        workingDays,
        TimeLimit.Unit.WORKING_DAYS,
        false,
        true,
        java.util.Set.of(KindRule.ReplyPart.HANDLING),
        agency.unit().id());
  }

  @Test
  void onlyTheAgencysAdministratorsMayChangeItsRulesTheServerDecides() throws Exception {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("PADO", null);
    for (StaffPrincipal refused :
        List.of(
            agency.as(Role.CASE_OFFICER),
            agency.as(Role.QUALITY_OFFICER),
            agency.as(Role.AGENCY_HEAD),
            other.as(Role.AGENCY_ADMIN))) {
      mvc.perform(get(base).with(user(refused))).andExpect(status().isNotFound());
      mvc.perform(
              post(base + "/kinds/PETITION")
                  .with(csrf())
                  .with(user(refused))
                  .param("open", "false")
                  .param("limitAmount", "1")
                  .param("limitUnit", "WORKING_DAYS")
                  .param("defaultUnitId", Long.toString(agency.unit().id()))
                  .param("version", Integer.toString(version(CaseKind.PETITION))))
          .andExpect(status().isNotFound());
      mvc.perform(
              post(base + "/routes")
                  .with(csrf())
                  .with(user(refused))
                  .param("category", "pothole")
                  .param("unitId", Long.toString(agency.unit().id())))
          .andExpect(status().isNotFound());
      assertThatThrownBy(() -> administration.saveKind(refused, draft(CaseKind.PETITION, 1), 0))
          .isInstanceOf(AgencyNotFoundException.class);
    }
    String overview =
        mvc.perform(
                get(base).with(user(other.as(Role.SYSTEM_ADMIN))).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(overview)
        .contains("30 calendar days", "6 working days", "4 hours", agency.unit().name().en());
    assertThat(rules.rule(agency.code(), CaseKind.PETITION)).isPresent();
    assertThat(rules.routes(agency.code())).isEmpty();
    assertThat(audit()).isEmpty();
  }

  @Test
  void aClosedKindTakesNoNewCaseAndKeepsItsRulesForOpeningAgain() {
    RuleDrafts.KindDraft closed =
        new RuleDrafts.KindDraft(
            agency.code(),
            CaseKind.COMPLAINT,
            false,
            5,
            TimeLimit.Unit.WORKING_DAYS,
            false,
            true,
            java.util.Set.of(KindRule.ReplyPart.HANDLING),
            agency.unit().id());
    administration.saveKind(admin, closed, version(CaseKind.COMPLAINT));

    assertThatThrownBy(() -> petitions.file(complaint()))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::messageKey)
                    .contains("petitions.kind.not-open"));
    assertThat(administration.kinds(admin, agency.code()))
        .filteredOn(k -> k.rule().kind() == CaseKind.COMPLAINT)
        .singleElement()
        .satisfies(k -> assertThat(k.open()).isFalse());

    administration.saveKind(
        admin,
        new RuleDrafts.KindDraft(
            agency.code(),
            CaseKind.COMPLAINT,
            true,
            5,
            TimeLimit.Unit.WORKING_DAYS,
            false,
            true,
            java.util.Set.of(KindRule.ReplyPart.HANDLING),
            agency.unit().id()),
        version(CaseKind.COMPLAINT));
    assertThat(petitions.file(complaint()).dueDate()).isNotNull();
    assertThat(audit())
        .extracting(r -> r.get("detail"))
        .containsExactly("fields=open,reply", "fields=open");
  }

  FilePetition complaint() {
    return new FilePetition(
        CaseKind.COMPLAINT,
        Channel.ONLINE,
        agency.code(),
        "attitude",
        Place.none(),
        "櫃台態度不佳",
        "承辦人員講話很不耐煩。",
        PetitionsTests.named(),
        Locale.TAIWAN,
        LocalDate.of(2026, 3, 2),
        null,
        Map.of(),
        null);
  }
}
