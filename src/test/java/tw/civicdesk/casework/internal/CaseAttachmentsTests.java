// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static tw.civicdesk.casework.AttachmentSamples.EXE;
import static tw.civicdesk.casework.AttachmentSamples.HTML;
import static tw.civicdesk.casework.AttachmentSamples.PDF;
import static tw.civicdesk.casework.AttachmentSamples.PNG;
import static tw.civicdesk.casework.AttachmentSamples.POLYGLOT;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Attachment;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.internal.CaseAttachments.AttachmentNotFound;
import tw.civicdesk.casework.internal.CaseAttachments.AttachmentRefused;
import tw.civicdesk.casework.internal.CaseAttachments.VerificationForbidden;
import tw.civicdesk.organisation.AgencyCode;

/** Attachments and electronic verifications of a case, on the real database. */
@IntegrationTest
class CaseAttachmentsTests {

  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "clerk");
  static final Actor OFFICER = Actor.staff(Party.CASE_OFFICER, "officer");

  @Autowired CaseAttachments attachments;
  @Autowired CaseAttachmentStore store;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;
  @Autowired tw.civicdesk.audit.AuditLog audit;

  CaseNumber number;

  /** A staff member who downloads; the rules of who may are the web layer's. */
  tw.civicdesk.organisation.StaffPrincipal reader() {
    return tw.civicdesk.organisation.TestOrganisation.from(context)
        .agency("ATR", null)
        .as(tw.civicdesk.organisation.Role.CASE_OFFICER);
  }

  @BeforeEach
  void aCase() {
    AgencyCode agency =
        new AgencyCode("AT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    number = AttachmentSamples.fileCase(context, agency, 1);
  }

  String refusal(Runnable attempt) {
    AttachmentRefused refused = catchThrowableOfType(AttachmentRefused.class, attempt::run);
    assertThat(refused).isNotNull();
    return refused.messageKey();
  }

  long storedRows() {
    return jdbc.sql("select count(*) from casework_attachment where case_number = ?")
        .param(number.value())
        .query(Long.class)
        .single();
  }

  @Test
  void aPdfIsAcceptedAndStoredWithItsChecksumTypeAndBytes() throws Exception {
    Attachment a = attachments.add(number, "C:\\掃描\\戶籍謄本.pdf", PDF, " 戶籍謄本 ", CLERK);

    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(a.sha256()).isEqualTo(sha256);
    assertThat(a.contentType()).isEqualTo("application/pdf");
    assertThat(a.filename()).isEqualTo("戶籍謄本.pdf");
    assertThat(a.size()).isEqualTo(PDF.length);
    assertThat(a.document()).isEqualTo("戶籍謄本");
    assertThat(a.uploadedBy()).isEqualTo("clerk");
    assertThat(attachments.list(number)).containsExactly(a);
    var reader = reader();
    AttachmentContent content = attachments.content(number, a.id(), reader);
    assertThat(content.attachment()).isEqualTo(a);
    assertThat(content.bytes()).isEqualTo(PDF);
    assertThat(
            jdbc.sql(
                    "select actor || ' ' || action || ' ' || detail from audit_log"
                        + " where subject_id = ?")
                .param(number.value())
                .query(String.class)
                .list())
        .containsExactly(
            reader.getUsername()
                + " PERSONAL_DATA_READ read=attachment:"
                + a.id()
                + ";purpose=case-handling;roles=CASE_OFFICER");
  }

  @Test
  void aPngRenamedToPdfIsStoredAsAPngUnderAPngName() {
    Attachment a = attachments.add(number, "photo.pdf", PNG, null, CLERK);

    assertThat(a.contentType()).isEqualTo("image/png");
    assertThat(a.filename()).isEqualTo("photo.png");
    assertThat(a.document()).isNull();
  }

  @Test
  void anExecutableAWebPageAndAPolyglotAreRefusedAndNothingIsStored() {
    assertThat(refusal(() -> attachments.add(number, "setup.pdf", EXE, null, CLERK)))
        .isEqualTo(AttachmentRefused.TYPE);
    assertThat(refusal(() -> attachments.add(number, "page.pdf", HTML, null, CLERK)))
        .isEqualTo(AttachmentRefused.TYPE);
    assertThat(refusal(() -> attachments.add(number, "a.pdf", POLYGLOT, null, CLERK)))
        .isEqualTo(AttachmentRefused.TYPE);
    assertThat(refusal(() -> attachments.add(number, "a.pdf", new byte[0], null, CLERK)))
        .isEqualTo(AttachmentRefused.EMPTY);
    assertThat(attachments.list(number)).isEmpty();
    assertThat(storedRows()).isZero();
  }

  @Test
  void everyRefusalIsAboutTheAttachmentsField() {
    AttachmentRefused refused =
        catchThrowableOfType(
            AttachmentRefused.class, () -> attachments.add(number, "a.exe", EXE, null, CLERK));

    assertThat(refused.field()).isEqualTo("attachments");
  }

  @Test
  void theEleventhAttachmentIsRefusedAndTheTenStayAsTheyWere() {
    for (int i = 1; i <= 10; i++) {
      attachments.add(number, "page" + i + ".pdf", PDF, null, CLERK);
    }

    AttachmentRefused refused =
        catchThrowableOfType(
            AttachmentRefused.class, () -> attachments.add(number, "page11.pdf", PDF, null, CLERK));

    assertThat(refused.messageKey()).isEqualTo(AttachmentRefused.TOO_MANY);
    assertThat(refused.messageArguments()).containsExactly(10);
    assertThat(attachments.list(number))
        .extracting(Attachment::filename)
        .startsWith("page1.pdf", "page2.pdf")
        .endsWith("page10.pdf")
        .hasSize(10);
    assertThat(storedRows()).isEqualTo(10);
  }

  @Test
  void aFileAboveTheConfiguredLimitIsRefusedWithTheLimitAndNothingIsStored() {
    CaseAttachments small =
        new CaseAttachments(
            store,
            context.getBean(Cases.class),
            audit,
            clock,
            new CaseworkSettings(
                7, new CaseworkSettings.Attachments(DataSize.ofBytes(PDF.length), 10)));
    byte[] tooLarge = Arrays.copyOf(PDF, PDF.length + 1);

    assertThat(small.add(number, "exact.pdf", PDF, null, CLERK).size()).isEqualTo(PDF.length);
    AttachmentRefused refused =
        catchThrowableOfType(
            AttachmentRefused.class, () -> small.add(number, "big.pdf", tooLarge, null, CLERK));

    assertThat(refused.messageKey()).isEqualTo(AttachmentRefused.TOO_LARGE);
    assertThat((BigDecimal) refused.messageArguments()[0]).isEqualByComparingTo("0");
    assertThat(storedRows()).isEqualTo(1);
  }

  @Test
  void aFileForACaseThatDoesNotExistIsRefused() {
    CaseNumber unknown = new CaseNumber("NOPE-20260101-00001");

    assertThat(refusal(() -> attachments.add(unknown, "a.pdf", PDF, null, CLERK)))
        .isEqualTo(AttachmentRefused.CASE_UNKNOWN);
  }

  @Test
  void anAttachmentOfAnotherCaseIsNotFoundUnderThisOne() {
    AgencyCode agency =
        new AgencyCode("AT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    CaseNumber other = AttachmentSamples.fileCase(context, agency, 1);
    Attachment theirs = attachments.add(other, "a.pdf", PDF, null, CLERK);

    assertThat(
            catchThrowableOfType(
                AttachmentNotFound.class, () -> attachments.content(number, theirs.id(), reader())))
        .isNotNull();
    assertThat(attachments.list(number)).isEmpty();
  }

  @Test
  void anElectronicVerificationIsRecordedAndListed() {
    ElectronicVerification v =
        attachments.verifyElectronically(number, "戶籍謄本", "戶役政系統查驗戶籍謄本", OFFICER);

    assertThat(v.document()).isEqualTo("戶籍謄本");
    assertThat(v.checked()).isEqualTo("戶役政系統查驗戶籍謄本");
    assertThat(v.verifiedBy()).isEqualTo("officer");
    assertThat(v.caseNumber()).isEqualTo(number);
    assertThat(attachments.verifications(number)).containsExactly(v);
  }

  @Test
  void theApplicantCannotVerifyADocumentElectronically() {
    assertThat(
            catchThrowableOfType(
                VerificationForbidden.class,
                () -> attachments.verifyElectronically(number, "戶籍謄本", "自己說的", Actor.applicant())))
        .isNotNull();
    assertThat(attachments.verifications(number)).isEmpty();
  }

  @Test
  void aVerificationMustSayWhatWasChecked() {
    AttachmentRefused refused =
        catchThrowableOfType(
            AttachmentRefused.class,
            () -> attachments.verifyElectronically(number, "戶籍謄本", "  ", OFFICER));

    assertThat(refused.messageKey()).isEqualTo(AttachmentRefused.CHECKED_REQUIRED);
    assertThat(refused.field()).isEqualTo("checked");
    assertThat(attachments.verifications(number)).isEmpty();
  }
}
