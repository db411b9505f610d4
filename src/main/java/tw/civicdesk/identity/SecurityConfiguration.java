// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.platform.security.ContentPolicySources;

/**
 * Which paths need what, how staff sign in and out, and the security headers of every answer.
 *
 * <p>Public: the site pages, {@code GET /api/v1/**} (except one case, {@code GET
 * /api/v1/cases/{number}}, and the staff look-up {@code /api/v1/staff/**}, which need a signed-in
 * staff member), health, the OpenAPI description, static files and Open311 under {@code
 * /open311/v2} (its POST is allowed by an API key, not a session; ADR 0039). Staff console ({@code
 * /console/**}): signed-in staff; finer rules (own agency, roles) are {@link
 * tw.civicdesk.organisation.AccessPolicy}'s. Prometheus metrics: loopback callers whose request
 * carries no forwarding header, or system administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String SIGN_IN = "/sign-in";

  /** A request whose body is JSON: no HTML form can send one across sites without CORS. */
  private static final RequestMatcher JSON_BODY =
      request -> {
        String type = request.getContentType();
        if (type == null) {
          return false;
        }
        try {
          MediaType media = MediaType.parseMediaType(type);
          return media.isCompatibleWith(MediaType.APPLICATION_JSON)
              || media.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
          return false;
        }
      };

  /** A request that sends its own credentials; browsers add none (no Basic prompt is sent). */
  private static final RequestMatcher OWN_CREDENTIALS =
      request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;

  /**
   * A JSON request is not reachable by a cross-site form (application/json needs a CORS preflight
   * no origin passes), and one with its own Authorization header carries no ambient credential;
   * staff API clients authenticate with HTTP Basic and send no CSRF token. Anything else under /api
   * (a multipart upload on the browser's session cookie) still needs the session's CSRF token.
   */
  private static final RequestMatcher CARRIES_NO_AMBIENT_CREDENTIAL =
      new OrRequestMatcher(JSON_BODY, OWN_CREDENTIALS);

  /** Headers a reverse proxy adds; their presence means the peer is not the caller. */
  private static final List<String> FORWARDING_HEADERS =
      List.of("X-Forwarded-For", "Forwarded", "X-Real-IP");

  private static final String CSP =
      "default-src 'self'; img-src 'self' data:%s; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The content policy: the site's own sources only, and images also from the origins modules
   * publish ({@link ContentPolicySources}, e.g. a map's tile server).
   *
   * @throws IllegalStateException when a published origin is not a plain origin
   */
  static String contentPolicy(List<ContentPolicySources> sources) {
    StringBuilder images = new StringBuilder();
    sources.stream()
        .flatMap(s -> s.imageOrigins().stream())
        .distinct()
        .forEach(
            origin -> {
              if (!ContentPolicySources.ORIGIN.matcher(origin).matches()) {
                throw new IllegalStateException("Not an origin for img-src: " + origin);
              }
              images.append(' ').append(origin);
            });
    return CSP.formatted(images);
  }

  /**
   * The one authentication manager: staff accounts with lockout. Declaring it as the bean keeps
   * Spring Boot from adding its default in-memory user, and gives the filter chain a single path
   * (no parent manager that would count a failure twice or bypass the lockout).
   */
  @Bean
  AuthenticationManager authenticationManager(
      Organisation organisation, PasswordEncoder passwords, SignInFailures failures) {
    return new ProviderManager(authenticationProvider(organisation, passwords, failures));
  }

  private static LockingAuthenticationProvider authenticationProvider(
      Organisation organisation, PasswordEncoder passwords, SignInFailures failures) {
    UserDetailsService accounts =
        username ->
            organisation
                .accountForSignIn(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    DaoAuthenticationProvider check = new DaoAuthenticationProvider(accounts);
    check.setPasswordEncoder(passwords);
    return new LockingAuthenticationProvider(check, failures);
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      AuthenticationManager staffAccounts,
      Organisation organisation,
      List<ContentPolicySources> sources)
      throws Exception {
    String policy = contentPolicy(sources);
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    http.authenticationManager(staffAccounts)
        // A session of an account changed since sign-in (disabled, roles, unit, password) ends.
        .addFilterBefore(
            new CurrentAccountFilter(organisation),
            org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
        // A JSON request is not reachable by a cross-site form (application/json needs a CORS
        // preflight no origin passes), and one with its own Authorization header carries no
        // ambient credential; staff API clients authenticate with HTTP Basic and send no CSRF
        // token. Anything else under /api (a multipart upload on the browser's session cookie)
        // still needs the session's CSRF token.
        // Open311 (ADR 0039) takes form bodies as its specification says; a request is allowed by
        // the api_key it carries, never by the caller's session, so a cross-site form gains
        // nothing from a signed-in browser.
        // A counter kiosk's answer (ADR 0046) is allowed by the device's own cookie, which is
        // SameSite=Strict (no other site's page sends it) and checked with Sec-Fetch-Site; a
        // session's CSRF token would be lost by a kiosk left idle past its session.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    new AndRequestMatcher(path.matcher("/api/**"), CARRIES_NO_AMBIENT_CREDENTIAL),
                    path.matcher("/open311/v2/**"),
                    path.matcher(HttpMethod.POST, "/kiosk")))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .authorizeHttpRequests(SecurityConfiguration::authorize)
        .formLogin(SecurityConfiguration::signIn)
        .logout(
            logout ->
                logout
                    .logoutUrl("/sign-out")
                    .logoutSuccessHandler(signedOut())
                    .deleteCookies("JSESSIONID"))
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path.matcher("/api/**"))
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN), path.matcher("/**")))
        .headers(headers -> headers(headers, policy));
    return http.build();
  }

  /**
   * Staff sign in on {@link #SIGN_IN} and land on the console (or where they were going); a failed
   * attempt comes back to the page with {@code ?locked} or {@code ?error}.
   */
  private static void signIn(FormLoginConfigurer<HttpSecurity> form) {
    form.loginPage(SIGN_IN)
        .loginProcessingUrl(SIGN_IN)
        .defaultSuccessUrl("/console", false)
        .failureHandler(
            (request, response, exception) ->
                response.sendRedirect(
                    request.getContextPath()
                        + SIGN_IN
                        + (exception instanceof LockedException ? "?locked" : "?error")))
        .permitAll();
  }

  /** The security headers of every answer: the content policy, referrer policy, no framing. */
  private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(frame -> frame.deny());
  }

  /** Who may reach which path; controllers scope records further (ADR 0006). */
  private static void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
        .permitAll()
        .requestMatchers("/actuator/prometheus")
        .access(loopbackOrSystemAdmin())
        .requestMatchers("/actuator/**")
        .hasRole(Role.SYSTEM_ADMIN.name())
        .requestMatchers("/console/**")
        .authenticated()
        // One case with its history is for staff of its agency (the controller scopes it).
        .requestMatchers(HttpMethod.GET, "/api/v1/cases/*")
        .authenticated()
        // Staff look a case up by number alone (the controller scopes and audits it).
        .requestMatchers("/api/v1/staff/**")
        .authenticated()
        // Tracking is public: the verification code is the credential.
        .requestMatchers(HttpMethod.GET, "/api/v1/tracking/*")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/api/v1/**")
        .permitAll()
        .requestMatchers(HttpMethod.POST, "/api/v1/cases")
        .permitAll()
        // A citizen's survey answer; limited per client address (@AnonymousLimit).
        .requestMatchers(HttpMethod.POST, "/api/v1/surveys/*/responses")
        .permitAll()
        // An SMS gateway's delivery receipts carry the gateway's own bearer key.
        .requestMatchers(HttpMethod.POST, "/api/v1/notifications/delivery-receipts")
        .permitAll()
        .requestMatchers("/api/**")
        .authenticated()
        .anyRequest()
        .permitAll();
  }

  /**
   * Back to the home page after signing out, for every client: with HTTP Basic on, Spring would
   * otherwise answer 204 to a sign-out whose {@code Accept} does not name HTML.
   */
  private static LogoutSuccessHandler signedOut() {
    SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
    handler.setDefaultTargetUrl("/?signed-out");
    return handler;
  }

  /**
   * Prometheus metrics for a caller on this machine or a system administrator. A request that
   * carries a forwarding header came through a proxy, which may well run on this machine: it is not
   * taken for a local caller, whatever its peer address (ADR 0024).
   */
  private static AuthorizationManager<RequestAuthorizationContext> loopbackOrSystemAdmin() {
    IpAddressMatcher v4 = new IpAddressMatcher("127.0.0.0/8");
    IpAddressMatcher v6 = new IpAddressMatcher("::1");
    return (authentication, context) -> {
      var request = context.getRequest();
      boolean forwarded = FORWARDING_HEADERS.stream().anyMatch(h -> request.getHeader(h) != null);
      boolean loopback = !forwarded && (v4.matches(request) || v6.matches(request));
      boolean admin =
          authentication.get() != null
              && authentication.get().getAuthorities().stream()
                  .anyMatch(a -> a.getAuthority().equals(Role.SYSTEM_ADMIN.authority()));
      return new AuthorizationDecision(loopback || admin);
    };
  }
}
