// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.civicdesk.Concurrently;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.housekeeping.Purge;

/**
 * Sign-in failures are counted per username, per client address and per pair, atomically: under
 * fifty attempts at once no more than the limit reach the password check; nobody locks an account
 * from one address; unknown usernames add a bounded number of rows, which housekeeping deletes.
 * Addresses are documentation addresses (RFC 5737, RFC 3849) set on mock requests; nothing is sent
 * anywhere.
 */
@IntegrationTest
class SignInLimitsTests {

  private static final Duration LOCKOUT = Duration.ofMinutes(15);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired SignInFailures contextFailures;
  @Autowired Organisation organisation;
  @Autowired PasswordEncoder passwords;

  TestOrganisation.Setup agency;

  @BeforeEach
  void anAgency() {
    agency = TestOrganisation.from(context).agency("LIMIT", null);
  }

  /** Limits of our own: 5 per pair, {@code perAddress} per address, {@code perUser} per name. */
  private SignInFailures limits(int perAddress, int perUser) {
    // Each count is one atomic statement; outside a transaction they commit one by one.
    return new SignInFailures(jdbc, clock, new SignInSettings(5, perAddress, perUser, LOCKOUT));
  }

  private static UsernamePasswordAuthenticationToken attempt(
      String username, String password, String address) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    token.setDetails(new WebAuthenticationDetails(address, null));
    return token;
  }

  /** The real account check, with a password encoder that counts how often it is asked. */
  private AuthenticationProvider countingPasswordCheck(AtomicInteger checks) {
    PasswordEncoder counting =
        new PasswordEncoder() {
          @Override
          public String encode(CharSequence raw) {
            return passwords.encode(raw);
          }

          @Override
          public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return passwords.matches(raw, encoded);
          }
        };
    DaoAuthenticationProvider check =
        new DaoAuthenticationProvider(
            username ->
                organisation
                    .accountForSignIn(username)
                    .orElseThrow(() -> new UsernameNotFoundException("unknown")));
    check.setPasswordEncoder(counting);
    return check;
  }

  /** Runs one attempt; answers the exception's simple name, or "ok". */
  private static String run(
      AuthenticationProvider provider, UsernamePasswordAuthenticationToken token) {
    try {
      provider.authenticate(token);
      return "ok";
    } catch (AuthenticationException e) {
      return e.getClass().getSimpleName();
    }
  }

  @Test
  void fiftyConcurrentWrongPasswordsReachThePasswordHashNoMoreThanTheLimit() throws Exception {
    AtomicInteger checks = new AtomicInteger();
    LockingAuthenticationProvider provider =
        new LockingAuthenticationProvider(countingPasswordCheck(checks), contextFailures);
    String username = agency.username(Role.CASE_OFFICER);
    List<String> answers =
        Concurrently.atOnce(
            50, () -> run(provider, attempt(username, "wrong-password", "192.0.2.10")));
    assertThat(checks.get()).as("attempts that reached the password hash").isEqualTo(5);
    assertThat(answers).filteredOn("BadCredentialsException"::equals).hasSize(5);
    assertThat(answers).filteredOn("LockedException"::equals).hasSize(45);
    assertThat(run(provider, attempt(username, TestOrganisation.PASSWORD, "192.0.2.10")))
        .as("the right password from that address, now")
        .isEqualTo("LockedException");
    assertThat(checks.get()).isEqualTo(5);
  }

  @Test
  void fiftyConcurrentGuessesAtFiftyNamesFromOneAddressReachTheHashNoMoreThanItsLimit()
      throws Exception {
    AtomicInteger checks = new AtomicInteger();
    LockingAuthenticationProvider provider =
        new LockingAuthenticationProvider(countingPasswordCheck(checks), limits(10, 50));
    AtomicInteger n = new AtomicInteger();
    String prefix = agency.code().value().toLowerCase() + ".spray-";
    List<String> answers =
        Concurrently.atOnce(
            50,
            () ->
                run(provider, attempt(prefix + n.incrementAndGet(), "Password123!", "192.0.2.11")));
    assertThat(checks.get()).as("password checks from one spraying address").isEqualTo(10);
    assertThat(answers).filteredOn("LockedException"::equals).hasSize(40);
    assertThat(
            run(
                provider,
                attempt(agency.username(Role.UNIT_HEAD), TestOrganisation.PASSWORD, "192.0.2.11")))
        .isEqualTo("LockedException");
    assertThat(
            run(
                provider,
                attempt(agency.username(Role.UNIT_HEAD), TestOrganisation.PASSWORD, "192.0.2.12")))
        .as("another address")
        .isEqualTo("ok");
  }

  @Test
  void oneAddressCannotLockAnAccountButManyAddressesTogetherCan() {
    AuthenticationProvider check =
        new AuthenticationProvider() {
          @Override
          public org.springframework.security.core.Authentication authenticate(
              org.springframework.security.core.Authentication token) {
            if ("right".equals(token.getCredentials())) {
              return UsernamePasswordAuthenticationToken.authenticated(
                  token.getName(), null, List.of());
            }
            throw new BadCredentialsException("wrong");
          }

          @Override
          public boolean supports(Class<?> type) {
            return true;
          }
        };
    LockingAuthenticationProvider provider =
        new LockingAuthenticationProvider(check, limits(30, 12));
    String name = "target-" + UUID.randomUUID();
    for (int i = 0; i < 8; i++) {
      run(provider, attempt(name, "guess-" + i, "192.0.2.30"));
    }
    assertThat(run(provider, attempt(name, "right", "192.0.2.30"))).isEqualTo("LockedException");
    assertThat(run(provider, attempt(name, "right", "192.0.2.31")))
        .as("the owner elsewhere, after one address hammered")
        .isEqualTo("ok");
    List<String> answers = new ArrayList<>();
    for (String address : List.of("192.0.2.32", "192.0.2.33", "192.0.2.34")) {
      for (int i = 0; i < 5; i++) {
        answers.add(run(provider, attempt(name, "guess-" + i, address)));
      }
    }
    assertThat(answers).filteredOn("BadCredentialsException"::equals).hasSize(12);
    assertThat(run(provider, attempt(name, "right", "192.0.2.35")))
        .as("locked everywhere after 12 failures from three addresses")
        .isEqualTo("LockedException");
  }

  @Test
  void unknownUsernamesAddABoundedNumberOfRowsThatHousekeepingDeletes() {
    SignInFailures failures = limits(10, 50);
    String address = "2001:db8:7:7::1";
    List<String> keys = new ArrayList<>(List.of(SignInFailures.addressKey(address)));
    for (int i = 0; i < 200; i++) {
      String ghost = "ghost-" + UUID.randomUUID();
      failures.reserve(ghost, i % 2 == 0 ? address : "2001:db8:7:7::" + (i + 2));
      keys.add(SignInFailures.userKey(ghost));
      keys.add(SignInFailures.pairKey(ghost, address));
    }
    assertThat(rows(keys)).as("rows after 200 unknown names from one /64").isEqualTo(1 + 2 * 10);
    Purge purge =
        context.getBeansOfType(Purge.class).values().stream()
            .filter(p -> p.name().equals("sign-in-attempts"))
            .findFirst()
            .orElseThrow();
    purge.purge(clock.instant());
    assertThat(rows(keys)).as("nothing past its window yet").isEqualTo(21);
    int deleted = purge.purge(clock.instant().plus(LOCKOUT).plusSeconds(1));
    assertThat(deleted).isGreaterThanOrEqualTo(21);
    assertThat(rows(keys)).isZero();
  }

  private long rows(List<String> keys) {
    return jdbc.sql("select count(*) from sign_in_attempt where key = any(?)")
        .param(keys.toArray(String[]::new))
        .query(Long.class)
        .single();
  }

  @Test
  void ipv6AddressesCountByTheirSlash64() {
    assertThat(SignInFailures.addressKey("2001:db8:1:2:aaaa::1"))
        .isEqualTo(SignInFailures.addressKey("2001:db8:1:2:bbbb::2"));
    assertThat(SignInFailures.addressKey("2001:db8:1:3::1"))
        .isNotEqualTo(SignInFailures.addressKey("2001:db8:1:2::1"));
    assertThat(SignInFailures.addressKey("::ffff:192.0.2.1"))
        .isEqualTo(SignInFailures.addressKey("192.0.2.1"));
    assertThat(SignInFailures.addressKey(null)).isEqualTo(SignInFailures.addressKey(" "));
  }

  private ResultActions signIn(String username, String password, String address) throws Exception {
    return mvc.perform(
        post("/sign-in")
            .with(csrf())
            .param("username", username)
            .param("password", password)
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                }));
  }

  @Test
  void theFormCountsThePairSoAGuesserLocksOnlyThemselves() throws Exception {
    String username = agency.username(Role.QUALITY_OFFICER);
    for (int i = 0; i < 5; i++) {
      signIn(username, "wrong-password", "192.0.2.40").andExpect(redirectedUrl("/sign-in?error"));
    }
    signIn(username, TestOrganisation.PASSWORD, "192.0.2.40")
        .andExpect(redirectedUrl("/sign-in?locked"));
    signIn(username, TestOrganisation.PASSWORD, "192.0.2.41").andExpect(redirectedUrl("/console"));
    assertThat(contextFailures.isLocked(username, "192.0.2.40")).isTrue();
    assertThat(contextFailures.isLocked(username, "192.0.2.41")).isFalse();
  }
}
