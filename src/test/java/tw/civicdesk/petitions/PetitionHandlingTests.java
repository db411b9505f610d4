// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.InvalidFields;

/**
 * How staff answer petitions: the reply is composed from the concrete handling and its legal basis,
 * each required by the kind's rule; templates are offered by category and language; a closure
 * without processing names its §173 ground and is counted by it; re-routing and transfer tell the
 * petitioner, and so does the answer of a case others were merged into.
 */
@IntegrationTest
class PetitionHandlingTests {

  @Autowired ApplicationContext context;
  @Autowired ReplyTemplates templates;
  @Autowired Clock clock;

  PetitionHandling h;

  @BeforeEach
  void anAgencyWithEveryKindOpen() {
    h = new PetitionHandling(context, "REPLY");
  }

  PetitionReply reply(
      CaseNumber n, int v, Decision outcome, ClosureGround ground, String handling, String basis) {
    return new PetitionReply(n, v, outcome, ground, handling, basis, null, null);
  }

  @Test
  void aReplyNeedsTheConcreteHandlingAndItsLegalBasisAndIsComposedFromThem() {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    int v = h.inProgress(n);
    var officer = h.agency.as(Role.CASE_OFFICER);

    assertThatThrownBy(
            () -> h.replies.reply(officer, reply(n, v, Decision.ANSWERED, null, " ", "")))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly("handling", "legalBasis"));
    assertThat(h.work.summary(n, officer).status()).isEqualTo(CaseStatus.IN_PROGRESS);

    h.replies.reply(officer, reply(n, v, Decision.ANSWERED, null, "已派員修補。", "市區道路條例第 9 條。"));

    HistoryEntry decided = h.work.history(n).get(h.work.history(n).size() - 1);
    assertThat(decided.publicNote()).isEqualTo("具體處理情形：\n已派員修補。\n\n法規依據：\n市區道路條例第 9 條。");
    assertThat(h.replies.stored(n).orElseThrow().outcome()).isEqualTo(Decision.ANSWERED);
  }

  @Test
  void anEnglishPetitionIsAnsweredInEnglish() {
    CaseNumber n = h.petition(PetitionHandling.address(), Locale.ENGLISH);
    int v = h.inProgress(n);

    h.replies.reply(
        h.agency.as(Role.CASE_OFFICER),
        reply(n, v, Decision.ANSWERED, null, "We filled the pothole.", "Urban Road Act, art. 9."));

    assertThat(h.work.history(n).get(h.work.history(n).size() - 1).publicNote())
        .startsWith("What we did:\nWe filled the pothole.")
        .contains("Legal basis:\nUrban Road Act, art. 9.");
  }

  ReplyTemplate template(String category, ClosureGround ground, Locale language, String title) {
    return new ReplyTemplate(
        0, h.agency.code(), category, ground, language, title, "處理：" + title, "依據", "", true);
  }

  @Test
  void templatesAreOfferedForTheCategoryAndInThePetitionsLanguage() {
    var admin = h.agency.as(Role.AGENCY_ADMIN);
    long roadsZh = templates.save(admin, template("roads", null, Locale.TAIWAN, "道路答覆"));
    long roadsEn = templates.save(admin, template("roads", null, Locale.ENGLISH, "Roads reply"));
    templates.save(admin, template("noise", null, Locale.TAIWAN, "噪音答覆"));
    long repeat = templates.save(admin, template(null, ClosureGround.REPEAT, Locale.TAIWAN, "重複"));

    PetitionView chinese =
        h.petitions.view(h.petition(PetitionHandling.address(), Locale.TAIWAN)).orElseThrow();
    PetitionView english =
        h.petitions.view(h.petition(PetitionHandling.address(), Locale.ENGLISH)).orElseThrow();

    assertThat(templates.offered(chinese))
        .extracting(ReplyTemplate::id)
        .containsExactly(roadsZh, repeat);
    assertThat(templates.offered(english)).extracting(ReplyTemplate::id).containsExactly(roadsEn);
    assertThatThrownBy(
            () ->
                templates.save(
                    h.agency.as(Role.CASE_OFFICER), template("roads", null, Locale.TAIWAN, "x")))
        .isInstanceOf(ReplyTemplates.NotAdministrator.class);
  }

  @Test
  void aClosureWithoutProcessingNamesItsGroundAndIsCountedByIt() {
    var officer = h.agency.as(Role.CASE_OFFICER);
    CaseNumber repeat = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    int v = h.inProgress(repeat);
    assertThatThrownBy(
            () ->
                h.replies.reply(
                    officer, reply(repeat, v, Decision.NOT_PROCESSED, null, "已答覆過。", "")))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly("ground"));

    h.replies.reply(
        officer, reply(repeat, v, Decision.NOT_PROCESSED, ClosureGround.REPEAT, "本案已於二月答覆。", ""));
    CaseNumber viaApi = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    h.work.decide(
        officer,
        new CaseCommand.Decide(viaApi, h.inProgress(viaApi), Decision.NOT_PROCESSED, "不予處理", null));

    assertThat(h.work.history(repeat).get(h.work.history(repeat).size() - 1).publicNote())
        .startsWith("本件依行政程序法第173條")
        .contains("同一事由已適當處理並明確答覆，仍一再陳情");
    assertThat(h.replies.stored(repeat).orElseThrow().ground()).isEqualTo(ClosureGround.REPEAT);
    LocalDate today = LocalDate.now(clock);
    var counted = h.replies.closures(h.agency.code(), today, today);
    assertThat(counted.get(ClosureGround.REPEAT)).isEqualTo(1);
    assertThat(counted.get(ClosureGround.UNSTATED)).isEqualTo(1);
    assertThat(counted.get(ClosureGround.NO_CONTACT)).isZero();
    assertThat(h.petitions.view(repeat).orElseThrow().decision()).isEqualTo(Decision.NOT_PROCESSED);
  }

  @Test
  void reRoutingToAnotherUnitAndTransferToAnotherAgencyTellThePetitioner() {
    long second = TestOrganisation.from(context).unit(h.agency, "SECOND").id();
    CaseNumber rerouted = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    CaseNumber transferred = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("OTHER", null);
    var head = h.agency.as(Role.UNIT_HEAD);

    h.work.reroute(head, new CaseCommand.Reroute(rerouted, 0, second, "屬道路養護業務"));
    h.work.transfer(
        head, new CaseCommand.Transfer(transferred, 0, other.code(), other.unit().id(), "非本所權責"));

    assertThat(h.work.summary(rerouted).orElseThrow().unitId()).isEqualTo(second);
    assertThat(h.work.summary(rerouted).orElseThrow().status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(h.petitions.view(rerouted).orElseThrow().unitId()).isEqualTo(second);
    assertThat(h.messages(rerouted)).containsExactly("RECEIPT", "REROUTED");
    assertThat(h.messages(transferred)).containsExactly("RECEIPT", "TRANSFERRED");
  }

  @Test
  void whenTheCaseThatWentOnIsAnsweredEveryMergedPetitionerIsTold() {
    CaseNumber goesOn = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    CaseNumber first = h.petition(PetitionHandling.address(), Locale.TAIWAN);
    CaseNumber second = h.petition(PetitionHandling.address(), Locale.ENGLISH);
    var officer = h.agency.as(Role.CASE_OFFICER);
    h.work.merge(officer, new CaseCommand.Merge(first, 0, goesOn));
    h.work.merge(officer, new CaseCommand.Merge(second, 0, goesOn));

    h.answer(goesOn);

    assertThat(h.messages(goesOn)).containsExactly("RECEIPT", "REPLIED");
    assertThat(h.messages(first)).containsExactly("RECEIPT", "MERGED_ANSWERED");
    assertThat(h.messages(second)).containsExactly("RECEIPT", "MERGED_ANSWERED");
    assertThat(
            h.jdbc
                .sql(
                    "select body_text from notification_message where case_number = ?"
                        + " and kind = 'MERGED_ANSWERED'")
                .param(second.value())
                .query(String.class)
                .single())
        .contains(goesOn.value())
        .contains("已於三月五日派員修補坑洞。");
  }
}
