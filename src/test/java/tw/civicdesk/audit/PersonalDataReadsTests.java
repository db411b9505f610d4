// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.FieldType;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Every console page and staff API that shows personal data leaves an audit row (QUALITY.md S10,
 * ADR 0028). The handler mappings are enumerated, so a new one is caught: every path with a case
 * number must be classified here, every staff GET is walked as every role, and one whose answer
 * holds the applicant's personal data (or the verification code) without being a known, audited
 * read fails the test.
 */
@IntegrationTest
class PersonalDataReadsTests {

  /** Reads that show personal data (or the code), with the audit action each must write. */
  static final Map<String, String> AUDITED =
      Map.of(
          "POST /console/cases/{number}/applicant", AuditEvent.PERSONAL_DATA_READ,
          "GET /console/cases/{number}/attachments/{id}", AuditEvent.PERSONAL_DATA_READ,
          "GET /console/cases/{number}/receipt", AuditEvent.VERIFICATION_CODE_SHOWN,
          "GET /console/track", AuditEvent.CASE_LOOKUP,
          "GET /api/v1/staff/tracking/{caseNumber}", AuditEvent.CASE_LOOKUP);

  /** Paths with a case number that show no personal data, and why. */
  static final Map<String, String> NOT_PERSONAL =
      Map.ofEntries(
          Map.entry("GET /console/cases/{number}", "addresses and national IDs masked"),
          Map.entry(
              "POST /console/cases/{number}/actions/{action}", "redirects, or the masked page"),
          Map.entry("POST /console/cases/{number}/attachments", "stores a file, redirects"),
          Map.entry("POST /console/cases/{number}/verifications", "records a check, redirects"),
          Map.entry(
              "GET /api/v1/cases/{number}", "the case, its history and actions; no applicant"),
          Map.entry("POST /api/v1/cases/{number}/attachments", "the stored file's metadata"),
          Map.entry("GET /api/v1/tracking/{caseNumber}", "public: the receipt holder, masked name"),
          Map.entry("GET /console/petitions/{number}/reply", "the reply form; no applicant"),
          Map.entry("POST /console/petitions/{number}/reply", "the reply to check, or redirects"),
          Map.entry("GET /console/petitions/{number}/rating", "a rating form; no applicant"),
          Map.entry("POST /console/petitions/{number}/rating", "stores a rating, redirects"),
          Map.entry("GET /console/petitions/{number}/reopen", "the rating and the decision form"),
          Map.entry("POST /console/petitions/{number}/reopen", "records the decision, redirects"));

  /** Steps of the staff API answer the case as GET /api/v1/cases/{number} does. */
  static final Pattern STEP =
      Pattern.compile("POST /api/v1/cases/\\{number}/(?!attachments)[a-z-]+");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired CaseWork work;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  TestOrganisation.Setup agency;
  CaseNumber number;
  long attachment;
  List<String> personal;

  @BeforeEach
  void aCaseFiledAtTheCounterWithEveryKindOfPersonalData() throws Exception {
    agency = TestOrganisation.from(context).agency("PDWALK", null);
    ServiceCode service = new ServiceCode(agency.code().value() + "-SITE");
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    var officer = agency.as(Role.QUALITY_OFFICER);
    var entry =
        editing.create(
            officer,
            agency.code(),
            service,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate()
                .withFields(
                    List.of(
                        FormField.of(
                            "holder",
                            FieldType.NATIONAL_ID,
                            true,
                            new BilingualText("持有人", "Holder")),
                        FormField.of(
                            "site", FieldType.ADDRESS, true, new BilingualText("地點", "Site")))));
    editing.publish(officer, service, entry.revision());
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String applicantId = nationalId('F', 2);
    String holderId = nationalId('G', 1);
    String email = "walk-" + tag + "@example.invalid";
    personal =
        List.of(
            "簡淑" + tag.substring(0, 1) + "芬",
            applicantId,
            email,
            "0933" + digits(tag),
            "宜蘭縣頭城鎮青雲路三段" + digits(tag) + "號",
            holderId,
            "宜蘭縣礁溪鄉溫泉路88巷" + digits(tag) + "號2樓");
    // Filed at the counter by the agency's clerk, who may reprint its receipt with the code
    // (need-to-know, ADR 0025: counter clerks reach the cases they filed).
    MvcResult filed =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", "walk-" + tag)
                    .with(httpBasic(agency.username(Role.COUNTER_CLERK), TestOrganisation.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
            {"serviceCode": "%s", "applicant": {"name": "%s", "nationalId": "%s",
             "email": "%s", "phone": "%s", "address": "%s", "language": "zh-TW",
             "notifyBy": "POST"},
             "fields": {"holder": "%s", "site": "%s"}, "consent": true}
            """
                            .formatted(
                                service.value(),
                                personal.get(0),
                                applicantId,
                                email,
                                personal.get(3),
                                personal.get(4),
                                holderId,
                                personal.get(6))))
            .andReturn();
    assertThat(filed.getResponse().getStatus())
        .as(filed.getResponse().getContentAsString())
        .isEqualTo(201);
    number =
        jdbc.sql("select number from casework_case where agency_code = ?")
            .param(agency.code().value())
            .query((rs, n) -> new CaseNumber(rs.getString(1)))
            .single();
    attachment =
        work.attach(
                agency.as(Role.COUNTER_CLERK),
                new CaseCommand.Attach(number, "id-card.pdf", AttachmentSamples.PDF, null))
            .id();
  }

  private static String digits(String tag) {
    return String.format(Locale.ROOT, "%06d", Math.abs(tag.hashCode()) % 1_000_000);
  }

  /** A valid national ID with a random body: letter, gender digit, seven digits, check digit. */
  static String nationalId(char letter, int gender) {
    int[] values = {
      10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
      30, 31, 33
    };
    int v = values[letter - 'A'];
    String body = gender + String.format(Locale.ROOT, "%07d", (int) (Math.random() * 10_000_000));
    int sum = v / 10 + v % 10 * 9;
    for (int i = 0; i < 8; i++) {
      sum += (body.charAt(i) - '0') * (8 - i);
    }
    return letter + body + (10 - sum % 10) % 10;
  }

  private long rows(String action) {
    return jdbc.sql("select count(*) from audit_log where subject_id = ? and action = ?")
        .params(number.value(), action)
        .query(Long.class)
        .single();
  }

  private Set<String> mapped(String prefix) {
    Set<String> found = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          if (pattern.startsWith(prefix)) {
            found.add(m.name() + " " + pattern);
          }
        }
      }
    }
    return found;
  }

  @Test
  void everyPathWithACaseNumberIsClassifiedAsAnAuditedReadOrAsShowingNoPersonalData() {
    Set<String> withCase = new TreeSet<>();
    for (String prefix : List.of("/console", "/api")) {
      mapped(prefix).stream()
          .filter(m -> m.contains("{number}") || m.contains("{caseNumber}"))
          // a proposal's number is no case number; ProposalPagesTests proves its audited read
          .filter(m -> !m.contains("/proposals/"))
          .filter(m -> !STEP.matcher(m).matches())
          .forEach(withCase::add);
    }
    Set<String> classified = new TreeSet<>(AUDITED.keySet());
    classified.addAll(NOT_PERSONAL.keySet());
    classified.remove("GET /console/track");
    assertThat(withCase)
        .as("classify each new path in AUDITED or NOT_PERSONAL")
        .isEqualTo(classified);
  }

  @Test
  void everyAuditedReadLeavesOneRowNamingWhatWasReadAndWhy() throws Exception {
    String n = number.value();
    Map<String, RequestBuilder> requests = new LinkedHashMap<>();
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    requests.put(
        "POST /console/cases/{number}/applicant",
        post("/console/cases/" + n + "/applicant").with(csrf()).with(user(officer)));
    requests.put(
        "GET /console/cases/{number}/attachments/{id}",
        get("/console/cases/" + n + "/attachments/" + attachment).with(user(officer)));
    requests.put(
        "GET /console/cases/{number}/receipt",
        get("/console/cases/" + n + "/receipt").with(user(agency.as(Role.COUNTER_CLERK))));
    requests.put(
        "GET /console/track", get("/console/track").param("number", n).with(user(officer)));
    requests.put(
        "GET /api/v1/staff/tracking/{caseNumber}",
        get("/api/v1/staff/tracking/" + n)
            .with(httpBasic(officer.getUsername(), TestOrganisation.PASSWORD)));
    assertThat(requests.keySet()).containsExactlyInAnyOrderElementsOf(AUDITED.keySet());
    for (Map.Entry<String, RequestBuilder> read : requests.entrySet()) {
      String action = AUDITED.get(read.getKey());
      long before = rows(action);
      MvcResult answer = mvc.perform(read.getValue()).andReturn();
      assertThat(answer.getResponse().getStatus()).as(read.getKey()).isEqualTo(200);
      assertThat(rows(action)).as(read.getKey()).isEqualTo(before + 1);
      assertThat(
              jdbc.sql(
                      """
          select detail from audit_log where subject_id = ? and action = ?
          order by id desc limit 1""")
                  .params(n, action)
                  .query(String.class)
                  .single())
          .as(read.getKey())
          .isNotBlank()
          .matches(action.equals(AuditEvent.CASE_LOOKUP) ? "owner=.+" : "read=.+;purpose=.+");
    }
  }

  @Test
  void theShownPersonalDataIsWhatTheRowSaysWasRead() throws Exception {
    String page =
        mvc.perform(
                post("/console/cases/" + number.value() + "/applicant")
                    .with(csrf())
                    .with(user(agency.as(Role.UNIT_HEAD))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(personal);
    assertThat(
            jdbc.sql(
                    """
        select detail from audit_log where subject_id = ? and action = 'PERSONAL_DATA_READ'
        order by id desc limit 1""")
                .param(number.value())
                .query(String.class)
                .single())
        .isEqualTo("read=applicant,field:holder,field:site;purpose=case-handling;roles=UNIT_HEAD");
  }

  @Test
  void theVerificationCodeIsShownOnlyToCounterClerksAndTheFilerEachTimeAudited() throws Exception {
    String code = work.verificationCode(number);
    long before = rows(AuditEvent.VERIFICATION_CODE_SHOWN);
    for (Role role : Role.values()) {
      String page =
          mvc.perform(
                  get("/console/cases/" + number.value() + "/receipt").with(user(agency.as(role))))
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(page.contains(code)).as(role.name()).isEqualTo(role == Role.COUNTER_CLERK);
    }
    assertThat(rows(AuditEvent.VERIFICATION_CODE_SHOWN)).isEqualTo(before + 1);
  }

  @Test
  void noOtherStaffPageOrApiShowsPersonalDataOrTheCodeToAnyRole() throws Exception {
    List<String> secrets = new ArrayList<>(personal);
    secrets.add(work.verificationCode(number));
    Set<String> pages = new TreeSet<>();
    for (String prefix : List.of("GET /console", "GET /api/v1/staff", "GET /api/v1/cases/")) {
      mapped(prefix.substring(4)).stream()
          .filter(m -> m.startsWith(prefix))
          .filter(m -> !AUDITED.containsKey(m))
          .forEach(pages::add);
    }
    long before =
        jdbc.sql("select count(*) from audit_log where subject_id = ?")
            .param(number.value())
            .query(Long.class)
            .single();
    int walked = 0;
    for (Role role : Role.values()) {
      for (String page : pages) {
        String path = fill(page.substring(4));
        String body =
            mvc.perform(get(path).with(user(agency.as(role))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        walked++;
        for (String secret : secrets) {
          assertThat(body)
              .as(
                  role
                      + " "
                      + page
                      + " shows personal data without an audit row;"
                      + " audit it and add it to AUDITED")
              .doesNotContain(secret);
        }
      }
    }
    assertThat(walked).isGreaterThanOrEqualTo(7 * 20);
    assertThat(
            jdbc.sql("select count(*) from audit_log where subject_id = ?")
                .param(number.value())
                .query(Long.class)
                .single())
        .as("no unlisted read audits")
        .isEqualTo(before);
    System.out.printf(
        "PersonalDataReadsTests: %d staff GET mappings walked as %d roles"
            + " (%d requests), none showing personal data unaudited%n",
        pages.size(), Role.values().length, walked);
  }

  /** The path with its variables filled in with this test's records. */
  private String fill(String pattern) {
    Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "number", "caseNumber" -> number.value();
            case "code" -> agency.code().value();
            default -> "1";
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void staffRecordingAnApplicantAtTheCounterIsAuditedAsAChangeOfPersonalData() throws Exception {
    StaffPrincipal clerk = agency.as(Role.COUNTER_CLERK);
    ServiceCode service = new ServiceCode(agency.code().value() + "-SITE");
    MvcResult filed =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", "walk-counter-" + UUID.randomUUID())
                    .with(httpBasic(clerk.getUsername(), TestOrganisation.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
            {"serviceCode": "%s", "channel": "COUNTER",
             "applicant": {"name": "%s", "phone": "%s", "language": "zh-TW"},
             "fields": {"holder": "%s", "site": "%s"}, "consent": true}
            """
                            .formatted(
                                service.value(),
                                personal.get(0),
                                personal.get(3),
                                personal.get(5),
                                personal.get(6))))
            .andReturn();
    assertThat(filed.getResponse().getStatus()).isEqualTo(201);
    String filedNumber =
        filed
            .getResponse()
            .getContentAsString()
            .replaceAll("(?s).*\"caseNumber\":\"([^\"]+)\".*", "$1");
    assertThat(
            jdbc.sql(
                    """
        select action || ' ' || detail from audit_log where subject_id = ? order by id""")
                .param(filedNumber)
                .query(String.class)
                .list())
        .containsExactly(
            "PERSONAL_DATA_CHANGED changed=applicant:name,phone;purpose=intake;channel=COUNTER",
            "VERIFICATION_CODE_SHOWN read=verification-code;purpose=receipt-filed");
  }
}
