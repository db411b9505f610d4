// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.civicdesk.casework.AttachmentSamples.EXE;
import static tw.civicdesk.casework.AttachmentSamples.PDF;
import static tw.civicdesk.casework.AttachmentSamples.PNG;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Attachment;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** The console and API endpoints of case attachments: downloads, uploads, verifications. */
@IntegrationTest
class CaseAttachmentControllerTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired CaseWork work;
  @Autowired CaseAttachments attachments;

  TestOrganisation.Setup own;
  TestOrganisation.Setup other;
  CaseNumber number;
  CaseNumber otherNumber;

  @BeforeEach
  void twoAgenciesWithACaseEach() {
    TestOrganisation orgs = TestOrganisation.from(context);
    own = orgs.agency("CAOWN", null);
    other = orgs.agency("CAOTHER", null);
    number =
        AttachmentSamples.fileCase(
            context, own.code(), own.unit().id(), own.username(Role.COUNTER_CLERK));
    otherNumber = AttachmentSamples.fileCase(context, other.code(), other.unit().id());
  }

  String casePage(CaseNumber n) {
    return "/console/cases/" + n.value();
  }

  @Test
  void aDownloadIsAnAttachmentWithAnEncodedNameTheStoredTypeAndNoSniffing() throws Exception {
    Attachment a =
        work.attach(
            own.as(Role.COUNTER_CLERK), new CaseCommand.Attach(number, "戶籍 謄本.pdf", PDF, null));

    byte[] body =
        mvc.perform(
                get(casePage(number) + "/attachments/" + a.id())
                    .with(user(own.as(Role.CASE_OFFICER))))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.startsWith("attachment;"),
                            org.hamcrest.Matchers.containsString(
                                "filename*=UTF-8''%E6%88%B6%E7%B1%8D%20%E8%AC%84%E6%9C%AC.pdf"))))
            .andExpect(
                header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(body).isEqualTo(PDF);
  }

  @Test
  void staffOfAnotherAgencyGetNotFoundForTheFileAndCannotAddOrVerify() throws Exception {
    Attachment theirs =
        work.attach(
            other.as(Role.CASE_OFFICER), new CaseCommand.Attach(otherNumber, "a.pdf", PDF, null));

    mvc.perform(
            get(casePage(otherNumber) + "/attachments/" + theirs.id())
                .with(user(own.as(Role.UNIT_HEAD))))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart(casePage(otherNumber) + "/attachments")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .with(csrf())
                .with(user(own.as(Role.UNIT_HEAD))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(casePage(otherNumber) + "/verifications")
                .param("document", "戶籍謄本")
                .param("checked", "戶役政")
                .with(csrf())
                .with(user(own.as(Role.UNIT_HEAD))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(casePage(number) + "/attachments/" + theirs.id())
                .with(user(own.as(Role.UNIT_HEAD))))
        .andExpect(status().isNotFound());
    assertThat(attachments.list(otherNumber)).hasSize(1);
    assertThat(attachments.verifications(otherNumber)).isEmpty();
  }

  @Test
  void anUploadInTheConsoleIsStoredAndGoesBackToTheCase() throws Exception {
    mvc.perform(
            multipart(casePage(number) + "/attachments")
                .file(new MockMultipartFile("file", "相片.pdf", "application/pdf", PNG))
                .param("document", "身分證影本")
                .with(csrf())
                .with(user(own.as(Role.COUNTER_CLERK))))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(casePage(number)))
        .andExpect(flash().attributeExists("attachmentAdded"));

    assertThat(attachments.list(number))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.contentType()).isEqualTo("image/png");
              assertThat(a.filename()).isEqualTo("相片.png");
              assertThat(a.document()).isEqualTo("身分證影本");
              assertThat(a.uploadedBy()).isEqualTo(own.username(Role.COUNTER_CLERK));
            });
  }

  @Test
  void aRefusedUploadGoesBackToTheCaseWithTheProblemAndStoresNothing() throws Exception {
    mvc.perform(
            multipart(casePage(number) + "/attachments")
                .file(new MockMultipartFile("file", "setup.pdf", "application/pdf", EXE))
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(redirectedUrl(casePage(number)))
        .andExpect(flash().attribute("attachmentProblemKey", "casework.attachments.type"))
        .andExpect(flash().attributeExists("attachmentProblem"));

    assertThat(attachments.list(number)).isEmpty();
  }

  @Test
  void aVerificationInTheConsoleIsRecordedAndGoesBackToTheCase() throws Exception {
    mvc.perform(
            post(casePage(number) + "/verifications")
                .param("document", "戶籍謄本")
                .param("checked", "戶役政系统查驗戶籍謄本")
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(redirectedUrl(casePage(number)))
        .andExpect(flash().attributeExists("verificationRecorded"));

    assertThat(attachments.verifications(number))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.document()).isEqualTo("戶籍謄本");
              assertThat(v.verifiedBy()).isEqualTo(own.username(Role.CASE_OFFICER));
            });
  }

  @Test
  void aVerificationWithoutWhatWasCheckedIsRefusedOnThatField() throws Exception {
    mvc.perform(
            post(casePage(number) + "/verifications")
                .param("document", "戶籍謄本")
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(redirectedUrl(casePage(number)))
        .andExpect(
            flash().attribute("attachmentProblemKey", "casework.verification.checked-required"));

    assertThat(attachments.verifications(number)).isEmpty();
  }

  @Test
  void staffWithoutACaseRoleCannotVerify() throws Exception {
    mvc.perform(
            post(casePage(number) + "/verifications")
                .param("document", "戶籍謄本")
                .param("checked", "戶役政")
                .with(csrf())
                .with(user(own.as(Role.QUALITY_OFFICER))))
        .andExpect(redirectedUrl(casePage(number)))
        .andExpect(flash().attribute("attachmentProblemKey", "casework.attachments.no-case-role"));

    assertThat(attachments.verifications(number)).isEmpty();
  }

  @Test
  void theApiStoresAFileAndAnswersCreatedWithItsMetadataButNoBytes() throws Exception {
    mvc.perform(
            multipart("/api/v1/cases/" + number.value() + "/attachments")
                .file(new MockMultipartFile("file", "../申請書.pdf", "image/png", PDF))
                .param("document", "申請書")
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.caseNumber").value(number.value()))
        .andExpect(jsonPath("$.filename").value("申請書.pdf"))
        .andExpect(jsonPath("$.contentType").value("application/pdf"))
        .andExpect(jsonPath("$.size").value(PDF.length))
        .andExpect(jsonPath("$.sha256").isString())
        .andExpect(jsonPath("$.document").value("申請書"))
        .andExpect(jsonPath("$.uploadedAt").isString())
        .andExpect(jsonPath("$.content").doesNotExist())
        .andExpect(jsonPath("$.bytes").doesNotExist());

    assertThat(attachments.list(number)).hasSize(1);
  }

  @Test
  void theApiTakesHttpBasicWithoutATokenButASessionUploadNeedsItsCsrfToken() throws Exception {
    String api = "/api/v1/cases/" + number.value() + "/attachments";
    mvc.perform(
            multipart(api)
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                .with(httpBasic(own.username(Role.CASE_OFFICER), TestOrganisation.PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.uploadedBy").value(own.username(Role.CASE_OFFICER)));
    mvc.perform(
            multipart(api)
                .file(new MockMultipartFile("file", "b.pdf", "application/pdf", PDF))
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());

    assertThat(attachments.list(number)).extracting(Attachment::filename).containsExactly("a.pdf");
  }

  @Test
  void theApiAnswersProblemsForARefusedFileAndAnotherAgencysCase() throws Exception {
    mvc.perform(
            multipart("/api/v1/cases/" + number.value() + "/attachments")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", EXE))
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:casework.attachments.type"));
    mvc.perform(
            multipart("/api/v1/cases/" + otherNumber.value() + "/attachments")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                .with(csrf())
                .with(user(own.as(Role.CASE_OFFICER))))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:civicdesk:problem:casework.case.not-found"));
    mvc.perform(
            multipart("/api/v1/cases/" + number.value() + "/attachments")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                .with(csrf()))
        .andExpect(status().isUnauthorized());
    assertThat(attachments.list(number)).isEmpty();
    assertThat(attachments.list(otherNumber)).isEmpty();
  }
}
