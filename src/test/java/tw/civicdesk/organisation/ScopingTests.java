// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.open311.ApiKeys;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;

/**
 * Every staff page and endpoint that names a record answers 404 to staff of another agency —
 * including that agency's administrator — and a test fails when a new one is added without being
 * listed here.
 */
@IntegrationTest
class ScopingTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired CatalogueEditing editing;
  @Autowired CaseWork work;

  TestOrganisation.Setup own;
  TestOrganisation.Setup other;
  ServiceCode otherService;
  CaseNumber otherCase;
  long otherAttachment;
  long otherPlan;
  long otherKey;
  long otherTemplate;
  tw.civicdesk.surveys.SurveyCode otherSurvey;
  tw.civicdesk.surveys.SurveyCode otherStaffSurvey;
  long otherKiosk;
  String otherFaq;
  long otherCourtesyTest;
  long otherFollowUp;
  String otherProposal;
  long otherMeeting;
  long otherAnnouncement;
  long otherDocument;
  long otherLink;

  @BeforeEach
  void twoAgencies() {
    TestOrganisation orgs = TestOrganisation.from(context);
    own = orgs.agency("OWN", null);
    other = orgs.agency("OTHER", null);
    otherService = new ServiceCode(other.code().value() + "-SERVICE");
    ServiceEntry entry =
        editing.create(
            other.as(Role.QUALITY_OFFICER),
            other.code(),
            otherService,
            other.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(other.as(Role.QUALITY_OFFICER), otherService, entry.revision());
    otherCase = AttachmentSamples.fileCase(context, other.code(), other.unit().id());
    otherAttachment =
        work.attach(
                other.as(Role.CASE_OFFICER),
                new CaseCommand.Attach(otherCase, "a.pdf", AttachmentSamples.PDF, null))
            .id();
    otherPlan = otherPlan();
    otherSurvey = tw.civicdesk.surveys.SurveyFixtures.open(context, other, "counter", 30).code();
    otherStaffSurvey = tw.civicdesk.surveys.SurveyFixtures.open(context, other, "staff", 5).code();
    otherFaq =
        tw.civicdesk.faq.FaqFixtures.draft(context, other, "SCOPE", "範圍測試問題")
            .entry()
            .code()
            .value();
    otherCourtesyTest =
        context
            .getBean(tw.civicdesk.courtesy.Courtesy.class)
            .record(
                other.as(Role.QUALITY_OFFICER),
                other.code(),
                tw.civicdesk.courtesy.CourtesyFixtures.test(
                    context,
                    other,
                    java.time.LocalDateTime.of(2026, 3, 2, 10, 0),
                    tw.civicdesk.courtesy.CourtesyFixtures.both(9, 1)))
            .id();
    otherFollowUp =
        context
            .getBean(tw.civicdesk.courtesy.FollowUps.class)
            .list(other.as(Role.QUALITY_OFFICER), other.code())
            .get(0)
            .id();
    var proposals = tw.civicdesk.proposals.ProposalFixtures.of(context, other);
    otherProposal =
        proposals
            .through(
                "範圍測試提案",
                tw.civicdesk.proposals.ProposalStatus.ADOPTED,
                false,
                java.time.LocalDate.of(2026, 12, 1))
            .number()
            .value();
    otherMeeting =
        context
            .getBean(tw.civicdesk.proposals.ProposalSetup.class)
            .saveMeeting(
                proposals.officer(),
                new tw.civicdesk.proposals.ProposalCommands.SaveMeeting(
                    other.code(),
                    java.time.LocalDate.of(2026, 3, 5),
                    tw.civicdesk.proposals.ProposalViews.MeetingKind.DISTRICT_AFFAIRS,
                    "範圍測試會議",
                    "區長",
                    List.of("範圍測試決議")))
            .id();
    otherAnnouncement =
        tw.civicdesk.announcements.AnnouncementFixtures.published(
                context, other, tw.civicdesk.announcements.AnnouncementCategory.NEWS, "範圍測試公告")
            .id();
    otherDocument =
        tw.civicdesk.documents.DocumentFixtures.published(context, other, "範圍測試文件").id();
    otherLink =
        tw.civicdesk.links.LinkFixtures.link(
                context,
                other,
                tw.civicdesk.links.LinkKind.DISASTER,
                "範圍測試連結",
                "https://www.example.org/",
                java.time.LocalDate.of(2027, 1, 1),
                null)
            .id();
    otherKey =
        context
            .getBean(ApiKeys.class)
            .issue(other.as(Role.AGENCY_ADMIN), other.code().value(), "other", 10)
            .key()
            .id();
    otherKiosk =
        tw.civicdesk.surveys.KioskFixtures.register(
                context,
                other,
                tw.civicdesk.surveys.SurveyFixtures.open(context, other, "counter", 30))
            .kiosk()
            .id();
    otherTemplate =
        context
            .getBean(tw.civicdesk.petitions.ReplyTemplates.class)
            .save(
                other.as(Role.AGENCY_ADMIN),
                new tw.civicdesk.petitions.ReplyTemplate(
                    0,
                    other.code(),
                    null,
                    null,
                    java.util.Locale.TAIWAN,
                    "範本",
                    "處理",
                    "依據",
                    "",
                    true));
  }

  /** A draft plan of the other agency with heading {@code n1} and practice {@code p1}. */
  private long otherPlan() {
    PlanNode node =
        new PlanNode(
            "n1",
            NodeKind.HEADING,
            "實施要項",
            null,
            null,
            null,
            List.of(),
            List.of(
                new Practice(
                    "p1", "公文稽催", Deadline.ONGOING, List.of(Practice.ALL_UNITS), null, List.of())));
    PlanContent content =
        new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(node), List.of());
    return context
        .getBean(Plans.class)
        .create(
            other.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(other.code().value(), 2026, PlanKind.PLAN, "計畫", null, content))
        .id();
  }

  /** Console paths with a record in them, filled in with the other agency's records. */
  private Map<String, String> recordPaths() {
    String code = other.code().value();
    long unit = other.unit().id();
    long staffId = other.as(Role.CASE_OFFICER).id();
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("/console/agencies/{code}", "/console/agencies/" + code);
    paths.put("/console/agencies/{code}/edit", "/console/agencies/" + code + "/edit");
    paths.put("/console/agencies/{code}/units/new", "/console/agencies/" + code + "/units/new");
    paths.put("/console/units/{id}/edit", "/console/units/" + unit + "/edit");
    paths.put("/console/agencies/{code}/staff/new", "/console/agencies/" + code + "/staff/new");
    paths.put("/console/staff/{id}/edit", "/console/staff/" + staffId + "/edit");
    paths.put("/console/calendar/closures/{code}", "/console/calendar/closures/" + code);
    paths.put(
        "/console/calendar/closures/{code}/{id}/delete",
        "/console/calendar/closures/" + code + "/1/delete");
    String service = "/console/services/" + otherService.value();
    paths.put("/console/services/{code}/edit", service + "/edit");
    paths.put("/console/services/{code}/publish", service + "/publish");
    paths.put("/console/services/{code}/discard", service + "/discard");
    paths.put("/console/services/{code}/preview", service + "/preview");
    paths.put("/console/services/{code}/forms", service + "/forms");
    paths.put("/console/services/{code}/forms/{fileId}/delete", service + "/forms/1/delete");
    paths.put("/console/services/{code}/files/{fileId}", service + "/files/1");
    String kase = "/console/cases/" + otherCase.value();
    paths.put("/console/cases/{number}/attachments", kase + "/attachments");
    paths.put("/console/cases/{number}/attachments/{id}", kase + "/attachments/" + otherAttachment);
    paths.put("/console/cases/{number}/verifications", kase + "/verifications");
    paths.put("/console/cases/{number}", kase);
    paths.put("/console/cases/{number}/receipt", kase + "/receipt");
    paths.put("/console/cases/{number}/applicant", kase + "/applicant");
    paths.put("/console/cases/{number}/actions/{action}", kase + "/actions/assign");
    // petitions: the reply, ratings and reopening of a case, reply templates (issue 18)
    String petition = "/console/petitions/" + otherCase.value();
    paths.put("/console/petitions/{number}/reply", petition + "/reply");
    paths.put("/console/petitions/{number}/rating", petition + "/rating");
    paths.put("/console/petitions/{number}/reopen", petition + "/reopen");
    paths.put(
        "/console/petitions/reply-templates/{id}",
        "/console/petitions/reply-templates/" + otherTemplate);
    // petitions: the other agency's rules, places and routing, and an improvement action (issue 18)
    String rules = "/console/petitions/rules/" + other.code().value();
    paths.put("/console/petitions/rules/{code}", rules);
    paths.put("/console/petitions/rules/{code}/categories/new", rules + "/categories/new");
    paths.put("/console/petitions/rules/{code}/categories/{category}", rules + "/categories/roads");
    paths.put("/console/petitions/rules/{code}/kinds/{kind}", rules + "/kinds/PETITION");
    paths.put("/console/petitions/rules/{code}/places", rules + "/places");
    paths.put("/console/petitions/rules/{code}/places/remove", rules + "/places/remove");
    paths.put("/console/petitions/rules/{code}/routes", rules + "/routes");
    paths.put("/console/petitions/rules/{code}/routes/remove", rules + "/routes/remove");
    paths.put("/console/petitions/improvements/{id}", "/console/petitions/improvements/1");
    paths.put("/console/services/{code}/fields", service + "/fields");
    paths.put("/console/services/{code}/fields/{name}/delete", service + "/fields/copies/delete");
    paths.put("/console/notifications/{id}/read", "/console/notifications/1/read");
    String plan = "/console/plans/" + otherPlan;
    paths.put("/console/plans/{id}", plan);
    paths.put("/console/plans/{id}/actions/{action}", plan + "/actions/approve");
    paths.put("/console/plans/{id}/history", plan + "/history");
    paths.put("/console/plans/{id}/edit", plan + "/edit");
    paths.put("/console/plans/{id}/nodes/new", plan + "/nodes/new");
    paths.put("/console/plans/{id}/nodes/{nodeId}/edit", plan + "/nodes/n1/edit");
    paths.put("/console/plans/{id}/nodes/{partId}/{change}", plan + "/nodes/n1/delete");
    paths.put("/console/plans/{id}/nodes/{nodeId}/practices/new", plan + "/nodes/n1/practices/new");
    paths.put("/console/plans/{id}/practices/{practiceId}/edit", plan + "/practices/p1/edit");
    paths.put("/console/plans/{id}/practices/{partId}/{change}", plan + "/practices/p1/move");
    paths.put("/console/frameworks/{code}", "/console/frameworks/SQA-FRONTLINE");
    paths.put("/console/frameworks/{code}/nodes", "/console/frameworks/SQA-FRONTLINE/nodes");
    paths.put("/console/frameworks/{code}/remove", "/console/frameworks/SQA-FRONTLINE/remove");
    // performance: evaluation and the year's report (issue 7)
    paths.put("/console/plans/{id}/evaluation", plan + "/evaluation");
    paths.put("/console/plans/{id}/evaluation/open", plan + "/evaluation/open");
    paths.put("/console/plans/{id}/evaluation/finalise", plan + "/evaluation/finalise");
    paths.put("/console/plans/{id}/report.odt", plan + "/report.odt");
    paths.put("/console/plans/{id}/report.pdf", plan + "/report.pdf");
    paths.put("/console/plans/{id}/report.ods", plan + "/report.ods");
    // monitoring (管制考核) of service-quality plans
    paths.put("/console/plans/{id}/progress", plan + "/progress");
    paths.put("/console/plans/{id}/reports/{reportId}/files/{fileId}", plan + "/reports/1/files/1");
    paths.put("/console/plans/{id}/review", plan + "/review");
    paths.put("/console/plans/{id}/reports/{reportId}/review", plan + "/reports/1/review");
    paths.put("/console/plans/{id}/unreported", plan + "/unreported");
    paths.put("/console/plans/{id}/unreported/chase", plan + "/unreported/chase");
    paths.put("/console/plans/{id}/spot-checks", plan + "/spot-checks");
    paths.put("/console/plans/{id}/spot-checks/{checkId}", plan + "/spot-checks/1");
    paths.put(
        "/console/plans/{id}/spot-checks/{checkId}/follow-ups/{seq}/done",
        plan + "/spot-checks/1/follow-ups/1/done");
    // Open311 API keys (ADR 0039)
    paths.put("/console/open311/keys/{id}/revoke", "/console/open311/keys/" + otherKey + "/revoke");
    // surveys: the builder, opening and closing, the threshold, staff entry, the staff survey
    String survey = "/console/surveys/" + otherSurvey.value();
    paths.put("/console/surveys/{code}/build", survey + "/build");
    paths.put("/console/surveys/{code}/status", survey + "/status");
    paths.put("/console/surveys/{code}/threshold", survey + "/threshold");
    paths.put("/console/surveys/{code}/entry", survey + "/entry");
    // its results with their downloads, and its QR posters
    paths.put("/console/surveys/{code}/results", survey + "/results");
    paths.put("/console/surveys/{code}/results.csv", survey + "/results.csv?table=questions");
    paths.put("/console/surveys/{code}/results.ods", survey + "/results.ods");
    paths.put("/console/surveys/{code}/posters", survey + "/posters");
    paths.put("/console/surveys/{code}/poster.pdf", survey + "/poster.pdf");
    // a survey's free-text answers and their tags (ADR 0047)
    paths.put("/console/surveys/{code}/comments", survey + "/comments");
    paths.put("/console/surveys/{code}/comments/tags", survey + "/comments/tags");
    paths.put("/console/surveys/{code}/comments/tags/remove", survey + "/comments/tags/remove");
    paths.put("/console/staff-survey/{code}", "/console/staff-survey/" + otherStaffSurvey.value());
    // counter kiosks of satisfaction surveys (issue 19, ADR 0046)
    paths.put(
        "/console/surveys/kiosks/{id}/revoke", "/console/surveys/kiosks/" + otherKiosk + "/revoke");
    // the FAQ and knowledge base (issue 20): an entry, its form, publishing and archiving
    paths.put("/console/faq/{code}", "/console/faq/" + otherFaq);
    paths.put("/console/faq/{code}/edit", "/console/faq/" + otherFaq + "/edit");
    paths.put("/console/faq/{code}/status", "/console/faq/" + otherFaq + "/status");
    // phone-courtesy tests and their follow-ups (issue 21, ADR 0055)
    String test = "/console/courtesy/tests/" + otherCourtesyTest;
    paths.put("/console/courtesy/tests/{id}", test);
    String followUp = "/console/courtesy/follow-ups/" + otherFollowUp;
    paths.put("/console/courtesy/follow-ups/{id}", followUp);
    paths.put("/console/courtesy/follow-ups/{id}/report", followUp + "/report");
    paths.put("/console/courtesy/follow-ups/{id}/review", followUp + "/review");
    // innovation proposals and their meetings (issue 21, ADR 0056)
    String proposal = "/console/proposals/" + otherProposal;
    paths.put("/console/proposals/{number}", proposal);
    for (String step : List.of("assign", "decide", "implement", "progress", "publish", "score")) {
      paths.put("/console/proposals/{number}/" + step, proposal + "/" + step);
    }
    paths.put("/console/proposals/{number}/files/{id}", proposal + "/files/1");
    paths.put("/console/proposals/meetings/{id}", "/console/proposals/meetings/" + otherMeeting);
    // announcements (issue 22, ADR 0062): preview, form, withdrawal and files
    String announcement = "/console/announcements/" + otherAnnouncement;
    paths.put("/console/announcements/{id}", announcement);
    paths.put("/console/announcements/{id}/edit", announcement + "/edit");
    paths.put("/console/announcements/{id}/withdraw", announcement + "/withdraw");
    paths.put("/console/announcements/{id}/files/{fileId}", announcement + "/files/1");
    paths.put(
        "/console/announcements/{id}/files/{fileId}/delete", announcement + "/files/1/delete");
    // the agency's site section: its texts and its documents (issue 22)
    paths.put("/console/agencies/{code}/profile", "/console/agencies/" + code + "/profile");
    String document = "/console/documents/" + otherDocument;
    paths.put("/console/documents/{id}/edit", document + "/edit");
    paths.put("/console/documents/{id}/withdraw", document + "/withdraw");
    paths.put("/console/documents/{id}/files/{position}", document + "/files/1");
    // link lists (issue 22, ADR 0064)
    paths.put("/console/links/{id}/edit", "/console/links/" + otherLink + "/edit");
    paths.put("/console/links/{id}/delete", "/console/links/" + otherLink + "/delete");
    return paths;
  }

  /**
   * Console pages that name a record in their query rather than their path, filled in with the
   * other agency's records; the path enumeration above cannot find them, so list them here.
   */
  private Map<String, String> recordQueries() {
    Map<String, String> queries = new java.util.LinkedHashMap<>(firstQueries());
    String agency = "?agency=" + other.code().value();
    for (String page :
        List.of(
            "/console/links",
            "/console/links/new",
            "/console/links/broken",
            "/console/freshness")) {
      queries.put(page, page + agency);
    }
    return queries;
  }

  private Map<String, String> firstQueries() {
    return Map.of(
        "/console/track",
        "/console/track?number=" + otherCase.value(),
        "/console/dashboard",
        "/console/dashboard?agency=" + other.code().value(),
        "/console/surveys",
        "/console/surveys?agency=" + other.code().value(),
        "/console/surveys/new",
        "/console/surveys/new?agency=" + other.code().value(),
        "/console/faq",
        "/console/faq?agency=" + other.code().value(),
        "/console/faq/new",
        "/console/faq/new?agency=" + other.code().value(),
        "/console/faq/categories",
        "/console/faq/categories?agency=" + other.code().value(),
        "/console/faq/feedback",
        "/console/faq/feedback?agency=" + other.code().value(),
        "/console/announcements",
        "/console/announcements?agency=" + other.code().value());
  }

  @Test
  void everyConsolePathWithARecordInItIsCoveredByThisTest() {
    Set<String> registered = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/console") && p.contains("{"))
                    .forEach(registered::add));
    assertThat(new TreeSet<>(recordPaths().keySet())).isEqualTo(registered);
  }

  @Test
  void staffOfAnotherAgencyGetNotFoundForEveryRecordPageAndAction() throws Exception {
    for (Role role : Role.values()) {
      if (role == Role.SYSTEM_ADMIN) {
        continue;
      }
      for (Map.Entry<String, String> path : recordPaths().entrySet()) {
        if (mapped(path.getKey(), RequestMethod.GET)) {
          mvc.perform(get(path.getValue()).with(user(own.as(role))))
              .andExpect(status().isNotFound());
        }
        if (mapped(path.getKey(), RequestMethod.POST)) {
          mvc.perform(
                  post(path.getValue())
                      .with(csrf())
                      .with(user(own.as(role)))
                      .param("version", "0")
                      .param("code", "X1")
                      .param("nameZh", "改名")
                      .param("reason", "颱風")
                      .param("day", "2026-07-01")
                      .param("revision", "0")
                      .param("kind", "FORM")
                      .param("titleZh", "表"))
              .andExpect(status().isNotFound());
        }
      }
      for (String query : recordQueries().values()) {
        mvc.perform(get(query).with(user(own.as(role)))).andExpect(status().isNotFound());
      }
    }
    assertThat(CaseFixtures.storedAttachments(context, otherCase)).isOne();
    assertThat(CaseFixtures.storedVerifications(context, otherCase)).isZero();
    assertThat(work.history(otherCase)).as("the other agency's case took no step").hasSize(1);
    assertThat(
            context
                .getBean(tw.civicdesk.announcements.Announcements.class)
                .forStaff(other.as(Role.QUALITY_OFFICER), otherAnnouncement)
                .version())
        .as("the other agency's announcement is unchanged and not withdrawn")
        .isZero();
    assertThat(context.getBean(Plans.class).byId(otherPlan).orElseThrow().version())
        .as("the other agency's plan is unchanged")
        .isZero();
    assertThat(
            context
                .getBean(tw.civicdesk.documents.Documents.class)
                .get(other.as(Role.AGENCY_ADMIN), otherDocument)
                .version())
        .as("the other agency's document is neither edited nor withdrawn")
        .isZero();
    tw.civicdesk.surveys.SurveyView survey =
        context.getBean(tw.civicdesk.surveys.Surveys.class).find(otherSurvey).orElseThrow();
    assertThat(survey.status()).as("the other agency's survey is still open").hasToString("OPEN");
    assertThat(survey.answers()).as("and took no answer").isZero();
    assertThat(context.getBean(ApiKeys.class).manageable(other.as(Role.AGENCY_ADMIN)))
        .as("the other agency's API key still works")
        .allMatch(tw.civicdesk.open311.ApiKey::active);
    assertThat(
            context
                .getBean(tw.civicdesk.surveys.Kiosks.class)
                .overview(other.as(Role.QUALITY_OFFICER))
                .kiosks())
        .as("the other agency's kiosk is not revoked")
        .allMatch(k -> k.revokedAt() == null);
  }

  private boolean mapped(String pattern, RequestMethod method) {
    return mappings.getHandlerMethods().keySet().stream()
        .anyMatch(
            info ->
                info.getPatternValues().contains(pattern)
                    && info.getMethodsCondition().getMethods().contains(method));
  }

  @Test
  void anAgencyAdministratorReachesTheSamePagesOfTheirOwnAgency() throws Exception {
    String code = own.code().value();
    for (String path :
        new String[] {
          "/console/agencies/" + code,
          "/console/agencies/" + code + "/edit",
          "/console/agencies/" + code + "/units/new",
          "/console/units/" + own.unit().id() + "/edit",
          "/console/agencies/" + code + "/staff/new",
          "/console/staff/" + own.as(Role.CASE_OFFICER).id() + "/edit",
          "/console/calendar/closures/" + code
        }) {
      mvc.perform(get(path).with(user(own.as(Role.AGENCY_ADMIN)))).andExpect(status().isOk());
    }
  }

  @Test
  void listsShowOnlyTheViewersOwnAgency() throws Exception {
    String page =
        mvc.perform(get("/console/agencies").with(user(own.as(Role.CASE_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(own.code().value()).doesNotContain(other.code().value());
    String home =
        mvc.perform(get("/console").with(user(own.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(home).doesNotContain("Test " + other.code().value().substring(6));
  }

  @Test
  void aSystemAdministratorSeesEveryAgency() throws Exception {
    mvc.perform(
            get("/console/agencies/" + other.code().value()).with(user(own.as(Role.SYSTEM_ADMIN))))
        .andExpect(status().isOk());
  }

  @Test
  void theConsoleNeedsSigningIn() throws Exception {
    mvc.perform(get("/console/agencies/" + own.code().value()))
        .andExpect(status().is3xxRedirection());
  }
}
