// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Files petitions at a test agency with every kind open and takes them to the point of the reply,
 * through the real doors; for the tests of how staff handle them.
 */
final class PetitionHandling {

  final ApplicationContext context;
  final TestOrganisation.Setup agency;
  final Petitions petitions;
  final CaseWork work;
  final PetitionReplies replies;
  final JdbcClient jdbc;

  PetitionHandling(ApplicationContext context, String prefix) {
    this.context = context;
    this.agency = TestOrganisation.from(context).agency(prefix, null);
    PetitionFixtures.open(context, agency);
    this.petitions = context.getBean(Petitions.class);
    this.work = context.getBean(CaseWork.class);
    this.replies = context.getBean(PetitionReplies.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** A unique test address. */
  static String address() {
    return "petitioner-" + UUID.randomUUID() + "@example.invalid";
  }

  static Applicant named(String email, Locale language) {
    return new Applicant("王小明", null, email, null, null, language, Applicant.NotifyBy.EMAIL);
  }

  /** Files a petition of {@code category} by {@code applicant}, received today. */
  CaseNumber file(
      CaseKind kind,
      String category,
      Place place,
      @Nullable Applicant applicant,
      String subject,
      String description) {
    return petitions
        .file(
            new FilePetition(
                kind,
                Channel.ONLINE,
                agency.code(),
                category,
                place,
                subject,
                description,
                applicant,
                applicant == null ? Locale.TAIWAN : applicant.language(),
                LocalDate.now(context.getBean(java.time.Clock.class)),
                null,
                Map.of(),
                null))
        .number();
  }

  /** A petition about the roads by a new petitioner with e-mail {@code email}. */
  CaseNumber petition(String email, Locale language) {
    return file(
        CaseKind.PETITION,
        "roads",
        Place.none(),
        named(email, language),
        "路面坑洞",
        "中正路口有一個很深的坑洞，機車經過很危險，請盡快修補。");
  }

  /** Assigns {@code number} to the agency's officer and starts it; answers the version. */
  int inProgress(CaseNumber number) {
    int v = work.version(number, agency.as(Role.UNIT_HEAD));
    CaseWork.Stepped assigned =
        work.assign(
            agency.as(Role.UNIT_HEAD),
            new CaseCommand.Assign(number, v, agency.username(Role.CASE_OFFICER)));
    return work.start(
            agency.as(Role.CASE_OFFICER), new CaseCommand.Start(number, assigned.version()))
        .version();
  }

  /** Answers {@code number} with a concrete handling and legal basis. */
  CaseWork.Stepped answer(CaseNumber number) {
    int v = inProgress(number);
    return replies.reply(
        agency.as(Role.CASE_OFFICER),
        new PetitionReply(
            number,
            v,
            Decision.ANSWERED,
            null,
            "已於三月五日派員修補坑洞。",
            "市區道路條例第 9 條：道路由主管機關養護。",
            null,
            null));
  }

  /** The kinds of messages queued about {@code number}, oldest first. */
  List<String> messages(CaseNumber number) {
    return jdbc.sql(
            "select kind from notification_message where case_number = ? order by created_at, kind")
        .param(number.value())
        .query(String.class)
        .list();
  }
}
