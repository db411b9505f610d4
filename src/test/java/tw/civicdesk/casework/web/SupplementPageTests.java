// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * An applicant answers a supplement request online with the receipt's number and code: a wrong code
 * is answered like a wrong number, the right one shows the list, the upload restarts the clock.
 */
@IntegrationTest
class SupplementPageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired CaseAttachments attachments;

  TestOrganisation.Setup agency;
  CaseNumber number;

  @BeforeEach
  void aCaseWaitingForDocuments() {
    agency = TestOrganisation.from(context).agency("SUPPLY", null);
    number = AttachmentSamples.fileCase(context, agency.code(), agency.unit().id());
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    int version =
        work.assign(
                agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(number, 0, officer.getUsername()))
            .version();
    version = work.start(officer, new CaseCommand.Start(number, version)).version();
    work.requestSupplement(
        officer, new CaseCommand.RequestSupplement(number, version, List.of("戶籍謄本", "存摺封面影本"), 7));
  }

  @Test
  void aWrongCodeIsAnsweredLikeAWrongNumberAndShowsNothingOfTheCase() throws Exception {
    String wrongCode =
        mvc.perform(
                post("/supplements/lookup")
                    .with(csrf())
                    .param("number", number.value())
                    .param("code", "AAAAAAAA"))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("戶籍謄本"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String wrongNumber =
        mvc.perform(
                post("/supplements/lookup")
                    .with(csrf())
                    .param("number", agency.code().value() + "-20260101-99999")
                    .param("code", work.verificationCode(number)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(wrongCode).contains("id=\"code-error\"");
    assertThat(errorOf(wrongCode)).isEqualTo(errorOf(wrongNumber));
  }

  @Test
  void theApplicantSeesTheListUploadsAndTheClockRunsAgain() throws Exception {
    String code = work.verificationCode(number);
    mvc.perform(
            post("/supplements/lookup")
                .with(csrf())
                .param("number", number.value())
                .param("code", code.toLowerCase(java.util.Locale.ROOT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("戶籍謄本")))
        .andExpect(content().string(containsString("存摺封面影本")));
    mvc.perform(
            multipart("/supplements")
                .file(
                    new MockMultipartFile(
                        "attachments", "謄本.pdf", "application/pdf", AttachmentSamples.PDF))
                .with(csrf())
                .param("number", number.value())
                .param("code", code)
                .param("note", "已補上"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已收到您的補正資料")));
    assertThat(work.summary(number).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(lastStep().actor()).isEqualTo(Actor.applicant());
    assertThat(attachments.list(number)).extracting(a -> a.uploadedBy()).contains("applicant");
  }

  @Test
  void aRefusedFileStoresNothingAndTheCaseStillWaits() throws Exception {
    mvc.perform(
            multipart("/supplements")
                .file(
                    new MockMultipartFile(
                        "attachments", "x.pdf", "application/pdf", AttachmentSamples.EXE))
                .with(csrf())
                .param("number", number.value())
                .param("code", work.verificationCode(number)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"attachments-error\"")));
    assertThat(work.summary(number).orElseThrow().status())
        .isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThat(attachments.list(number)).isEmpty();
  }

  @Test
  void theHolderOfTheReceiptWithdrawsAnOpenApplicationAndAWrongCodeChangesNothing()
      throws Exception {
    mvc.perform(
            post("/withdrawals")
                .with(csrf())
                .param("number", number.value())
                .param("code", "AAAAAAAA"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"code-error\"")));
    assertThat(work.summary(number).orElseThrow().status())
        .isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    mvc.perform(
            post("/withdrawals")
                .with(csrf())
                .param("number", number.value())
                .param("code", work.verificationCode(number))
                .param("reason", "已另案申請"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("您的申請已撤回")));
    assertThat(work.summary(number).orElseThrow().status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(lastStep().actor()).isEqualTo(Actor.applicant());
    mvc.perform(
            post("/withdrawals")
                .with(csrf())
                .param("number", number.value())
                .param("code", work.verificationCode(number)))
        .andExpect(content().string(containsString("已決行或結案的案件不能撤回")));
  }

  private HistoryEntry lastStep() {
    List<HistoryEntry> history = work.history(number);
    return history.get(history.size() - 1);
  }

  private static String errorOf(String html) {
    int at = html.indexOf("id=\"code-error\"");
    return html.substring(at, html.indexOf("</p>", at));
  }
}
