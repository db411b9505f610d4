// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;

/** Administrators manage units and staff in the console; bad input is refused in place. */
@IntegrationTest
class ConsoleFormsTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Organisation organisation;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("FORMS", null);
  }

  @Test
  void anAdministratorAddsAUnit() throws Exception {
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/units/new")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("code", "social")
                .param("nameZh", "社會課")
                .param("nameEn", "Social Affairs")
                .param("kind", "SECTION"))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertThat(organisation.units(agency.code())).extracting(Unit::code).contains("SOCIAL");
  }

  @Test
  void aBadUnitCodeIsShownNextToItsFieldInTheChosenLanguageAndNothingIsSaved() throws Exception {
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/units/new")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("code", "bad code!")
                .param("nameZh", "")
                .param("kind", "SECTION"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("單位代碼須為 1 到 32 個英文字母")))
        .andExpect(content().string(containsString("此欄位必填。")))
        .andExpect(content().string(containsString("aria-describedby=\"code-error\"")));
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/units/new")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("lang", "en")
                .param("code", "U1")
                .param("nameZh", "民政課")
                .param("kind", "SECTION"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This unit code is already in use")));
    assertThat(organisation.units(agency.code())).hasSize(1);
  }

  @Test
  void anAdministratorOpensAStaffAccountThatCanSignIn() throws Exception {
    String username = "new-" + agency.code().value().toLowerCase();
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/staff/new")
                .with(csrf())
                .with(user(agency.as(Role.AGENCY_ADMIN)))
                .param("username", username)
                .param("displayName", "林小華")
                .param("email", "lin@example.invalid")
                .param("unitId", Long.toString(agency.unit().id()))
                .param("roles", "CASE_OFFICER")
                .param("roles", "COUNTER_CLERK")
                .param("enabled", "true")
                .param("password", "a-long-password"))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    mvc.perform(
            post("/sign-in")
                .with(csrf())
                .param("username", username)
                .param("password", "a-long-password"))
        .andExpect(redirectedUrl("/console"));
  }

  @Test
  void aStaleEditIsRefusedAsAConcurrentChange() throws Exception {
    StaffPrincipal admin = agency.as(Role.AGENCY_ADMIN);
    long officer = agency.as(Role.CASE_OFFICER).id();
    StaffMember current = organisation.staffMemberFor(admin, officer);
    for (String name : new String[] {"第一次修改", "第二次修改"}) {
      mvc.perform(
          post("/console/staff/" + officer + "/edit")
              .with(csrf())
              .with(user(admin))
              .param("username", current.username())
              .param("displayName", name)
              .param("roles", "CASE_OFFICER")
              .param("enabled", "true")
              .param("version", Integer.toString(current.version()))
              .param("password", ""));
    }
    assertThat(organisation.staffMemberFor(admin, officer).displayName()).isEqualTo("第一次修改");
  }

  /** The agency's edit form with its current values, and {@code closurePolicy} as given. */
  org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder editAgency(
      String closurePolicy) {
    Agency a = organisation.agency(agency.code()).orElseThrow();
    return post("/console/agencies/" + a.code().value() + "/edit")
        .with(csrf())
        .with(user(agency.as(Role.AGENCY_ADMIN)))
        .param("nameZh", a.name().zh())
        .param("nameEn", a.name().en())
        .param("type", a.type().name())
        .param("addressZh", a.address().zh())
        .param("addressEn", a.address().en())
        .param("phone", a.phone())
        .param("openingHoursZh", a.openingHours().zh())
        .param("openingHoursEn", a.openingHours().en())
        .param("version", Integer.toString(a.version()))
        .param("closurePolicy", closurePolicy);
  }

  @Test
  void anAgencyAdministratorChoosesTheClosurePolicyAndCanReturnToTheDefault() throws Exception {
    mvc.perform(editAgency("NONE"))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertThat(organisation.agency(agency.code()).orElseThrow().closurePolicy())
        .isEqualTo(ClosurePolicy.NONE);
    assertThat(organisation.closurePolicy(agency.code())).isEqualTo(ClosurePolicy.NONE);
    mvc.perform(
            get("/console/agencies/" + agency.code().value())
                .with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(content().string(containsString("停止上班日不影響處理期間")));

    mvc.perform(editAgency(""))
        .andExpect(redirectedUrl("/console/agencies/" + agency.code().value()));
    assertThat(organisation.agency(agency.code()).orElseThrow().closurePolicy()).isNull();
    assertThat(organisation.closurePolicy(agency.code())).isEqualTo(ClosurePolicy.STOPS_CLOCK);
  }

  @Test
  void anUnknownClosurePolicyIsRefusedNextToItsFieldInTheChosenLanguageAndChangesNothing()
      throws Exception {
    int version = organisation.agency(agency.code()).orElseThrow().version();
    mvc.perform(editAgency("SOMETIMES"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("請從清單中選擇停止上班的處理規則。")))
        .andExpect(content().string(containsString("aria-describedby=\"closurePolicy-error\"")));
    mvc.perform(editAgency("stops_clock").param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("Choose one of the listed rules for office closures.")));
    Agency after = organisation.agency(agency.code()).orElseThrow();
    assertThat(after.closurePolicy()).isNull();
    assertThat(after.version()).isEqualTo(version);
  }
}
