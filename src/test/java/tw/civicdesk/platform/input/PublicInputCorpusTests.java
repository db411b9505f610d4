// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.faq.FaqFixtures;
import tw.civicdesk.open311.ApiKeys;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.platform.input.CorpusRequests.Req;
import tw.civicdesk.platform.input.PublicHandlers.Handler;
import tw.civicdesk.platform.input.PublicHandlers.Input;
import tw.civicdesk.platform.input.PublicHandlers.Kind;
import tw.civicdesk.surveys.SurveyFixtures;

/**
 * Issue 15 (S6, S13): a corpus of hostile text goes into every input of every public handler —
 * taken from the handler mappings — on top of an otherwise valid request. Text that must be refused
 * (NUL, a lone surrogate, a megabyte) is refused (4xx, or the page again with a field error) and
 * stores no row in any table; text that is merely hostile (a bidi override, full-width script tags,
 * SQL, a path) never causes a 5xx. A new public handler fails the test until it gets a valid
 * request here.
 */
@IntegrationTest
class PublicInputCorpusTests {

  /** Half of a surrogate pair, alone. */
  static final String LONE_SURROGATE = "王\uD800小明";

  /** Text no input may take: a NUL, a lone surrogate, a megabyte. */
  static final List<String> REFUSED = List.of("王\u0000小明", LONE_SURROGATE, "a".repeat(1 << 20));

  /** Text an input may take (and store verbatim), but that must never break anything. */
  static final List<String> HOSTILE =
      List.of(
          "\u202Egnp.exe",
          "＜script＞alert(1)＜/script＞",
          "'; drop table casework_case; --",
          "../../etc/passwd");

  /**
   * Tables whose rows change whatever a request holds: the scheduler's own, and the throttle, which
   * counts every attempt at an anonymous door per client address (ADR 0024) before the handler runs
   * — its subjects are digests or numbers binding already checked, never the text.
   */
  static final Set<String> NOT_CONTENT = Set.of("scheduled_tasks", "platform_throttle");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired CatalogueEditing editing;
  @Autowired CaseWork work;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void theCorpusReachesEveryPublicHandler() {
    assertThat(PublicHandlers.of(mapping).keySet())
        .as("a new public handler needs a valid request in PublicInputCorpusTests.bases()")
        .containsExactlyInAnyOrderElementsOf(bases(Data.NONE).keySet());
  }

  @Test
  void everyPublicInputRefusesTheCorpusWithoutA5xxOrAStoredRow() throws Exception {
    Map<String, Supplier<Req>> bases = bases(data());
    List<String> failures = new ArrayList<>();
    int sent = 0;
    int inputs = 0;
    for (Handler handler : PublicHandlers.of(mapping).values()) {
      List<Input> all = new ArrayList<>(handler.inputs());
      all.add(new Input(Kind.PARAM, "lang", false));
      inputs += all.size();
      Supplier<Req> base = bases.get(handler.key());
      Map<String, Long> before = rows();
      for (Input input : all) {
        for (String text : REFUSED) {
          if (input.kind() == Kind.PATH && text.equals(LONE_SURROGATE)) {
            continue; // a URL cannot carry it: UTF-8 has no bytes for half a pair
          }
          for (boolean asKey : input.map() ? new boolean[] {false, true} : new boolean[] {false}) {
            MvcResult r = mvc.perform(base.get().with(input, text, asKey).build()).andReturn();
            sent++;
            if (!refused(r)) {
              failures.add(describe(handler, input, text, r) + " was not refused");
            }
          }
        }
      }
      Map<String, Long> after = rows();
      if (!after.equals(before)) {
        failures.add(handler.key() + " stored rows: " + changed(before, after));
      }
      for (Input input : all) {
        for (String text : HOSTILE) {
          MvcResult r = mvc.perform(base.get().with(input, text, false).build()).andReturn();
          sent++;
          if (r.getResponse().getStatus() >= 500) {
            failures.add(describe(handler, input, text, r) + " answered 5xx");
          }
        }
      }
    }
    System.out.printf("Corpus: %d handlers, %d inputs, %d requests%n", bases.size(), inputs, sent);
    assertThat(failures).isEmpty();
    assertThat(jdbc.sql("select count(*) from casework_case").query(Long.class).single())
        .as("the tables are still there")
        .isPositive();
  }

  private static boolean refused(MvcResult r) throws Exception {
    int status = r.getResponse().getStatus();
    return status >= 400 && status < 500
        || status == 200 && r.getResponse().getContentAsString().contains("-error\"");
  }

  private static String describe(Handler handler, Input input, String text, MvcResult r) {
    String shown =
        text.length() > 40
            ? text.substring(0, 10) + "…(" + text.length() + ")"
            : text.replace("\u0000", "\\0");
    return handler.key()
        + " "
        + input.kind()
        + " "
        + input.name()
        + "="
        + shown
        + " → "
        + r.getResponse().getStatus();
  }

  private Map<String, Long> rows() {
    String union =
        jdbc.sql(
                """
        select string_agg(format('select %L as t, count(*) as n from %I', tablename, tablename),
          ' union all ') from pg_tables where schemaname = 'public'
          and tablename not like 'flyway%'""")
            .query(String.class)
            .single();
    Map<String, Long> rows = new java.util.TreeMap<>();
    jdbc.sql(union).query((rs, i) -> rows.put(rs.getString("t"), rs.getLong("n"))).list();
    rows.keySet().removeAll(NOT_CONTENT);
    return rows;
  }

  private static String changed(Map<String, Long> before, Map<String, Long> after) {
    Map<String, String> diff = new LinkedHashMap<>();
    after.forEach(
        (t, n) -> {
          if (!n.equals(before.get(t))) {
            diff.put(t, before.get(t) + " → " + n);
          }
        });
    return diff.toString();
  }

  /** What the valid requests refer to. */
  record Data(
      String agency,
      String service,
      String tracked,
      String trackedCode,
      String withdrawn,
      String withdrawnCode,
      String awaiting,
      String awaitingCode,
      String open311Key,
      String open311Request,
      String open311Token,
      String survey,
      String faq,
      String announcement) {
    static final Data NONE = new Data("", "", "", "", "", "", "", "", "", "", "", "", "", "");
  }

  private Data data() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("CORPUS", null);
    ServiceCode service = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            service,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), service, entry.revision());
    CaseNumber tracked = file(service);
    CaseNumber withdrawn = file(service);
    CaseNumber awaiting = file(service);
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    int version =
        work.assign(
                agency.as(Role.UNIT_HEAD),
                new CaseCommand.Assign(awaiting, 0, officer.getUsername()))
            .version();
    version = work.start(officer, new CaseCommand.Start(awaiting, version)).version();
    work.requestSupplement(
        officer, new CaseCommand.RequestSupplement(awaiting, version, List.of("戶籍謄本"), 7));
    PetitionFixtures.open(context, agency);
    context
        .getBean(tw.civicdesk.proposals.ProposalSetup.class)
        .setCitizenFormOpen(agency.as(Role.QUALITY_OFFICER), agency.code(), true);
    String key =
        context
            .getBean(ApiKeys.class)
            .issue(agency.as(Role.AGENCY_ADMIN), agency.code().value(), "corpus", 100_000)
            .secret();
    var report =
        JsonMapper.builder()
            .build()
            .readTree(
                mvc.perform(open311Report(agency.code().value(), key))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get(0);
    return new Data(
        agency.code().value(),
        service.value(),
        tracked.value(),
        work.verificationCode(tracked),
        withdrawn.value(),
        work.verificationCode(withdrawn),
        awaiting.value(),
        work.verificationCode(awaiting),
        key,
        report.get("service_request_id").asString(),
        report.get("token").asString(),
        SurveyFixtures.open(context, agency, "counter", 30).code().value(),
        FaqFixtures.published(context, agency, "CORPUS", "垃圾車幾點來？").entry().code().value(),
        Long.toString(
            tw.civicdesk.announcements.AnnouncementFixtures.published(
                    context,
                    agency,
                    tw.civicdesk.announcements.AnnouncementCategory.NEWS,
                    "資源回收日調整")
                .id()));
  }

  private static MockHttpServletRequestBuilder open311Report(String agency, String key) {
    return post("/open311/v2/requests.json")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("api_key", key)
        .param("jurisdiction_id", agency)
        .param("service_code", "street-light")
        .param("lat", "24.8271")
        .param("long", "121.7712")
        .param("attribute[lamp-number]", "JX-0123");
  }

  private CaseNumber file(ServiceCode service) throws Exception {
    String receipt =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CorpusRequests.Json.write(application(service.value()))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return new CaseNumber(
        JsonMapper.builder().build().readTree(receipt).get("caseNumber").asString());
  }

  private static Map<String, Object> application(String service) {
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("name", "林小明");
    applicant.put("email", "lin@example.invalid");
    applicant.put("phone", "0912345678");
    applicant.put("language", "zh-TW");
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("nationalId", "A123456789");
    fields.put("purpose", "fees");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serviceCode", service);
    body.put("applicant", applicant);
    body.put("fields", fields);
    body.put("consent", true);
    return body;
  }

  /** A valid request for each public handler, by {@code "METHOD pattern"}. */
  static Map<String, Supplier<Req>> bases(Data d) {
    Map<String, Supplier<Req>> b = new LinkedHashMap<>();
    RequestMethod get = RequestMethod.GET;
    RequestMethod post = RequestMethod.POST;
    b.put("GET /", () -> new Req(get, "/"));
    b.put("GET /sign-in", () -> new Req(get, "/sign-in"));
    b.put("GET /your-application", () -> new Req(get, "/your-application"));
    b.put("GET /privacy", () -> new Req(get, "/privacy"));
    b.put("GET /security", () -> new Req(get, "/security"));
    b.put("GET /accessibility", () -> new Req(get, "/accessibility"));
    b.put(
        "GET /services",
        () ->
            new Req(get, "/services")
                .param("agency", d.agency())
                .param("q", "證明")
                .param("page", "0"));
    b.put(
        "GET /search",
        () ->
            new Req(get, "/search")
                .param("q", "證明")
                .param("type", "service")
                .param("agency", d.agency()));
    b.put(
        "GET /api/v1/search",
        () ->
            new Req(get, "/api/v1/search")
                .param("q", "證明")
                .param("type", "all")
                .param("lang", "zh-TW")
                .param("agency", d.agency()));
    b.put("GET /services/{code}", () -> new Req(get, "/services/{code}").path("code", d.service()));
    b.put(
        "GET /services/{code}/files/{fileId}",
        () ->
            new Req(get, "/services/{code}/files/{fileId}")
                .path("code", d.service())
                .path("fileId", "1"));
    b.put(
        "GET /services/{code}/apply",
        () -> new Req(get, "/services/{code}/apply").path("code", d.service()));
    b.put(
        "POST /services/{code}/apply",
        () ->
            new Req(post, "/services/{code}/apply")
                .path("code", d.service())
                .param("token", UUID.randomUUID().toString())
                .param("name", "林小明")
                .param("email", "lin@example.invalid")
                .param("phone", "0912345678")
                .param("language", "zh-TW")
                .param("fields[nationalId]", "A123456789")
                .param("fields[purpose]", "fees")
                .param("consent", "true"));
    b.put(
        "GET /services/{code}/apply/check",
        () -> new Req(get, "/services/{code}/apply/check").path("code", d.service()));
    b.put(
        "POST /services/{code}/apply/check",
        () ->
            new Req(post, "/services/{code}/apply/check")
                .path("code", d.service())
                .param("draft", UUID.randomUUID().toString()));
    b.put(
        "GET /receipts/{number}",
        () -> new Req(get, "/receipts/{number}").path("number", d.tracked()));
    b.put("GET /agencies/{code}", () -> new Req(get, "/agencies/{code}").path("code", d.agency()));
    b.put(
        "GET /agencies/{code}/plan",
        () -> new Req(get, "/agencies/{code}/plan").path("code", d.agency()));
    b.put(
        "GET /agencies/{code}/links",
        () -> new Req(get, "/agencies/{code}/links").path("code", d.agency()));
    b.put(
        "GET /agencies/{code}/handbook.pdf",
        () ->
            new Req(get, "/agencies/{code}/handbook.pdf")
                .path("code", d.agency())
                .param("unit", ""));
    b.put(
        "GET /agencies/{code}/handbook.odt",
        () ->
            new Req(get, "/agencies/{code}/handbook.odt")
                .path("code", d.agency())
                .param("lang", "en"));
    b.put("GET /track", () -> new Req(get, "/track").param("number", d.tracked()));
    b.put(
        "POST /track",
        () -> new Req(post, "/track").param("number", d.tracked()).param("code", d.trackedCode()));
    b.put("GET /track/contact", () -> new Req(get, "/track/contact").param("number", d.tracked()));
    b.put(
        "GET /track/contact/confirm",
        () -> new Req(get, "/track/contact/confirm").param("number", d.tracked()));
    b.put(
        "POST /track/contact",
        () ->
            new Req(post, "/track/contact")
                .param("number", d.tracked())
                .param("code", d.trackedCode())
                .param("channel", "EMAIL")
                .param("address", "new@example.invalid"));
    b.put(
        "POST /track/contact/confirm",
        () ->
            new Req(post, "/track/contact/confirm")
                .param("number", d.tracked())
                .param("code", d.trackedCode())
                .param("confirmation", "ABCDEF"));
    b.put("GET /track/mine", () -> new Req(get, "/track/mine"));
    b.put(
        "POST /track/mine",
        () -> new Req(post, "/track/mine").param("address", "lin@example.invalid"));
    b.put(
        "GET /track/mine/{token}",
        () -> new Req(get, "/track/mine/{token}").path("token", "a".repeat(43)));
    b.put("GET /supplements", () -> new Req(get, "/supplements").param("number", d.tracked()));
    b.put(
        "POST /supplements/lookup",
        () ->
            new Req(post, "/supplements/lookup")
                .param("number", d.awaiting())
                .param("code", d.awaitingCode()));
    b.put(
        "POST /supplements",
        () ->
            new Req(post, "/supplements")
                .param("number", d.awaiting())
                .param("code", d.awaitingCode())
                .param("note", "已補上"));
    b.put("GET /withdrawals", () -> new Req(get, "/withdrawals"));
    b.put(
        "POST /withdrawals",
        () ->
            new Req(post, "/withdrawals")
                .param("number", d.withdrawn())
                .param("code", d.withdrawnCode())
                .param("reason", "不需要了"));
    b.put(
        "GET /api/v1/services",
        () ->
            new Req(get, "/api/v1/services")
                .param("agency", d.agency())
                .param("page", "0")
                .param("size", "20"));
    b.put(
        "GET /api/v1/services/{code}",
        () -> new Req(get, "/api/v1/services/{code}").path("code", d.service()));
    b.put("GET /api/v1/agencies", () -> new Req(get, "/api/v1/agencies"));
    b.put(
        "GET /api/v1/agencies/{code}",
        () -> new Req(get, "/api/v1/agencies/{code}").path("code", d.agency()));
    b.put(
        "GET /api/v1/plans",
        () -> new Req(get, "/api/v1/plans").param("agency", d.agency()).param("year", "2026"));
    b.put(
        "GET /api/v1/tracking/{caseNumber}",
        () ->
            new Req(get, "/api/v1/tracking/{caseNumber}")
                .path("caseNumber", d.tracked())
                .param("code", d.trackedCode()));
    b.put(
        "POST /api/v1/cases",
        () ->
            new Req(post, "/api/v1/cases")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(application(d.service())));
    b.put(
        "POST /api/v1/notifications/delivery-receipts",
        () ->
            new Req(post, "/api/v1/notifications/delivery-receipts")
                .header("Authorization", "Bearer " + IntegrationTest.CALLBACK_KEY)
                .json(
                    new LinkedHashMap<>(
                        Map.of("messageId", UUID.randomUUID().toString(), "status", "DELIVERED"))));
    b.put(
        "GET /api/v1/categories",
        () ->
            new Req(get, "/api/v1/categories")
                .param("agency", d.agency())
                .param("kind", "FACILITY_REPORT"));
    open311(b, d);
    PetitionCorpus.bases(b, d.agency(), d.open311Request(), d.tracked(), d.trackedCode());
    SurveyCorpus.bases(b, d.agency(), d.survey(), d.tracked(), d.trackedCode());
    proposals(b, d);
    announcements(b, d);
    agencySite(b, d);
    openData(b, d);
    b.put("GET /faq", () -> new Req(get, "/faq").param("agency", d.agency()));
    b.put("GET /faq/{code}", () -> new Req(get, "/faq/{code}").path("code", d.faq()));
    b.put(
        "POST /faq/{code}/vote",
        () ->
            new Req(RequestMethod.POST, "/faq/{code}/vote")
                .path("code", d.faq())
                .param("helpful", "yes"));
    return b;
  }

  /** The open-data pages and files (issue 22): GETs only, a dataset id and a period in the path. */
  private static void openData(Map<String, Supplier<Req>> b, Data d) {
    RequestMethod get = RequestMethod.GET;
    b.put("GET /open-data", () -> new Req(get, "/open-data").param("agency", d.agency()));
    b.put(
        "GET /open-data/{id}",
        () ->
            new Req(get, "/open-data/{id}")
                .path("id", "cases-monthly")
                .param("agency", d.agency()));
    b.put("GET /open-data/catalog.jsonld", () -> new Req(get, "/open-data/catalog.jsonld"));
    b.put("GET /api/v1/open-data", () -> new Req(get, "/api/v1/open-data"));
    b.put(
        "GET /open-data/{id}/metadata.json",
        () -> new Req(get, "/open-data/{id}/metadata.json").path("id", "cases-monthly"));
    for (String f : List.of("csv", "json", "ods")) {
      String latest = "/open-data/{id}." + f;
      String period = "/open-data/{id}/{period}." + f;
      b.put(
          "GET " + latest,
          () -> {
            Req r = new Req(get, latest).path("id", "cases-monthly");
            return f.equals("csv") ? r.param("bom", "true") : r;
          });
      b.put(
          "GET " + period,
          () -> {
            Req r = new Req(get, period).path("id", "cases-monthly").path("period", "2026-03");
            return f.equals("csv") ? r.param("bom", "true") : r;
          });
    }
  }

  /**
   * The public proposal pages (issue 21): the accountability page, one proposal (none is published
   * here, so 404 after the text check) and the citizens' form, which the corpus agency opens.
   */
  private static void proposals(Map<String, Supplier<Req>> b, Data d) {
    RequestMethod get = RequestMethod.GET;
    String base = "/agencies/{code}/proposals";
    b.put(
        "GET " + base,
        () ->
            new Req(get, base)
                .path("code", d.agency())
                .param("status", "ADOPTED")
                .param("unit", "1"));
    b.put(
        "GET " + base + "/{number}",
        () ->
            new Req(get, base + "/{number}")
                .path("code", d.agency())
                .path("number", d.agency() + "-P-2026-001"));
    b.put("GET " + base + "/new", () -> new Req(get, base + "/new").path("code", d.agency()));
    b.put(
        "POST " + base + "/new",
        () ->
            new Req(RequestMethod.POST, base + "/new")
                .path("code", d.agency())
                .param("titleZh", "夜間路燈巡查")
                .param("titleEn", "Night patrol of street lights")
                .param("problem", "路燈常不亮")
                .param("idea", "請里幹事回報")
                .param("benefit", "少跑一趟")
                .param("hoursSaved", "1.5")
                .param("moneySaved", "100")
                .param("documentsSaved", "1")
                .param("services", "")
                .param("citizenName", "林小明")
                .param("citizenContact", "lin@example.invalid"));
  }

  /**
   * The public announcement pages and the Atom feed (issue 22): the list with a category and page,
   * one announcement, a file of it (none is attached, so 404 after the text check) and the feed.
   */
  private static void announcements(Map<String, Supplier<Req>> b, Data d) {
    RequestMethod get = RequestMethod.GET;
    String base = "/agencies/{code}/announcements";
    b.put(
        "GET " + base,
        () ->
            new Req(get, base)
                .path("code", d.agency())
                .param("category", "news")
                .param("page", "1"));
    b.put(
        "GET " + base + "/{id}",
        () -> new Req(get, base + "/{id}").path("code", d.agency()).path("id", d.announcement()));
    b.put(
        "GET " + base + "/{id}/files/{fileId}",
        () ->
            new Req(get, base + "/{id}/files/{fileId}")
                .path("code", d.agency())
                .path("id", d.announcement())
                .path("fileId", "1"));
    b.put(
        "GET /agencies/{code}/feed.atom",
        () ->
            new Req(get, "/agencies/{code}/feed.atom")
                .path("code", d.agency())
                .param("category", "news"));
  }

  /**
   * The agency's own site section (issue 22): its organisation chart, personal-data page, the
   * documents list (filtered by category and year) and a document's file (none here, so 404 after
   * the text check).
   */
  private static void agencySite(Map<String, Supplier<Req>> b, Data d) {
    RequestMethod get = RequestMethod.GET;
    String a = "/agencies/{code}";
    b.put(
        "GET " + a + "/organisation",
        () -> new Req(get, a + "/organisation").path("code", d.agency()));
    b.put("GET " + a + "/privacy", () -> new Req(get, a + "/privacy").path("code", d.agency()));
    b.put(
        "GET " + a + "/documents",
        () ->
            new Req(get, a + "/documents")
                .path("code", d.agency())
                .param("category", "BUDGET")
                .param("year", "2026"));
    b.put(
        "GET " + a + "/documents/{id}/files/{position}",
        () ->
            new Req(get, a + "/documents/{id}/files/{position}")
                .path("code", d.agency())
                .path("id", "1")
                .path("position", "1"));
  }

  /** The Open311 endpoints (ADR 0039), in the corpus agency's jurisdiction. */
  private static void open311(Map<String, Supplier<Req>> b, Data d) {
    RequestMethod get = RequestMethod.GET;
    String base = "/open311/v2/";
    b.put(
        "GET /open311/v2/services.{format}",
        () ->
            new Req(get, base + "services.{format}")
                .path("format", "json")
                .param("jurisdiction_id", d.agency()));
    b.put(
        "GET /open311/v2/services/{code}.{format}",
        () ->
            new Req(get, base + "services/{code}.{format}")
                .path("code", "street-light")
                .path("format", "xml")
                .param("jurisdiction_id", d.agency()));
    b.put(
        "GET /open311/v2/requests.{format}",
        () ->
            new Req(get, base + "requests.{format}")
                .path("format", "json")
                .param("jurisdiction_id", d.agency())
                .param("service_code", "street-light")
                .param("status", "open")
                .param("start_date", "2000-01-01T00:00:00Z")
                .param("page_size", "10"));
    b.put(
        "GET /open311/v2/requests/{id}.{format}",
        () ->
            new Req(get, base + "requests/{id}.{format}")
                .path("id", d.open311Request())
                .path("format", "json")
                .param("jurisdiction_id", d.agency()));
    b.put(
        "GET /open311/v2/tokens/{token}.{format}",
        () ->
            new Req(get, base + "tokens/{token}.{format}")
                .path("token", d.open311Token())
                .path("format", "xml")
                .param("jurisdiction_id", d.agency()));
    b.put(
        "POST /open311/v2/requests.{format}",
        () ->
            new Req(RequestMethod.POST, base + "requests.{format}")
                .path("format", "json")
                .param("api_key", d.open311Key())
                .param("jurisdiction_id", d.agency())
                .param("service_code", "street-light")
                .param("lat", "24.8271")
                .param("long", "121.7712")
                .param("attribute[lamp-number]", "JX-0123")
                .param("first_name", "小明")
                .param("last_name", "林")
                .param("email", "lin@example.invalid")
                .param("description", "路燈不亮"));
  }
}
