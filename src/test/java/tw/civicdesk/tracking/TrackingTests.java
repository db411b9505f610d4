// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The holder of a receipt tracks the case on the API and the page: the right code shows the public
 * timeline with the deficiencies and the extension's reason and a masked name, never an internal
 * note or an officer; a wrong code and an unknown number get the same answer.
 */
@IntegrationTest
class TrackingTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;

  CaseNumber number;

  @BeforeEach
  void aCaseWithHistory() {
    number = TrackingFixtures.aCaseWithHistory(context, "TRACKAPI");
  }

  @Test
  void theRightCodeShowsThePublicTimelineWithoutInternalNotesOrOfficers() throws Exception {
    String json =
        mvc.perform(
                get("/api/v1/tracking/" + number.value())
                    .param("code", work.verificationCode(number))
                    .with(from("10.1.0.1")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.caseNumber").value(number.value()))
            .andExpect(jsonPath("$.service.name['zh-TW']").isNotEmpty())
            .andExpect(jsonPath("$.service.name.en").isNotEmpty())
            .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
            .andExpect(jsonPath("$.dueDate").isNotEmpty())
            .andExpect(jsonPath("$.applicant").value("王○明"))
            .andExpect(jsonPath("$.timeline[0].step").value("RECEIVED"))
            .andExpect(jsonPath("$.timeline[3].step").value("SUPPLEMENT_REQUESTED"))
            .andExpect(jsonPath("$.timeline[3].note").value("戶籍謄本\n存摺封面影本"))
            .andExpect(jsonPath("$.timeline[5].step").value("EXTENDED"))
            .andExpect(jsonPath("$.timeline[5].note").value("需會勘現場"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .doesNotContain(
            TrackingFixtures.officer(number),
            TrackingFixtures.head(number),
            TestOrganisation.MEMBER_NAME,
            "王小明",
            "wang@example.tw",
            "→");
  }

  @Test
  void thePageShowsTheTimelineInBothLanguagesAndNoInternalDetail() throws Exception {
    String zh =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.2"))
                    .param("number", number.value())
                    .param("code", work.verificationCode(number)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(zh)
        .contains("通知補正", "戶籍謄本", "存摺封面影本", "展延處理期限", "需會勘現場", "王○明")
        .doesNotContain(
            TrackingFixtures.officer(number),
            TrackingFixtures.head(number),
            TestOrganisation.MEMBER_NAME,
            "王小明");
    String en =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.2"))
                    .param("lang", "en")
                    .param("number", number.value())
                    .param("code", work.verificationCode(number)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(en).contains("Documents requested from you", "Time limit extended");
  }

  @Test
  void aCaseWaitingForDocumentsShowsTheDateToSupplyThemByAndLinksToTheSupplementPage()
      throws Exception {
    CaseNumber waiting = TrackingFixtures.aCaseAwaitingDocuments(context, "TRACKDUE");
    // Seven calendar days from today, moved past a weekend or holiday (補正期限).
    LocalDate by =
        context
            .getBean(WorkingCalendar.class)
            .dueDate(
                waiting.agency(),
                LocalDate.now(context.getBean(Clock.class)),
                TimeLimit.calendarDays(7));
    String zh =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.3"))
                    .param("number", waiting.value())
                    .param("code", work.verificationCode(waiting)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String box =
        zh.substring(
            zh.indexOf("call-to-action"), zh.indexOf("</div>", zh.indexOf("call-to-action")));
    assertThat(box)
        .contains("請於 " + by + " 前補正", "/supplements?number=" + waiting.value())
        .doesNotContain("未訂補正期限");
    assertThat(zh.indexOf("請於 " + by + " 前補正"))
        .as("and the timeline says it too")
        .isNotEqualTo(zh.lastIndexOf("請於 " + by + " 前補正"));
    String en =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.3"))
                    .param("lang", "en")
                    .param("number", waiting.value())
                    .param("code", work.verificationCode(waiting)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(en).contains("Please send them by " + by + ".");
    mvc.perform(
            get("/api/v1/tracking/" + waiting.value())
                .param("code", work.verificationCode(waiting))
                .with(from("10.1.0.3")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeline[3].supplyBy").value(by.toString()));
  }

  @Test
  void aWrongCodeAndAnUnknownNumberGetTheSameStatusAndBody() throws Exception {
    String wrongCode =
        mvc.perform(
                get("/api/v1/tracking/" + number.value())
                    .param("code", "AAAAAAAA")
                    .with(from("10.1.0.3")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknown =
        mvc.perform(
                get("/api/v1/tracking/" + number.agency().value() + "-20200101-99999")
                    .param("code", work.verificationCode(number))
                    .with(from("10.1.0.3")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String malformed =
        mvc.perform(
                get("/api/v1/tracking/nonsense").param("code", "AAAAAAAA").with(from("10.1.0.3")))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // Only "instance" differs: it echoes the path the caller asked for.
    assertThat(withoutInstance(wrongCode))
        .contains("tracking.not-found")
        .isEqualTo(withoutInstance(unknown))
        .isEqualTo(withoutInstance(malformed));
    String pageWrong =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.4"))
                    .param("number", number.value())
                    .param("code", "AAAAAAAA"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String pageUnknown =
        mvc.perform(
                post("/track")
                    .with(csrf())
                    .with(from("10.1.0.4"))
                    .param("number", number.value().replaceAll("-\\d+$", "-99999"))
                    .param("code", work.verificationCode(number)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(errorOf(pageWrong)).isEqualTo(errorOf(pageUnknown)).contains("查無");
    assertThat(pageWrong).doesNotContain("戶籍謄本");
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String withoutInstance(String json) {
    return json.replaceAll("\"instance\":\"[^\"]*\",?", "");
  }

  private static String errorOf(String html) {
    int at = html.indexOf("id=\"code-error\"");
    return html.substring(at, html.indexOf("</p>", at));
  }
}
