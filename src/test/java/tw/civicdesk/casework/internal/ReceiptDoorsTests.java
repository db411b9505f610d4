// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tw.civicdesk.Concurrently;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.throttle.Throttle;
import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * Every public door that takes a case number with a code (or a link token) is behind the one
 * throttle — found from the handler mappings, not from a list, and proven by behaviour: from a
 * fresh client address, {@value ThrottleLimits#FAILURES} wrong guesses are answered and the next is
 * 429 with Retry-After; for one case from ever new addresses, the same. Fifty wrong guesses at
 * once, spread over the doors, are evaluated exactly {@value ThrottleLimits#FAILURES} times.
 */
@ThrottleLimits
class ReceiptDoorsTests {

  /** Inputs that carry a secret with a case number (both needed), or a secret on their own. */
  static final Set<String> CODES = Set.of("code", "verificationCode");

  static final Set<String> NUMBERS = Set.of("number", "caseNumber");
  static final Set<String> TOKENS = Set.of("token");

  /** Paths behind sign-in, where staff accounts and their lockout guard the door. */
  static final List<String> SIGNED_IN = List.of("/console", "/api/v1/staff", "/actuator");

  /**
   * Doors whose {@code token} or {@code code} is no secret: an Open311 token resolves only to the
   * public {@code service_request_id} of a facility report, which GET requests lists to anyone (ADR
   * 0039); a published proposal's page takes the agency's public code and the proposal's public
   * number, both listed on the agency's accountability page (ADR 0056).
   */
  static final Set<String> NOT_SECRETS =
      Set.of("GET /open311/v2/tokens/{token}.{format}", "GET /agencies/{code}/proposals/{number}");

  static final String WRONG = "AAAAAAAA";

  /** The doors this issue knows of; the enumeration must find each. */
  static final Set<String> KNOWN =
      Set.of(
          "GET /api/v1/tracking/{caseNumber}",
          "POST /track",
          "POST /track/contact",
          "POST /track/contact/confirm",
          "POST /supplements/lookup",
          "POST /supplements",
          "POST /withdrawals",
          "GET /track/mine/{token}",
          "POST /petitions/rating",
          "POST /surveys/case");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired Throttle throttle;
  @Autowired ReceiptChecks receipts;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  TestOrganisation.Setup agency;
  static final AtomicInteger CLIENTS = new AtomicInteger();
  static final AtomicInteger NUMBERS_USED = new AtomicInteger();

  /** A public handler that takes a secret. */
  record Door(RequestMethod method, String path, boolean takesANumber) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("DOORS", null);
  }

  /** Every public handler whose inputs include a receipt form, a code with a number, or a token. */
  List<Door> doors() {
    List<Door> doors = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Inputs in = inputs(e.getValue());
      boolean codeWithNumber = in.any(CODES) && in.any(NUMBERS);
      if (!in.receiptForm() && !codeWithNumber && !in.anyParameter(TOKENS)) {
        continue;
      }
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      for (String path : e.getKey().getPatternValues()) {
        if (SIGNED_IN.stream().noneMatch(path::startsWith)) {
          for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
            if (!NOT_SECRETS.contains(m + " " + path)) {
              doors.add(new Door(m, path, in.receiptForm() || codeWithNumber));
            }
          }
        }
      }
    }
    return doors;
  }

  /** The names a handler reads: request parameters, path variables and its forms' properties. */
  record Inputs(boolean receiptForm, Set<String> parameters, Set<String> properties) {
    boolean any(Set<String> names) {
      return anyParameter(names) || properties.stream().anyMatch(names::contains);
    }

    boolean anyParameter(Set<String> names) {
      return parameters.stream().anyMatch(names::contains);
    }
  }

  static Inputs inputs(HandlerMethod handler) {
    boolean receiptForm = false;
    Set<String> parameters = new HashSet<>();
    Set<String> properties = new HashSet<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      Class<?> type = p.getParameterType();
      receiptForm |= ReceiptHolderForm.class.isAssignableFrom(type);
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      PathVariable variable = p.getParameterAnnotation(PathVariable.class);
      if (param != null || variable != null) {
        String named = param != null ? param.name() : variable.name();
        parameters.add(named.isEmpty() ? p.getParameterName() : named);
      }
      if (p.hasParameterAnnotation(ModelAttribute.class)) {
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
          if (d.getWriteMethod() != null) {
            properties.add(d.getName());
          }
        }
      }
    }
    return new Inputs(receiptForm, parameters, properties);
  }

  /** A wrong guess at {@code door} for case {@code number} from {@code client}. */
  MockHttpServletRequestBuilder guess(Door door, String number, String client) {
    String token = randomToken();
    String path =
        door.path()
            .replace("{caseNumber}", number)
            .replace("{number}", number)
            .replace("{token}", token);
    MockHttpServletRequestBuilder request =
        door.method() == RequestMethod.GET ? get(path) : post(path).with(csrf());
    return request
        .param("number", number)
        .param("caseNumber", number)
        .param("code", WRONG)
        .param("verificationCode", WRONG)
        .param("confirmation", "000000")
        .param("channel", "EMAIL")
        .param("address", "doors@example.invalid")
        .param("token", token)
        .with(
            r -> {
              r.setRemoteAddr(client);
              return r;
            });
  }

  MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  /** A well-formed number of no case, different each time. */
  String unknownNumber() {
    return agency.code().value()
        + "-20200101-"
        + String.format("%05d", NUMBERS_USED.incrementAndGet());
  }

  static String freshClient() {
    int n = CLIENTS.incrementAndGet();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  static String randomToken() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 43; i++) {
      token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return token.toString();
  }

  @Test
  void theEnumerationFindsEveryDoorThisIssueKnowsOf() {
    assertThat(doors()).extracting(Door::toString).containsAll(KNOWN);
  }

  @Test
  void everyDoorAnswersTheLimitsWrongGuessesFromOneAddressAndRefusesTheNext() throws Exception {
    List<String> unthrottled = new ArrayList<>();
    for (Door door : doors()) {
      String client = freshClient();
      for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
        int status = send(guess(door, unknownNumber(), client)).getStatus();
        assertThat(status).as("guess %d at %s", i + 1, door).isIn(200, 404, 422);
      }
      MockHttpServletResponse over = send(guess(door, unknownNumber(), client));
      if (over.getStatus() != 429 || over.getHeader("Retry-After") == null) {
        unthrottled.add(door + " answered " + over.getStatus());
      }
    }
    assertThat(unthrottled).as("doors not behind the throttle per client address").isEmpty();
  }

  @Test
  void everyDoorWithANumberRefusesTheNextGuessForOneCaseFromAnyAddress() throws Exception {
    List<String> unthrottled = new ArrayList<>();
    for (Door door : doors()) {
      if (!door.takesANumber()) {
        continue;
      }
      String number =
          AttachmentSamples.fileCase(context, agency.code(), agency.unit().id()).value();
      for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
        assertThat(send(guess(door, number, freshClient())).getStatus())
            .as("guess %d at %s", i + 1, door)
            .isIn(200, 404, 422);
      }
      MockHttpServletResponse over = send(guess(door, number, freshClient()));
      if (over.getStatus() != 429 || over.getHeader("Retry-After") == null) {
        unthrottled.add(door + " answered " + over.getStatus());
      }
    }
    assertThat(unthrottled).as("doors not behind the throttle per case").isEmpty();
  }

  @Test
  void fiftyWrongGuessesAtOnceFromOneAddressAcrossTheDoorsAreEvaluatedExactlyTheLimit()
      throws Exception {
    List<Door> doors = doors().stream().filter(Door::takesANumber).toList();
    String client = freshClient();
    AtomicInteger next = new AtomicInteger();
    List<Integer> statuses =
        Concurrently.atOnce(
            50,
            () ->
                send(guess(
                        doors.get(next.getAndIncrement() % doors.size()), unknownNumber(), client))
                    .getStatus());
    assertThat(statuses.stream().filter(s -> s != 429).toList())
        .as("guesses evaluated")
        .hasSize(ThrottleLimits.FAILURES)
        .allMatch(s -> s != 500);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(47);
    assertThat(throttle.counted(receipts.limit(), Throttle.address(client)))
        .isEqualTo(ThrottleLimits.FAILURES);
  }

  @Test
  void fiftyWrongGuessesAtOnceForOneCaseFromFiftyAddressesAreEvaluatedExactlyTheLimit()
      throws Exception {
    List<Door> doors = doors().stream().filter(Door::takesANumber).toList();
    CaseNumber number = AttachmentSamples.fileCase(context, agency.code(), agency.unit().id());
    AtomicInteger next = new AtomicInteger();
    List<Integer> statuses =
        Concurrently.atOnce(
            50,
            () ->
                send(guess(
                        doors.get(next.getAndIncrement() % doors.size()),
                        number.value(),
                        freshClient()))
                    .getStatus());
    assertThat(statuses.stream().filter(s -> s != 429).count()).isEqualTo(ThrottleLimits.FAILURES);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(47);
    assertThat(throttle.counted(receipts.limit(), "case:" + number.value()))
        .isEqualTo(ThrottleLimits.FAILURES);
  }

  @Test
  void aRightCodeIsNotCountedSoOnlyFailuresUseTheLimit() throws Exception {
    CaseNumber number = AttachmentSamples.fileCase(context, agency.code(), agency.unit().id());
    String code = context.getBean(VerificationCodes.class).codeFor(number);
    String client = freshClient();
    Set<Integer> answers = new TreeSet<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          send(get("/api/v1/tracking/" + number.value())
                  .param("code", code)
                  .with(
                      r -> {
                        r.setRemoteAddr(client);
                        return r;
                      }))
              .getStatus());
    }
    assertThat(answers).containsExactly(200);
    assertThat(throttle.counted(receipts.limit(), Throttle.address(client))).isZero();
    Door track = new Door(RequestMethod.GET, "/api/v1/tracking/{caseNumber}", true);
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      assertThat(send(guess(track, number.value(), client)).getStatus()).isEqualTo(404);
    }
    assertThat(
            send(get("/api/v1/tracking/" + number.value())
                    .param("code", code)
                    .with(
                        r -> {
                          r.setRemoteAddr(client);
                          return r;
                        }))
                .getStatus())
        .as("the right code, once blocked")
        .isEqualTo(429);
  }

  @Test
  void theRefusalPageSaysWhatHappenedAndWhenToTryAgainInBothLanguages() throws Exception {
    Door withdrawals = new Door(RequestMethod.POST, "/withdrawals", true);
    String client = freshClient();
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      assertThat(send(guess(withdrawals, unknownNumber(), client)).getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse zh = send(guess(withdrawals, unknownNumber(), client));
    assertThat(zh.getStatus()).isEqualTo(429);
    assertThat(zh.getHeader("Retry-After")).isEqualTo("900");
    assertThat(zh.getContentAsString()).contains("請求過於頻繁", "案號或查詢碼錯誤的次數過多", "請於 15 分鐘後再試");
    MockHttpServletResponse en =
        send(guess(withdrawals, unknownNumber(), client).param("lang", "en"));
    assertThat(en.getStatus()).isEqualTo(429);
    assertThat(en.getContentAsString())
        .contains(
            "Too many requests",
            "Too many wrong case numbers or verification codes",
            "try again in 15 minute(s)");
  }
}
