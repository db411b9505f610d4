// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.organisation.Drafts.StaffDraft;

/**
 * Every change of a staff account leaves one audit row in its own transaction, naming the fields
 * that changed and never their values; a refused change leaves none.
 */
@IntegrationTest
class StaffAccountAuditTests {

  @Autowired ApplicationContext context;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("AUD", null);
    admin = agency.as(Role.AGENCY_ADMIN);
  }

  private List<Map<String, Object>> rows(long staffId) {
    return jdbc.sql(
            "select actor, agency_code, action, subject_type, detail from audit_log"
                + " where subject_type = 'STAFF' and subject_id = ? order by id")
        .param(Long.toString(staffId))
        .query()
        .listOfRows();
  }

  @Test
  void openingEditingDisablingAndResettingAnAccountEachLeaveARowWithTheFieldsOnly() {
    String username = "audited-" + agency.code().value().toLowerCase();
    StaffMember created =
        accounts.create(
            admin,
            agency.code(),
            new StaffDraft(
                username,
                "林秘密",
                "secret@example.invalid",
                agency.unit().id(),
                Set.of(Role.CASE_OFFICER),
                true),
            "first-password-1");
    StaffMember edited =
        accounts.update(
            admin,
            created.id(),
            new StaffDraft(
                username,
                "林另名",
                "secret@example.invalid",
                agency.unit().id(),
                Set.of(Role.CASE_OFFICER, Role.UNIT_HEAD),
                true),
            created.version(),
            null);
    StaffMember disabled =
        accounts.update(
            admin,
            created.id(),
            new StaffDraft(
                username,
                "林另名",
                "secret@example.invalid",
                agency.unit().id(),
                edited.roles(),
                false),
            edited.version(),
            "");
    accounts.resetPassword(admin, created.id(), "second-password-2");

    List<Map<String, Object>> rows = rows(created.id());
    assertThat(rows)
        .extracting(r -> r.get("detail"))
        .containsExactly(
            "created;fields=username,displayName,email,unit,roles,enabled,password",
            "fields=displayName,roles",
            "fields=enabled",
            "fields=password");
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("actor")).isEqualTo(admin.getUsername());
              assertThat(r.get("agency_code")).isEqualTo(agency.code().value());
              assertThat(r.get("action")).isEqualTo(AuditEvent.STAFF_ACCOUNT_CHANGED);
              assertThat(r.get("detail").toString()).doesNotContain("林", "secret", "password-");
            });
    assertThat(disabled.enabled()).isFalse();
  }

  @Test
  void aRefusedChangeLeavesNoRowAndChangesNothing() {
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    assertThatThrownBy(
            () ->
                accounts.update(
                    admin,
                    officer.id(),
                    new StaffDraft(
                        officer.getUsername(),
                        "新名字",
                        "",
                        agency.unit().id(),
                        Set.of(Role.CASE_OFFICER),
                        true),
                    0,
                    "short"))
        .isInstanceOf(OrganisationRuleViolated.class);
    assertThatThrownBy(
            () ->
                accounts.resetPassword(
                    admin, agency.as(Role.SYSTEM_ADMIN).id(), "long-enough-password"))
        .isInstanceOf(StaffNotFoundException.class);
    assertThat(rows(officer.id())).isEmpty();
    assertThat(rows(agency.as(Role.SYSTEM_ADMIN).id())).isEmpty();
    assertThat(
            context.getBean(Organisation.class).staffMemberFor(admin, officer.id()).displayName())
        .isEqualTo("王小明");
  }
}
