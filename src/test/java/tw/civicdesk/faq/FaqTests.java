// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.faq.Faq.FaqNotFound;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchIndex;
import tw.civicdesk.search.SearchQuery;

/**
 * The FAQ's door on real PostgreSQL: sanitizing on save, drafts never public, notes and SOP steps
 * never in the search, every field problem at once, reach, stale edits, audit rows.
 */
@IntegrationTest
class FaqTests {

  @Autowired ApplicationContext context;
  @Autowired Faq faq;
  @Autowired SearchIndex search;
  @Autowired FaqSearchSource source;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;

  @BeforeEach
  void agency() {
    agency = TestOrganisation.from(context).agency("FAQ", null);
    FaqFixtures.category(context, agency);
  }

  @Test
  void aScriptAnOnclickAndAJavascriptLinkAreStrippedWhenAnAnswerIsSaved() {
    String answer =
        "<p onclick=\"steal()\">請攜帶<strong>身分證</strong><script>alert(1)</script></p>"
            + "<ul><li><a href=\"javascript:alert(1)\">壞連結</a></li>"
            + "<li><a href=\"https://www.ris.gov.tw/\" target=\"_blank\">戶政司</a></li></ul>"
            + "<img src=x onerror=alert(2)><iframe src=\"https://evil.invalid\"></iframe>";
    StaffEntry e =
        faq.create(
            agency.as(Role.QUALITY_OFFICER), FaqFixtures.save(agency, "CLEAN", "要帶什麼？", answer));
    String stored = e.entry().answer().zh();
    assertThat(stored)
        .doesNotContain("script", "onclick", "javascript", "img", "iframe", "onerror", "target")
        .contains("<strong>身分證</strong>")
        .contains("<a href=\"https://www.ris.gov.tw/\" rel=\"noopener\">戶政司</a>")
        .contains("<li>壞連結</li>");
  }

  @Test
  void aPlainTextAnswerBecomesParagraphsWithItsMarkupEscaped() {
    StaffEntry e =
        faq.create(
            agency.as(Role.QUALITY_OFFICER),
            FaqFixtures.save(agency, "PLAIN", "幾點開門？", "上午八點開門\n下午五點關門\n\n<週六>休息 & 補班日照常"));
    assertThat(e.entry().answer().zh())
        .isEqualTo("<p>上午八點開門<br>下午五點關門</p><p>&lt;週六&gt;休息 &amp; 補班日照常</p>");
  }

  @Test
  void aDraftIsNeverPublicNorFound() {
    StaffEntry draft = FaqFixtures.draft(context, agency, "DRAFT", "草稿問題路燈不亮怎麼辦");
    assertThat(faq.published(draft.entry().code())).isEmpty();
    assertThat(faq.published(agency.code())).isEmpty();
    assertThat(found("草稿問題路燈")).doesNotContain(draft.entry().code().value());
    List<String> sourced = new ArrayList<>();
    source.forEach(d -> sourced.add(d.reference()));
    assertThat(sourced).doesNotContain(draft.entry().code().value());
  }

  @Test
  void notesAndSopStepsNeverReachTheSearchDocumentOrTheIndex() {
    StaffEntry e = FaqFixtures.published(context, agency, "NOTES", "門牌整編證明怎麼申請");
    String code = e.entry().code().value();
    assertThat(found("門牌整編證明")).contains(code);
    assertThat(found("secretnote")).doesNotContain(code);
    assertThat(found("secretstep")).doesNotContain(code);
    List<SearchDocument> documents = new ArrayList<>();
    source.forEach(documents::add);
    SearchDocument doc =
        documents.stream().filter(d -> d.reference().equals(code)).findFirst().orElseThrow();
    assertThat(doc.kind()).isEqualTo("faq");
    assertThat(doc.url()).isEqualTo("/faq/" + code);
    assertThat(doc.scope()).isEqualTo(agency.code().value());
    assertThat(doc.body().zh()).isEqualTo("請攜帶身分證正本。");
    assertThat(doc.toString()).doesNotContain("secretnote", "secretstep", "<p>");
  }

  @Test
  void archivingOrTakingBackAnEntryTakesItOutOfTheSearchAndAnEditOfAPublishedOneUpdatesIt() {
    StaffEntry e = FaqFixtures.published(context, agency, "ARCH", "身障停車證遺失怎麼補發");
    String code = e.entry().code().value();
    var officer = agency.as(Role.QUALITY_OFFICER);
    FaqCommands.Save edited = FaqFixtures.save(agency, "ARCH", "身心障礙專用停車證遺失補發", "<p>到社會課補發。</p>");
    e = faq.update(officer, e.entry().code(), e.version(), edited);
    assertThat(found("專用停車證遺失")).contains(code);
    assertThat(found("身障")).doesNotContain(code);
    e = faq.changeStatus(officer, e.entry().code(), e.version(), FaqStatus.ARCHIVED);
    assertThat(found("專用停車證遺失")).doesNotContain(code);
    assertThat(faq.published(e.entry().code())).isEmpty();
    e = faq.changeStatus(officer, e.entry().code(), e.version(), FaqStatus.PUBLISHED);
    assertThat(found("專用停車證遺失")).contains(code);
    faq.changeStatus(officer, e.entry().code(), e.version(), FaqStatus.DRAFT);
    assertThat(found("專用停車證遺失")).doesNotContain(code);
  }

  @Test
  void everyProblemOfAnEntryIsReportedAtOnceAndNothingIsStored() {
    var other = TestOrganisation.from(context).agency("FAQX", null);
    var otherService = CatalogueFixtures.publishLowIncomeCertificate(context, other);
    FaqCommands.Save bad =
        new FaqCommands.Save(
            agency.code(),
            "bad code!",
            "NO-SUCH",
            other.unit().id(),
            "   ",
            "line\nbreak",
            "<script>only a script</script>",
            "",
            List.of(otherService.value()),
            "ok\u0000",
            "",
            List.of("", ""),
            List.of("English only"),
            null);
    assertThatThrownBy(() -> faq.create(agency.as(Role.QUALITY_OFFICER), bad))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("code", "faq.code.format"),
                        org.assertj.core.groups.Tuple.tuple(
                            "questionZh", "faq.questionZh.required"),
                        org.assertj.core.groups.Tuple.tuple("questionEn", "input.text.line-break"),
                        org.assertj.core.groups.Tuple.tuple("answerZh", "faq.answerZh.required"),
                        org.assertj.core.groups.Tuple.tuple("notesZh", "input.text.control"),
                        org.assertj.core.groups.Tuple.tuple("sopZh", "faq.sop.chinese-missing"),
                        org.assertj.core.groups.Tuple.tuple("services", "faq.services.unknown"),
                        org.assertj.core.groups.Tuple.tuple("category", "faq.category.choose"),
                        org.assertj.core.groups.Tuple.tuple("unitId", "faq.unit.choose"),
                        org.assertj.core.groups.Tuple.tuple("reviewOn", "faq.review.required")));
    assertThat(faq.entries(agency.as(Role.QUALITY_OFFICER), agency.code())).isEmpty();
  }

  @Test
  void aRelatedServiceOfTheAgencyIsKeptAndATakenCodeIsRefused() {
    var service = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    var officer = agency.as(Role.QUALITY_OFFICER);
    FaqCommands.Save s = FaqFixtures.save(agency, "SVC", "低收入戶證明要多久？", "<p>七個工作天。</p>");
    FaqCommands.Save withService =
        new FaqCommands.Save(
            s.agency(),
            s.code(),
            s.category(),
            s.unitId(),
            s.questionZh(),
            s.questionEn(),
            s.answerZh(),
            s.answerEn(),
            List.of(service.value().toLowerCase()),
            s.notesZh(),
            s.notesEn(),
            s.sopZh(),
            s.sopEn(),
            s.reviewOn());
    assertThat(faq.create(officer, withService).entry().services())
        .containsExactly(service.value());
    assertThatThrownBy(() -> faq.create(officer, withService))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("faq.code.taken"));
  }

  @Test
  void everyStaffMemberOfTheAgencyReadsTheNotesButOnlyTheQualityOfficerAndAdministratorWrite() {
    StaffEntry e = FaqFixtures.draft(context, agency, "READ", "可以代理申請嗎？");
    for (Role role : Role.values()) {
      if (role == Role.SYSTEM_ADMIN) {
        continue;
      }
      assertThat(faq.forStaff(agency.as(role), e.entry().code()).notesZh())
          .isEqualTo(FaqFixtures.NOTE);
      boolean writer = role == Role.QUALITY_OFFICER || role == Role.AGENCY_ADMIN;
      assertThat(Faq.mayEdit(agency.as(role), agency.code())).as(role.name()).isEqualTo(writer);
    }
    assertThatThrownBy(
            () ->
                faq.changeStatus(
                    agency.as(Role.COUNTER_CLERK),
                    e.entry().code(),
                    e.version(),
                    FaqStatus.PUBLISHED))
        .isInstanceOf(ForbiddenException.class);
    var other = TestOrganisation.from(context).agency("FAQY", null);
    for (Role role : List.of(Role.AGENCY_ADMIN, Role.QUALITY_OFFICER)) {
      assertThatThrownBy(() -> faq.forStaff(other.as(role), e.entry().code()))
          .isInstanceOf(FaqNotFound.class);
      assertThatThrownBy(
              () -> faq.changeStatus(other.as(role), e.entry().code(), 0, FaqStatus.PUBLISHED))
          .isInstanceOf(FaqNotFound.class);
    }
    assertThat(faq.published(e.entry().code())).isEmpty();
  }

  @Test
  void anEditFromAStaleVersionIsRefusedAndChangesNothing() {
    StaffEntry e = FaqFixtures.draft(context, agency, "STALE", "可以線上申請嗎？");
    var officer = agency.as(Role.QUALITY_OFFICER);
    faq.update(
        officer,
        e.entry().code(),
        e.version(),
        FaqFixtures.save(agency, "STALE", "可以線上申請嗎？（新版）", "<p>可以。</p>"));
    assertThatThrownBy(
            () ->
                faq.update(
                    officer,
                    e.entry().code(),
                    e.version(),
                    FaqFixtures.save(agency, "STALE", "舊版覆蓋", "<p>舊的。</p>")))
        .isInstanceOf(ConflictException.class);
    assertThat(faq.forStaff(officer, e.entry().code()).entry().question().zh())
        .isEqualTo("可以線上申請嗎？（新版）");
  }

  @Test
  void everyChangeLeavesOneAuditRowNamingTheFieldsNeverTheirValues() {
    StaffEntry e = FaqFixtures.draft(context, agency, "AUDIT", "規費多少？");
    var officer = agency.as(Role.QUALITY_OFFICER);
    e =
        faq.update(
            officer,
            e.entry().code(),
            e.version(),
            FaqFixtures.save(agency, "AUDIT", "規費多少錢？", "<p>新臺幣十五元。</p>"));
    faq.changeStatus(officer, e.entry().code(), e.version(), FaqStatus.PUBLISHED);
    List<String> details =
        jdbc.sql("select detail from audit_log where action = ? and subject_id = ? order by id")
            .params(Faq.AUDIT_ENTRY, e.entry().code().value())
            .query(String.class)
            .list();
    assertThat(details)
        .containsExactly(
            "created;status=DRAFT",
            "fields=question,answer;status=DRAFT",
            "fields=status;status=PUBLISHED;was=DRAFT");
    assertThat(
            jdbc.sql("select count(*) from audit_log where action = ? and agency_code = ?")
                .params(Faq.AUDIT_CATEGORY, agency.code().value())
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void theOwningUnitsHeadIsRemindedOnceForEachReviewDateThatPasses() {
    StaffEntry e = FaqFixtures.published(context, agency, "REVIEW", "戶籍謄本可以代領嗎？");
    var officer = agency.as(Role.QUALITY_OFFICER);
    LocalDate review = LocalDate.now().minusDays(1);
    FaqCommands.Save s = FaqFixtures.save(agency, "REVIEW", "戶籍謄本可以代領嗎？", "<p>可以。</p>");
    e = faq.update(officer, e.entry().code(), e.version(), s.reviewedBy(review));
    FaqReviewReminders reminders = context.getBean(FaqReviewReminders.class);
    reminders.remind(LocalDate.now());
    reminders.remind(LocalDate.now());
    assertThat(reviewNotices()).isOne();
    faq.update(officer, e.entry().code(), e.version(), s.reviewedBy(review.minusDays(1)));
    reminders.remind(LocalDate.now());
    assertThat(reviewNotices()).isEqualTo(2);
  }

  private long reviewNotices() {
    return context
        .getBean(tw.civicdesk.notification.StaffNotices.class)
        .inbox(agency.username(Role.UNIT_HEAD), 50)
        .stream()
        .filter(n -> n.kind() == tw.civicdesk.notification.StaffNoticeKind.FAQ_REVIEW_DUE)
        .count();
  }

  private List<String> found(String text) {
    return search.references(new SearchQuery("faq", text, agency.code().value(), 20));
  }
}
