// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.indicators.Indicators;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;

/**
 * The year's report of a plan names each indicator's source: the provider's own sentence for a
 * computed indicator, "reported by the units" for a hand-entered one, in the reader's language.
 */
@IntegrationTest
class ReportSourcesTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Plans plans;
  @Autowired Indicators indicators;
  @Autowired Clock clock;

  private String content(Plan plan, Setup agency, String lang) throws Exception {
    byte[] ods =
        mvc.perform(
                get("/console/plans/" + plan.id() + "/report.ods")
                    .param("lang", lang)
                    .with(user(agency.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no content.xml");
  }

  @Test
  void theReportNamesTheProvidersSourceAndTheUnitsForAHandEnteredIndicator() throws Exception {
    Setup agency = TestOrganisation.from(context).agency("RSRC", null);
    Plan plan = OverviewIndicatorsTests.published(plans, agency, LocalDate.now(clock).getYear(), 1);
    var source = indicators.provider("catalogue.documents-replaced").orElseThrow().source();

    String zh = content(plan, agency, "zh-TW");
    assertThat(zh).contains(source.zh()).contains("由各單位於進度報告中填報");
    String en = content(plan, agency, "en");
    assertThat(en)
        .contains(source.en())
        .contains("Reported by the units in their progress reports");
  }
}
