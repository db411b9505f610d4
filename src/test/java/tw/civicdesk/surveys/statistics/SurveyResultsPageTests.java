// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.web.OdsReading;

/**
 * The console's results page shows {@link ResultsFixtures}' figures, and its CSV and ODS downloads
 * carry the same numbers; a malformed filter is shown on its field with no figures; another
 * agency's staff find nothing.
 */
@IntegrationTest
class SurveyResultsPageTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  ResultsFixtures.Made made;

  @BeforeEach
  void aSurveyWithSevenAnswers() {
    made = ResultsFixtures.survey(context, TestOrganisation.from(context).agency("RPG", null), 3);
  }

  MockHttpServletResponse fetch(String path, StaffPrincipal as, String lang) throws Exception {
    return mvc.perform(
            get("/console/surveys/" + made.code().value() + path)
                .param("lang", lang)
                .with(user(as)))
        .andReturn()
        .getResponse();
  }

  StaffPrincipal clerk() {
    return made.agency().as(Role.COUNTER_CLERK);
  }

  @Test
  void thePageShowsTheOverallFigureWithItsMarginsAndEveryTable() throws Exception {
    MockHttpServletResponse page = fetch("/results", clerk(), "zh-TW");

    assertThat(page.getStatus()).isEqualTo(200);
    String html = page.getContentAsString(StandardCharsets.UTF_8);
    // overall 5/7 = 71.4 %, n = 7, conservative 0.3704 -> 37.0 points, observed 0.3347 -> 33.5
    assertThat(html).contains("71.4 %", "有效回答 7 份", "±37.0 個百分點", "±33.5 個百分點", "平均 3.86 分（5 點量表）");
    assertThat(html)
        .contains("id=\"table-dimensions\"", "id=\"table-questions\"", "id=\"table-trend\"");
    // wait (n = 1 < 3) is too few: its rate is not shown
    assertThat(html).contains("回覆太少");
    // the seats question only version 1 asked is marked
    assertThat(html).contains("座位充足", "舊版");
    assertThat(html).contains("results.csv?", "results.ods?");
  }

  @Test
  void theEnglishPageSaysPercentagePoints() throws Exception {
    String html =
        fetch("/results?trend=quarter", clerk(), "en").getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("± 37.0 percentage points", "7 valid answers", "2026-Q1", "2026-Q2");
  }

  @Test
  void aMalformedDateIsShownOnItsFieldWithoutFigures() throws Exception {
    MockHttpServletResponse page = fetch("/results?from=2026-02-30&trend=week", clerk(), "zh-TW");

    assertThat(page.getStatus()).isEqualTo(400);
    String html = page.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"from-error\"", "請輸入正確的日期", "請選擇按月、按季或按年");
    assertThat(html).doesNotContain("id=\"table-dimensions\"");
  }

  @Test
  void theCsvOfEachTableCarriesTheFractions() throws Exception {
    MockHttpServletResponse csv = fetch("/results.csv?table=dimensions", clerk(), "en");

    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getHeader("Content-Disposition")).contains("-results-dimensions.csv");
    List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .endsWith(
            "dimension,name,scale,earlier_version,n,not_applicable,satisfaction_rate,mean,"
                + "margin_of_error,margin_of_error_observed,too_few");
    assertThat(lines)
        .contains(
            "ENVIRONMENT,Office environment,LIKERT5,false,6,1,0.6667,3.7500,0.4001,0.3772,false",
            "OVERALL,Overall satisfaction,LIKERT5,false,7,0,0.7143,3.8571,0.3704,0.3347,false");
    // the trend by quarter: Q1 overall 2 of 4
    assertThat(
            fetch("/results.csv?table=trend&trend=quarter", clerk(), "en")
                .getContentAsString(StandardCharsets.UTF_8))
        .contains("2026-Q1,2026-01-01,2026-03-31,4,OVERALL,Overall satisfaction,4,0,0.5000,3.5000");
    assertThat(fetch("/results.csv?table=nonsense", clerk(), "en").getStatus()).isEqualTo(400);
  }

  @Test
  void theOdsOpensAndHoldsTheNumbers() throws Exception {
    MockHttpServletResponse ods = fetch("/results.ods?channel=QR", clerk(), "zh-TW");

    assertThat(ods.getStatus()).isEqualTo(200);
    assertThat(ods.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    Document content = OdsReading.content(ods.getContentAsByteArray());
    // QR: R1, R5, R6 -> overall 5, 4, 5: n = 3, p = 1, mean 14/3 = 4.6667
    List<Element> overall = OdsReading.cells(content, "dimensions", 4);
    assertThat(overall.get(0).getTextContent()).isEqualTo("OVERALL");
    assertThat(overall.get(1).getTextContent()).isEqualTo("整體滿意度");
    assertThat(overall.get(4).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("3");
    assertThat(overall.get(6).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("1.0000");
    assertThat(overall.get(7).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("4.6667");
    List<Element> clean = OdsReading.cells(content, "questions", 1);
    // clean among R1, R5, R6: 5, 2, 5 -> points_2 = 1, points_5 = 2
    assertThat(clean.get(0).getTextContent()).isEqualTo("clean");
    assertThat(clean.get(6).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("1");
    assertThat(clean.get(9).getAttributeNS(OdsReading.OFFICE, "value")).isEqualTo("2");
    assertThat(OdsReading.cells(content, "trend-month", 0).get(0).getTextContent())
        .isEqualTo("period");
  }

  @Test
  void anotherAgencysStaffFindNoPageAndNoDownload() throws Exception {
    StaffPrincipal stranger =
        TestOrganisation.from(context).agency("RPX", null).as(Role.QUALITY_OFFICER);

    assertThat(fetch("/results", stranger, "zh-TW").getStatus()).isEqualTo(404);
    assertThat(fetch("/results.csv?table=dimensions", stranger, "zh-TW").getStatus())
        .isEqualTo(404);
    assertThat(fetch("/results.ods", stranger, "zh-TW").getStatus()).isEqualTo(404);
  }
}
