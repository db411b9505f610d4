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
import tw.civicdesk.casework.internal.AttachmentSamples;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.internal.VerificationCodes;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * An applicant answers a supplement request online with the receipt's number and code: a wrong
 * code is answered like a wrong number, the right one shows the list, the upload restarts the
 * clock.
 */
@IntegrationTest
class SupplementPageTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseEngine work;
  @Autowired CaseAttachments attachments;
  @Autowired VerificationCodes codes;

  TestOrganisation.Setup agency;
  CaseNumber number;

  @BeforeEach
  void aCaseWaitingForDocuments() {
    agency = TestOrganisation.from(context).agency("SUPPLY", null);
    number = AttachmentSamples.fileCase(context, agency.code(), agency.unit().id());
    Actor head = Actor.staff(Party.UNIT_HEAD, "head");
    Actor officer = Actor.staff(Party.CASE_OFFICER, "officer");
    var c = work.get(number, agency.code());
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.assign(head, "officer",
        x.now()));
    c = work.act(number, c.version(), agency.code(), (k, x) -> k.start(officer, x.now()));
    work.act(number, c.version(), agency.code(), (k, x) -> k.requestSupplement(officer,
        List.of("戶籍謄本", "存摺封面影本"), 7, x.today(), x.calendar(), x.now()));
  }

  @Test
  void aWrongCodeIsAnsweredLikeAWrongNumberAndShowsNothingOfTheCase() throws Exception {
    String wrongCode = mvc.perform(post("/supplements/lookup").with(csrf())
            .param("number", number.value()).param("code", "AAAAAAAA"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("戶籍謄本"))))
        .andReturn().getResponse().getContentAsString();
    String wrongNumber = mvc.perform(post("/supplements/lookup").with(csrf())
            .param("number", agency.code().value() + "-20260101-99999")
            .param("code", codes.codeFor(number)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(wrongCode).contains("id=\"code-error\"");
    assertThat(errorOf(wrongCode)).isEqualTo(errorOf(wrongNumber));
  }

  @Test
  void theApplicantSeesTheListUploadsAndTheClockRunsAgain() throws Exception {
    String code = codes.codeFor(number);
    mvc.perform(post("/supplements/lookup").with(csrf()).param("number", number.value())
            .param("code", code.toLowerCase(java.util.Locale.ROOT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("戶籍謄本")))
        .andExpect(content().string(containsString("存摺封面影本")));
    mvc.perform(multipart("/supplements")
            .file(new MockMultipartFile("attachments", "謄本.pdf", "application/pdf",
                AttachmentSamples.PDF))
            .with(csrf()).param("number", number.value()).param("code", code)
            .param("note", "已補上"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已收到您的補正資料")));
    var c = work.get(number, agency.code());
    assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    assertThat(c.history().get(c.history().size() - 1).actor()).isEqualTo(Actor.applicant());
    assertThat(attachments.list(number)).extracting(a -> a.uploadedBy()).contains("applicant");
  }

  @Test
  void aRefusedFileStoresNothingAndTheCaseStillWaits() throws Exception {
    mvc.perform(multipart("/supplements")
            .file(new MockMultipartFile("attachments", "x.pdf", "application/pdf",
                AttachmentSamples.EXE))
            .with(csrf()).param("number", number.value()).param("code", codes.codeFor(number)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"attachments-error\"")));
    assertThat(work.get(number, agency.code()).status())
        .isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    assertThat(attachments.list(number)).isEmpty();
  }

  @Test
  void theHolderOfTheReceiptWithdrawsAnOpenApplicationAndAWrongCodeChangesNothing()
      throws Exception {
    mvc.perform(post("/withdrawals").with(csrf()).param("number", number.value())
            .param("code", "AAAAAAAA"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"code-error\"")));
    assertThat(work.get(number, agency.code()).status())
        .isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
    mvc.perform(post("/withdrawals").with(csrf()).param("number", number.value())
            .param("code", codes.codeFor(number)).param("reason", "已另案申請"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("您的申請已撤回")));
    var c = work.get(number, agency.code());
    assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(c.history().get(c.history().size() - 1).actor()).isEqualTo(Actor.applicant());
    mvc.perform(post("/withdrawals").with(csrf()).param("number", number.value())
            .param("code", codes.codeFor(number)))
        .andExpect(content().string(containsString("已決行或結案的案件不能撤回")));
  }

  private static String errorOf(String html) {
    int at = html.indexOf("id=\"code-error\"");
    return html.substring(at, html.indexOf("</p>", at));
  }
}
