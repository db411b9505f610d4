// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;

/** The contract of {@code GET /api/v1/agencies}: public, code, bilingual name, parent code. */
@IntegrationTest
class AgencyApiTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void agenciesAreListedPubliclyWithCodeBilingualNameAndParent() throws Exception {
    TestOrganisation orgs = TestOrganisation.from(context);
    TestOrganisation.Setup county = orgs.agency("COUNTY", null);
    TestOrganisation.Setup office = orgs.agency("OFFICE", county.code());
    String row = "$[?(@.code == '" + office.code().value() + "')]";
    mvc.perform(get("/api/v1/agencies"))
        .andExpect(status().isOk())
        .andExpect(jsonPath(row + ".name.zh-TW").value("測試機關" + suffix(office)))
        .andExpect(jsonPath(row + ".name.en").value("Test " + suffix(office)))
        .andExpect(jsonPath(row + ".parentCode").value(county.code().value()))
        .andExpect(
            jsonPath("$[?(@.code == '" + county.code().value() + "')].parentCode")
                .value(org.hamcrest.Matchers.contains((Object) null)));
  }

  @Test
  void oneAgencysProfileIsPublicAndCarriesNoStaff() throws Exception {
    TestOrganisation.Setup office = TestOrganisation.from(context).agency("PROFILE", null);
    mvc.perform(get("/api/v1/agencies/" + office.code().value()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phone").value("03-1234567"))
        .andExpect(jsonPath("$.address.en").value("1 Test Rd."))
        .andExpect(jsonPath("$.staff").doesNotExist());
  }

  private static String suffix(TestOrganisation.Setup setup) {
    String code = setup.code().value();
    return code.substring(code.lastIndexOf('-') + 1);
  }
}
