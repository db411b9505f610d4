// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.frameworks.FrameworkEditing;
import tw.civicdesk.performance.frameworks.FrameworkEditing.NewNode;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.platform.i18n.BilingualText;

/** A system administrator edits a framework in the console; others find no such page. */
@IntegrationTest
class FrameworkPagesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired FrameworkEditing editing;
  @Autowired Frameworks frameworks;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;
  String code;

  @BeforeEach
  void aFrameworkWhosePointsDoNotAddUp() {
    agency = TestOrganisation.from(context).agency("FWP", null);
    admin = agency.as(Role.SYSTEM_ADMIN);
    code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    editing.create(admin, code, new BilingualText("縣評獎", "County award"), "縣府函", 100);
    editing.add(admin, code, 0, new NewNode(null, NodeKind.DIMENSION, "便民", "Friendly", 60, null));
    editing.add(admin, code, 1, new NewNode("01", NodeKind.ITEM, "流程", "Process", 50, null));
  }

  @Test
  void theAdministratorSeesWhereThePointsDoNotAddUpAndFixesThem() throws Exception {
    String page = "/console/frameworks/" + code;
    mvc.perform(get("/console/frameworks").with(user(admin)))
        .andExpect(content().string(containsString(page)));
    mvc.perform(get(page).with(user(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("總分 100 與各構面合計 60 不符")))
        .andExpect(content().string(containsString("項次 01")));
    mvc.perform(
            post(page)
                .with(csrf())
                .with(user(admin))
                .param("version", "2")
                .param("totalPoints", "100")
                .param("nodes[0].path", "01")
                .param("nodes[0].titleZh", "優質便民")
                .param("nodes[0].titleEn", "Friendly")
                .param("nodes[0].points", "100")
                .param("nodes[1].path", "01.01")
                .param("nodes[1].titleZh", "流程")
                .param("nodes[1].titleEn", "Process")
                .param("nodes[1].points", "100")
                .param("nodes[1].weight", "0.5"))
        .andExpect(redirectedUrl(page));
    assertThat(frameworks.find(code).orElseThrow().inconsistencies()).isEmpty();
    assertThat(frameworks.find(code).orElseThrow().dimensions().get(0).title().zh())
        .isEqualTo("優質便民");
  }

  @Test
  void aStaleVersionAndBadFieldsChangeNothingAndOthersFindNoSuchPage() throws Exception {
    String page = "/console/frameworks/" + code;
    mvc.perform(
            post(page + "/nodes")
                .with(csrf())
                .with(user(admin))
                .param("version", "2")
                .param("parentPath", "")
                .param("added.kind", "DIMENSION")
                .param("added.titleZh", " ")
                .param("added.titleEn", "Innovation")
                .param("added.points", "abc"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"added.points-error\"")));
    mvc.perform(
            post(page + "/nodes")
                .with(csrf())
                .with(user(admin))
                .param("version", "2")
                .param("parentPath", "")
                .param("added.kind", "DIMENSION")
                .param("added.titleZh", " ")
                .param("added.titleEn", "Innovation"))
        .andExpect(content().string(containsString("id=\"added.titleZh-error\"")));
    mvc.perform(
            post(page + "/remove")
                .with(csrf())
                .with(user(admin))
                .param("version", "1")
                .param("path", "01"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("其他人剛修改了這個評獎架構")));
    assertThat(frameworks.find(code).orElseThrow().dimensions()).hasSize(1);
    assertThat(editing.version(code)).contains(2);

    for (Role role : new Role[] {Role.QUALITY_OFFICER, Role.AGENCY_ADMIN}) {
      mvc.perform(get(page).with(user(agency.as(role)))).andExpect(status().isNotFound());
      mvc.perform(get("/console/frameworks").with(user(agency.as(role))))
          .andExpect(status().isNotFound());
    }
  }
}
