// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.documents.DocumentCommands.Upload;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.content.ReviewedContent;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * An agency's documents: files judged by their content (a file that is not what its name says is
 * refused and nothing is stored), the public list hides what is withdrawn or not yet published (and
 * so do the downloads), changes are audited, and the content-freshness port lists documents past
 * their review date.
 */
@IntegrationTest
class DocumentsTests {

  @Autowired ApplicationContext context;
  @Autowired Documents documents;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired List<ReviewedContent> reviewed;

  TestOrganisation.Setup agency;
  StaffPrincipal admin;
  LocalDate today;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("DOC", null);
    admin = agency.as(Role.AGENCY_ADMIN);
    today = DocumentFixtures.today(context);
  }

  private long auditRows() {
    return jdbc.sql(
            "select count(*) from audit_log where action = 'DOCUMENT_CHANGED' and agency_code = ?")
        .param(agency.code().value())
        .query(Long.class)
        .single();
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() {
    List<List<Upload>> refused =
        List.of(
            List.of(new Upload("預算書.pdf", AttachmentSamples.HTML)),
            List.of(
                new Upload("規則.pdf", AttachmentSamples.PDF),
                new Upload("a.pdf", AttachmentSamples.POLYGLOT)),
            List.of(new Upload("report.odt", AttachmentSamples.EXE)),
            List.of(new Upload("empty.pdf", new byte[0])),
            List.of());
    for (List<Upload> uploads : refused) {
      assertThatThrownBy(
              () ->
                  documents.create(
                      admin,
                      agency.code(),
                      DocumentFixtures.draft("預算", DocumentCategory.BUDGET, today, null),
                      uploads))
          .isInstanceOf(InvalidFields.class);
    }
    assertThat(documents.list(admin, agency.code())).as("after 5 refused uploads").isEmpty();
    assertThat(auditRows()).isZero();
  }

  @Test
  void aRefusedFileOnTheConsoleIsToldOnTheFieldAndAddsNothingToTheDocument() throws Exception {
    AgencyDocument d = DocumentFixtures.published(context, agency, "自治條例");
    mvc.perform(
            multipart("/console/documents/" + d.id() + "/edit")
                .file(
                    new MockMultipartFile(
                        "files", "附件.pdf", "application/pdf", AttachmentSamples.HTML))
                .with(csrf())
                .with(user(admin))
                .param("category", "REPORT")
                .param("titleZh", "改過的標題")
                .param("documentDate", today.toString())
                .param("publishOn", today.toString())
                .param("version", Integer.toString(d.version())))
        .andExpect(status().isOk())
        .andExpect(model().attributeHasFieldErrors("form", "attachments"));
    AgencyDocument after = documents.get(admin, d.id());
    assertThat(after).isEqualTo(d);
    assertThat(auditRows()).as("only the creation").isOne();
  }

  @Test
  void theConsoleTakesAPdfAndAnOdsAndTheAuditNamesWhatChanged() throws Exception {
    mvc.perform(
            multipart("/console/documents/new")
                .file(
                    new MockMultipartFile(
                        "files", "預算.pdf", "application/pdf", AttachmentSamples.PDF))
                .with(csrf())
                .with(user(admin))
                .param("category", "BUDGET")
                .param("titleZh", "115年度總預算")
                .param("documentDate", today.toString())
                .param("publishOn", today.toString()))
        .andExpect(status().is3xxRedirection());
    AgencyDocument d = documents.list(admin, agency.code()).get(0);
    assertThat(d.files())
        .extracting(AgencyDocument.DocumentFile::contentType)
        .containsExactly("application/pdf");
    documents.withdraw(admin, d.id(), d.version());
    assertThat(
            jdbc.sql(
                    "select detail from audit_log where subject_type = 'DOCUMENT' and subject_id = ? order by id")
                .param(Long.toString(d.id()))
                .query(String.class)
                .list())
        .containsExactly("created;category=BUDGET;files=1", "withdrawn");
  }

  @Test
  void thePublicListHidesWithdrawnAndNotYetPublishedDocumentsAndTheirFiles() throws Exception {
    AgencyDocument shown = DocumentFixtures.published(context, agency, "公開的規則");
    AgencyDocument later =
        documents.create(
            admin,
            agency.code(),
            DocumentFixtures.draft("明天的報告", DocumentCategory.REPORT, today.plusDays(1), null),
            List.of(new Upload("r.pdf", AttachmentSamples.PDF)));
    AgencyDocument gone = DocumentFixtures.published(context, agency, "下架的規則");
    documents.withdraw(admin, gone.id(), gone.version());
    String base = "/agencies/" + agency.code().value() + "/documents";
    mvc.perform(get(base + "?lang=zh-TW"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("公開的規則")))
        .andExpect(content().string(not(containsString("明天的報告"))))
        .andExpect(content().string(not(containsString("下架的規則"))));
    mvc.perform(get(base + "/" + shown.id() + "/files/1"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().bytes(AttachmentSamples.PDF));
    mvc.perform(get(base + "/" + later.id() + "/files/1")).andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + gone.id() + "/files/1")).andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + shown.id() + "/files/2")).andExpect(status().isNotFound());
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("DOCX", null);
    mvc.perform(get("/agencies/" + other.code().value() + "/documents/" + shown.id() + "/files/1"))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePublicListFiltersByCategoryAndYear() throws Exception {
    DocumentFixtures.published(context, agency, "今年的規則");
    documents.create(
        admin,
        agency.code(),
        new DocumentCommands.DocumentDraft(
            DocumentCategory.BUDGET,
            new tw.civicdesk.platform.i18n.BilingualText("前年的預算", ""),
            today.minusYears(2),
            today.minusDays(3),
            null),
        List.of(new Upload("b.pdf", AttachmentSamples.PDF)));
    String base = "/agencies/" + agency.code().value() + "/documents";
    mvc.perform(get(base + "?category=BUDGET"))
        .andExpect(content().string(containsString("前年的預算")))
        .andExpect(content().string(not(containsString("今年的規則"))));
    mvc.perform(get(base + "?year=" + today.minusYears(2).getYear()))
        .andExpect(content().string(containsString("前年的預算")))
        .andExpect(content().string(not(containsString("今年的規則"))));
  }

  @Test
  void documentsPastTheirReviewDateAreListedToTheFreshnessReportWithdrawnOnesNot() {
    documents.create(
        admin,
        agency.code(),
        DocumentFixtures.draft(
            "待檢視的規則", DocumentCategory.REGULATION, today.minusDays(30), today.minusDays(1)),
        List.of(new Upload("a.pdf", AttachmentSamples.PDF)));
    documents.create(
        admin,
        agency.code(),
        DocumentFixtures.draft("還不用檢視", DocumentCategory.REGULATION, today.minusDays(30), today),
        List.of(new Upload("b.pdf", AttachmentSamples.PDF)));
    AgencyDocument gone =
        documents.create(
            admin,
            agency.code(),
            DocumentFixtures.draft(
                "已下架", DocumentCategory.REGULATION, today.minusDays(30), today.minusDays(5)),
            List.of(new Upload("c.pdf", AttachmentSamples.PDF)));
    documents.withdraw(admin, gone.id(), gone.version());
    List<ReviewedContent.Item> items =
        reviewed.stream()
            .flatMap(r -> r.pastReview(agency.code().value(), today).stream())
            .toList();
    assertThat(items).extracting(i -> i.title().zh()).containsExactly("待檢視的規則");
    assertThat(items.get(0).consoleUrl()).startsWith("/console/documents/");
  }

  @Test
  void anAdministratorOfAnotherAgencyCannotCreateDocumentsForThisOne() {
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("DOCY", null);
    assertThatThrownBy(
            () ->
                documents.create(
                    other.as(Role.AGENCY_ADMIN),
                    agency.code(),
                    DocumentFixtures.draft("冒名", DocumentCategory.OTHER, today, null),
                    List.of(new Upload("a.pdf", AttachmentSamples.PDF))))
        .isInstanceOf(DocumentNotFound.class);
    assertThatThrownBy(() -> documents.list(agency.as(Role.CASE_OFFICER), agency.code()))
        .isInstanceOf(DocumentNotFound.class);
    assertThat(documents.list(admin, agency.code())).isEmpty();
  }
}
