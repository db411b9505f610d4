// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * QUALITY.md S3: every state-changing request of the site without the session's CSRF token — what a
 * cross-site form can send — is refused with 403 before any handler runs, for a signed-in system
 * administrator and for an anonymous visitor alike; and no state-changing path answers a GET with
 * success. The handler mappings are enumerated, so a new door is covered by itself. (JSON requests
 * and requests with their own Authorization header under {@code /api} need no token: a cross-site
 * form can send neither; see {@code SecurityConfiguration}. Open311's form-encoded POST needs none
 * either, being allowed by the {@code api_key} it carries and never by a session — a cross-site
 * form has no key, so it is refused with 403 all the same, by the handler; ADR 0039. A counter
 * kiosk's answer, {@code POST /kiosk}, needs none either: it is allowed by the kiosk's
 * SameSite=Strict device cookie, which a cross-site form cannot send, so it too is refused with
 * 403; ADR 0046.)
 */
@IntegrationTest
class CrossSiteRequestTests {

  private static final Set<RequestMethod> CHANGING =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Door(RequestMethod method, String pattern) {}

  List<Door> stateChangingDoors() {
    List<Door> doors = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                (methods.isEmpty() ? CHANGING : methods)
                    .stream()
                        .filter(CHANGING::contains)
                        .forEach(m -> doors.add(new Door(m, pattern)));
              }
            });
    return doors;
  }

  Set<String> getPatterns() {
    Set<String> patterns = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(info.getPatternValues());
              }
            });
    return patterns;
  }

  /** A path for {@code pattern}: case numbers well formed, every other variable {@code 1}. */
  static String path(String pattern) {
    return VARIABLE
        .matcher(pattern)
        .replaceAll(
            m -> m.group(1).toLowerCase().contains("number") ? "YILAN-JIAOXI-20260213-00001" : "1");
  }

  long rows() {
    return jdbc.sql(
            "select (select count(*) from casework_case) + (select count(*) from"
                + " staff) + (select count(*) from catalogue_service)")
        .query(Long.class)
        .single();
  }

  MockHttpServletRequestBuilder form(Door door) {
    return request(HttpMethod.valueOf(door.method().name()), path(door.pattern()))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("reason", "cross-site");
  }

  @Test
  void everyStateChangingRequestWithoutTheCsrfTokenIsRefusedForStaffAndAnonymousAlike()
      throws Exception {
    StaffPrincipal admin =
        TestOrganisation.from(context).agency("CSRF", null).as(Role.SYSTEM_ADMIN);
    List<Door> doors = stateChangingDoors();
    assertThat(doors).hasSizeGreaterThan(40);
    long before = rows();
    List<String> open = new ArrayList<>();
    for (Door door : doors) {
      int signedIn =
          mvc.perform(form(door).with(user(admin))).andReturn().getResponse().getStatus();
      int anonymous = mvc.perform(form(door)).andReturn().getResponse().getStatus();
      if (signedIn != 403 || anonymous != 403) {
        open.add(door + " → " + signedIn + " signed in, " + anonymous + " anonymous");
      }
    }
    for (String filterDoor : List.of("/sign-in", "/sign-out")) {
      int status =
          mvc.perform(form(new Door(RequestMethod.POST, filterDoor)).with(user(admin)))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 403) {
        open.add(filterDoor + " → " + status);
      }
    }
    assertThat(open).as("doors a cross-site form can open").isEmpty();
    assertThat(rows()).as("nothing changed").isEqualTo(before);
  }

  @Test
  void noPathThatOnlyChangesStateAnswersAGetWithSuccess() throws Exception {
    StaffPrincipal admin =
        TestOrganisation.from(context).agency("CSRFGET", null).as(Role.SYSTEM_ADMIN);
    Set<String> readable = getPatterns();
    List<String> changingOnly =
        stateChangingDoors().stream()
            .map(Door::pattern)
            .filter(p -> !readable.contains(p))
            .distinct()
            .toList();
    assertThat(changingOnly).isNotEmpty();
    long before = rows();
    List<String> answered = new ArrayList<>();
    for (String pattern : changingOnly) {
      int status =
          mvc.perform(request(HttpMethod.GET, path(pattern)).with(user(admin)))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status < 400) {
        answered.add(pattern + " → " + status);
      }
    }
    assertThat(answered).as("state-changing paths answering a GET").isEmpty();
    assertThat(rows()).isEqualTo(before);
  }
}
