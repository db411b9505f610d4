// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
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
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffAccounts;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.UnitKind;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Need-to-know on every path that names a case (ADR 0025), enumerated from the handler mappings so
 * that a new path with {@code {number}} or {@code {caseNumber}} fails here until it is listed: for
 * each path and each position — the case's own unit, the clerk who filed it, agency-wide roles,
 * another unit, another agency, the supervising agency, anonymous — who gets an answer and who gets
 * 404 (401 or the sign-in page when anonymous), and that nothing changed on refusal.
 */
@IntegrationTest
class CaseScopingTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired CaseWork work;
  @Autowired Organisation organisation;

  TestOrganisation.Setup county;
  TestOrganisation.Setup own;
  TestOrganisation.Setup sibling;
  long otherUnit;
  Map<Role, StaffPrincipal> otherUnitStaff;
  CaseNumber number;
  long attachment;

  /** Who reaches a path: the case's need-to-know, the look-up by number, or its holder alone. */
  enum Kind {
    CASE,
    LOOKUP,
    RECEIPT_HOLDER
  }

  /** One request on a path, for a case number. */
  record Probe(Kind kind, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {}

  /** A viewer and what they should reach. */
  record Position(
      String name, @Nullable StaffPrincipal staff, boolean reachesCase, boolean reachesLookUp) {}

  @BeforeEach
  void aCaseInOneUnitOfAnAgencyBelowACounty() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("CSUP", null);
    own = orgs.agency("COWN", county.code());
    sibling = orgs.agency("CSIB", county.code());
    otherUnit =
        context
            .getBean(OrganisationAdministration.class)
            .createUnit(
                own.as(Role.AGENCY_ADMIN),
                own.code(),
                new UnitDraft("U2", new BilingualText("社會課", "Social"), UnitKind.SECTION))
            .id();
    otherUnitStaff =
        staffOf(own, otherUnit, "u2", Role.COUNTER_CLERK, Role.CASE_OFFICER, Role.UNIT_HEAD);
    // The receipt page needs the published service the case was filed under.
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    ServiceCode service = new ServiceCode(own.code().value() + "-SERVICE");
    editing.publish(
        own.as(Role.QUALITY_OFFICER),
        service,
        editing
            .create(
                own.as(Role.QUALITY_OFFICER),
                own.code(),
                service,
                own.unit().id(),
                CatalogueFixtures.lowIncomeCertificate())
            .revision());
    number =
        AttachmentSamples.fileCase(
            context, own.code(), own.unit().id(), own.username(Role.COUNTER_CLERK));
    attachment =
        work.attach(
                own.as(Role.COUNTER_CLERK),
                new CaseCommand.Attach(number, "a.pdf", AttachmentSamples.PDF, null))
            .id();
  }

  /** One account per role in {@code unitId} of {@code agency}, opened by its administrator. */
  private Map<Role, StaffPrincipal> staffOf(
      TestOrganisation.Setup agency, long unitId, String tag, Role... roles) {
    Map<Role, StaffPrincipal> made = new LinkedHashMap<>();
    for (Role role : roles) {
      String username =
          (agency.code().value() + "." + tag + "-" + role.name()).toLowerCase().replace('_', '-');
      context
          .getBean(StaffAccounts.class)
          .create(
              agency.as(Role.AGENCY_ADMIN),
              agency.code(),
              new StaffDraft(username, "陳小華", "", unitId, EnumSet.of(role), true),
              TestOrganisation.PASSWORD);
      made.put(role, organisation.accountForSignIn(username).orElseThrow());
    }
    return made;
  }

  private List<Position> positions() {
    return List.of(
        new Position("own unit: case officer", own.as(Role.CASE_OFFICER), true, true),
        new Position("own unit: unit head", own.as(Role.UNIT_HEAD), true, true),
        new Position("own unit: the clerk who filed it", own.as(Role.COUNTER_CLERK), true, true),
        new Position("own agency: quality officer", own.as(Role.QUALITY_OFFICER), true, true),
        new Position("own agency: agency head", own.as(Role.AGENCY_HEAD), true, true),
        new Position("own agency: agency administrator", own.as(Role.AGENCY_ADMIN), true, true),
        new Position(
            "other unit: case officer", otherUnitStaff.get(Role.CASE_OFFICER), false, true),
        new Position("other unit: unit head", otherUnitStaff.get(Role.UNIT_HEAD), false, true),
        new Position(
            "other unit: counter clerk", otherUnitStaff.get(Role.COUNTER_CLERK), false, true),
        new Position(
            "other agency: quality officer", sibling.as(Role.QUALITY_OFFICER), false, false),
        new Position(
            "other agency: agency administrator", sibling.as(Role.AGENCY_ADMIN), false, false),
        new Position(
            "other agency: system administrator", sibling.as(Role.SYSTEM_ADMIN), false, false),
        new Position(
            "supervising agency: quality officer", county.as(Role.QUALITY_OFFICER), false, true),
        new Position(
            "supervising agency: agency administrator", county.as(Role.AGENCY_ADMIN), false, true),
        new Position("anonymous", null, false, false));
  }

  private static Probe page(String path) {
    return new Probe(Kind.CASE, n -> get(path.replace("{number}", n)));
  }

  private static Probe form(String path) {
    return new Probe(
        Kind.CASE, n -> post(path.replace("{number}", n)).with(csrf()).param("version", "999"));
  }

  /**
   * A step of the API with a stale version: in reach it is refused (409, 403 or 422), never 404.
   */
  private static Probe step(String path, String json) {
    return new Probe(
        Kind.CASE,
        n ->
            post(path.replace("{number}", n))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.replace("{number}", n)));
  }

  /** Every path with a case number in it, filled in with the case of the own unit. */
  private Map<String, Probe> casePaths() {
    String api = "/api/v1/cases/{number}";
    String unitId = Long.toString(own.unit().id());
    Map<String, Probe> p = new LinkedHashMap<>();
    p.put("/console/cases/{number}", page("/console/cases/{number}"));
    p.put("/console/cases/{number}/applicant", form("/console/cases/{number}/applicant"));
    p.put(
        "/console/cases/{number}/actions/{action}", form("/console/cases/{number}/actions/start"));
    p.put("/console/cases/{number}/attachments", form("/console/cases/{number}/attachments"));
    p.put(
        "/console/cases/{number}/attachments/{id}",
        page("/console/cases/{number}/attachments/" + attachment));
    p.put("/console/cases/{number}/verifications", form("/console/cases/{number}/verifications"));
    p.put("/console/cases/{number}/receipt", page("/console/cases/{number}/receipt"));
    p.put(api, page(api));
    p.put(api + "/assign", step(api + "/assign", "{\"version\":999,\"officer\":\"x\"}"));
    p.put(api + "/start", step(api + "/start", "{\"version\":999}"));
    p.put(
        api + "/supplement-requests",
        step(api + "/supplement-requests", "{\"version\":999,\"deficiencies\":[\"戶籍謄本\"]}"));
    p.put(api + "/supplements", step(api + "/supplements", "{\"version\":999,\"note\":\"x\"}"));
    p.put(
        api + "/extensions",
        step(
            api + "/extensions",
            "{\"version\":999,\"amount\":3,\"unit\":\"WORKING_DAYS\",\"reason\":\"x\"}"));
    p.put(
        api + "/decision",
        step(api + "/decision", "{\"version\":999,\"outcome\":\"APPROVED\",\"reason\":\"x\"}"));
    p.put(api + "/close", step(api + "/close", "{\"version\":999}"));
    p.put(api + "/withdrawal", step(api + "/withdrawal", "{\"version\":999,\"reason\":\"x\"}"));
    p.put(api + "/merge", step(api + "/merge", "{\"version\":999,\"into\":\"{number}\"}"));
    p.put(
        api + "/transfer",
        step(
            api + "/transfer",
            "{\"version\":999,\"to\":\""
                + sibling.code().value()
                + "\",\"unitId\":1,\"reason\":\"x\"}"));
    p.put(
        api + "/joint-handling",
        step(
            api + "/joint-handling",
            "{\"version\":999,\"unitId\":" + unitId + ",\"amount\":1,\"unit\":\"WORKING_DAYS\"}"));
    p.put(api + "/follow-ups", step(api + "/follow-ups", "{\"version\":999,\"text\":\"x\"}"));
    p.put(
        api + "/follow-up-answers",
        step(api + "/follow-up-answers", "{\"version\":999,\"text\":\"x\"}"));
    p.put(
        api + "/attachments",
        new Probe(
            Kind.CASE,
            n ->
                multipart(api.replace("{number}", n) + "/attachments")
                    .file(
                        new MockMultipartFile(
                            "file", "x.exe", "application/octet-stream", AttachmentSamples.EXE))
                    .with(csrf())));
    p.put(
        "/api/v1/staff/tracking/{caseNumber}",
        new Probe(Kind.LOOKUP, n -> get("/api/v1/staff/tracking/" + n)));
    p.put("/receipts/{number}", new Probe(Kind.RECEIPT_HOLDER, n -> get("/receipts/" + n)));
    return p;
  }

  /**
   * Paths with a case number that this matrix does not probe, and why: the public tracking API
   * takes the verification code as its credential (no staff position reaches more than anyone else)
   * and every failed try counts against the case in its throttle, which the tracking tests cover.
   * The public report pages and the feedback confirmation read the public read model of facility
   * reports (or the filer's own session), so no position reaches more there either. The petition
   * console pages take only petitions, not this matrix's application; they reach a case through
   * {@code CaseWork} as the case page does, and {@code organisation.ScopingTests} probes them
   * across agencies.
   */
  private static final Set<String> NOT_PROBED =
      Set.of(
          "/api/v1/tracking/{caseNumber}",
          "/reports/{number}",
          "/reports/{number}/follow",
          "/feedback/filed/{number}",
          "/console/petitions/{number}/reply",
          "/console/petitions/{number}/rating",
          "/console/petitions/{number}/reopen");

  /** Pages that name a case in their query rather than their path. */
  private Map<String, Probe> caseQueries() {
    return Map.of(
        "/console/track?number=",
        new Probe(Kind.LOOKUP, n -> get("/console/track").param("number", n)));
  }

  @Test
  void everyPathWithACaseNumberIsInTheMatrix() {
    Set<String> registered = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(p -> p.contains("{number}") || p.contains("{caseNumber}"))
                    // a proposal's number is no case number (ProposalScopingTests, ScopingTests)
                    .filter(p -> !p.contains("/proposals/"))
                    .forEach(registered::add));
    Set<String> listed = new TreeSet<>(casePaths().keySet());
    listed.addAll(NOT_PROBED);
    assertThat(listed).isEqualTo(registered);
  }

  @Test
  void eachPositionReachesExactlyWhatNeedToKnowAllowsAndRefusalsChangeNothing() throws Exception {
    Map<String, Probe> probes = new LinkedHashMap<>(casePaths());
    probes.putAll(caseQueries());
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    // Refusals first: afterwards the case must be exactly as filed.
    for (boolean reaching : List.of(false, true)) {
      for (Position position : positions()) {
        for (Map.Entry<String, Probe> probe : probes.entrySet()) {
          boolean reaches = reaches(position, probe.getValue().kind());
          if (reaches != reaching) {
            continue;
          }
          int status = perform(probe.getValue(), position);
          if (!expected(position, probe.getKey(), probe.getValue(), reaches, status)) {
            wrong.add(position.name() + " " + probe.getKey() + " → " + status);
          }
          cells++;
        }
      }
      if (!reaching) {
        assertUnchanged();
      }
    }
    assertThat(wrong).as("unexpected answers").isEmpty();
    assertThat(cells).isEqualTo(positions().size() * probes.size());
    assertUnchanged();
  }

  private static boolean reaches(Position position, Kind kind) {
    return switch (kind) {
      case CASE -> position.reachesCase();
      case LOOKUP -> position.reachesLookUp();
      case RECEIPT_HOLDER -> false;
    };
  }

  private int perform(Probe probe, Position position) throws Exception {
    AbstractMockHttpServletRequestBuilder<?> request = probe.request().apply(number.value());
    if (position.staff() != null) {
      request.with(user(position.staff()));
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  /** In reach: an answer (a GET 200); out of reach: 404; anonymous: 401 or the sign-in page. */
  private static boolean expected(
      Position position, String path, Probe probe, boolean reaches, int status) {
    if (position.staff() == null && probe.kind() != Kind.RECEIPT_HOLDER) {
      return status == (path.startsWith("/api/") ? 401 : 302);
    }
    if (!reaches) {
      return status == 404;
    }
    boolean read =
        !path.contains("/api/v1/cases/{number}/")
            && !path.endsWith("/applicant")
            && !path.contains("/actions/")
            && !path.endsWith("/attachments")
            && !path.endsWith("/verifications");
    return read ? status == 200 : status != 404 && status != 401 && status < 500;
  }

  private void assertUnchanged() {
    assertThat(work.history(number)).as("the case took no step").hasSize(1);
    assertThat(CaseFixtures.storedAttachments(context, number)).isOne();
    assertThat(CaseFixtures.storedVerifications(context, number)).isZero();
  }

  @Test
  void jointHandlingAndAssignmentWidenTheReachOfTheUnitsAndOfficersConcerned() throws Exception {
    StaffPrincipal head = own.as(Role.UNIT_HEAD);
    int version =
        new CaseListFixtures(context)
            .assign(own, number, own.username(Role.CASE_OFFICER))
            .version();
    version =
        work.start(own.as(Role.CASE_OFFICER), new CaseCommand.Start(number, version)).version();
    mvc.perform(
            post("/api/v1/cases/" + number.value() + "/joint-handling")
                .with(user(head))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":"
                        + version
                        + ",\"unitId\":"
                        + otherUnit
                        + ",\"amount\":1,\"unit\":\"WORKING_DAYS\"}"))
        .andReturn();
    CaseNumber child = work.lookUp(number, any -> true).orElseThrow().children().get(0).number();
    StaffPrincipal helper = otherUnitStaff.get(Role.CASE_OFFICER);
    assertThat(status(helper, "/console/cases/" + child.value())).isEqualTo(200);
    assertThat(status(helper, "/console/cases/" + number.value()))
        .as("the parent it helps with")
        .isEqualTo(200);
    assertThat(status(own.as(Role.CASE_OFFICER), "/console/cases/" + child.value()))
        .as("the child of its own unit's case")
        .isEqualTo(200);
    assertThat(status(otherUnitStaff.get(Role.COUNTER_CLERK), "/console/cases/" + child.value()))
        .isEqualTo(404);

    CaseNumber second = AttachmentSamples.fileCase(context, own.code(), own.unit().id());
    assertThat(status(helper, "/console/cases/" + second.value())).isEqualTo(404);
    new CaseListFixtures(context).assign(own, second, helper.getUsername());
    assertThat(status(helper, "/console/cases/" + second.value()))
        .as("assigned to an officer of another unit")
        .isEqualTo(200);
  }

  @Test
  void listsShowNoCaseOutOfReach() throws Exception {
    for (Position position : positions()) {
      if (position.staff() == null) {
        continue;
      }
      String page =
          mvc.perform(get("/console/cases").param("view", "ALL").with(user(position.staff())))
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (!position.reachesCase()) {
        assertThat(page).as(position.name()).doesNotContain(number.value());
      } else if (!position.name().contains("case officer")) {
        assertThat(page).as(position.name()).contains(number.value());
      }
    }
  }

  private int status(StaffPrincipal staff, String path) throws Exception {
    return mvc.perform(get(path).with(user(staff))).andReturn().getResponse().getStatus();
  }
}
