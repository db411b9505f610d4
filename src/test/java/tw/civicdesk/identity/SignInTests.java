// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

@IntegrationTest
class SignInTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @LocalServerPort int port;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("SIGNIN", null);
  }

  private ResultActions signIn(String username, String password) throws Exception {
    return mvc.perform(
        post("/sign-in").with(csrf()).param("username", username).param("password", password));
  }

  @Test
  void staffSignInWithTheirPasswordAndLandInTheConsole() throws Exception {
    signIn(agency.username(Role.CASE_OFFICER), TestOrganisation.PASSWORD)
        .andExpect(redirectedUrl("/console"));
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
    signIn(agency.username(Role.CASE_OFFICER), "wrong-password")
        .andExpect(redirectedUrl("/sign-in?error"));
    signIn("nobody-" + agency.code().value().toLowerCase(), "wrong-password")
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void aUsernameWithAControlCharacterOrALoneSurrogateIsAnUnknownOneAndNeverReachesTheDatabase()
      throws Exception {
    Organisation organisation = context.getBean(Organisation.class);
    String username = agency.username(Role.CASE_OFFICER);
    String head = username.substring(0, 3);
    String tail = username.substring(3);
    // Inside the name: the sign-in filter trims control characters at either end.
    for (String forged :
        new String[] {
          head + "\u0000" + tail,
          head + "\uD800" + tail,
          head + "\u0007" + tail,
          head + "\u202E" + tail,
          "x".repeat(10_000)
        }) {
      // Before the check PostgreSQL refused the NUL ("invalid byte sequence") and the sign-in
      // filter logged an internal error with the query.
      assertThat(organisation.accountForSignIn(forged)).isEmpty();
      signIn(forged, TestOrganisation.PASSWORD).andExpect(redirectedUrl("/sign-in?error"));
    }
    assertThat(organisation.accountForSignIn(username)).isPresent();
  }

  @Test
  void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() throws Exception {
    String username = agency.username(Role.UNIT_HEAD);
    for (int i = 0; i < 4; i++) {
      signIn(username, "wrong-password").andExpect(redirectedUrl("/sign-in?error"));
    }
    signIn(username, "wrong-password").andExpect(redirectedUrl("/sign-in?error"));
    signIn(username, TestOrganisation.PASSWORD).andExpect(redirectedUrl("/sign-in?locked"));
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() throws Exception {
    String username = agency.username(Role.COUNTER_CLERK);
    for (int i = 0; i < 4; i++) {
      signIn(username, "wrong-password");
    }
    signIn(username, TestOrganisation.PASSWORD).andExpect(redirectedUrl("/console"));
    for (int i = 0; i < 4; i++) {
      signIn(username, "wrong-password");
    }
    signIn(username, TestOrganisation.PASSWORD).andExpect(redirectedUrl("/console"));
  }

  @Test
  void unknownUsernamesAreLockedAlikeSoThatAnswersDoNotRevealAccounts() throws Exception {
    String ghost = "ghost-" + agency.code().value().toLowerCase();
    for (int i = 0; i < 5; i++) {
      signIn(ghost, "wrong-password");
    }
    signIn(ghost, "wrong-password").andExpect(redirectedUrl("/sign-in?locked"));
  }

  @Test
  void aDisabledAccountCannotSignIn() throws Exception {
    jdbc.sql("update staff set enabled = false where username = ?")
        .param(agency.username(Role.QUALITY_OFFICER))
        .update();
    signIn(agency.username(Role.QUALITY_OFFICER), TestOrganisation.PASSWORD)
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void thereIsNoOtherWayInThanAStaffAccount() throws Exception {
    assertThat(
            context.getBeanNamesForType(
                org.springframework.security.provisioning.InMemoryUserDetailsManager.class))
        .isEmpty();
    signIn("user", "password").andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    mvc.perform(
            post("/sign-in")
                .param("username", agency.username(Role.CASE_OFFICER))
                .param("password", TestOrganisation.PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/console/agencies/" + agency.code().value() + "/edit")
                .with(user(agency.as(Role.AGENCY_ADMIN))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    java.net.http.HttpResponse<String> real =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/sign-in"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    String sessionCookie =
        real.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
        .andExpect(header().exists("Content-Security-Policy"));
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    mvc.perform(post("/sign-out").with(csrf()).with(user(agency.as(Role.CASE_OFFICER))))
        .andExpect(redirectedUrl("/?signed-out"));
  }
}
