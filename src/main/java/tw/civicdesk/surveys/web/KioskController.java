// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.Problems;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.surveys.Kiosk;
import tw.civicdesk.surveys.Kiosks;
import tw.civicdesk.surveys.SurveySettings;

/**
 * The counter kiosk itself (ADR 0046): {@code /kiosk} on a registered device shows its survey in
 * large print and records each answer; without the device cookie of an active kiosk it shows only
 * that the device is not registered (403). {@code /kiosk/activate/{token}} turns a device into the
 * kiosk a one-time link names: the link shows a button, and pressing it sets the device cookie
 * (HttpOnly, SameSite=Strict, path {@code /kiosk}, Secure over HTTPS) — a preview of the link in a
 * chat program, which only reads it, does not use it up.
 *
 * <p>Answers: a plain form post is answered with a redirect to the thank-you screen (POST,
 * redirect, GET), which returns to a blank survey after {@value #THANKS_SECONDS} seconds; the
 * page's script posts the same form with {@code Accept: application/json} and is answered 201
 * (stored) or 200 (a replay of a client key already stored). Each answer carries a client key, so
 * that sending it again counts once. The kiosk's pages keep no copy in any cache.
 */
@Controller
class KioskController {

  static final String PATH = "/kiosk";
  static final String ACTIVATE_PREFIX = "/kiosk/activate";

  /** The device cookie: the secret that makes this browser the kiosk. */
  static final String COOKIE = "civicdesk-kiosk";

  /** How long the thank-you screen stays before a blank survey. */
  static final int THANKS_SECONDS = 5;

  /** The device cookie's life; renewed at every visit of the kiosk page. */
  private static final Duration COOKIE_LIFE = Duration.ofDays(400);

  private static final String VIEW = "surveys/kiosk";
  private static final String NOT_REGISTERED = "survey-kiosk.not-registered";
  private static final String LINK_INVALID = "survey-kiosk.link-invalid";
  private static final Object[] NONE = {};
  private static final String REFUSED = "surveys/kiosk-refused";

  private final Kiosks kiosks;
  private final SurveySettings settings;
  private final Problems problems;
  private final MessageSource messages;

  KioskController(
      Kiosks kiosks, SurveySettings settings, Problems problems, MessageSource messages) {
    this.kiosks = kiosks;
    this.settings = settings;
    this.problems = problems;
    this.messages = messages;
  }

  @GetMapping(PATH)
  String show(
      HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    noStore(response);
    Optional<Kiosks.Device> device = kiosks.device(cookie(request));
    if (device.isEmpty()) {
      return refused(response, model, NOT_REGISTERED, NONE, HttpStatus.FORBIDDEN, locale);
    }
    setCookie(request, response, cookie(request));
    return survey(device.get(), Map.of(), Map.of(), model, response, locale);
  }

  @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
  String answer(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(name = "clientKey", required = false) @Nullable String clientKey,
      Model model,
      Locale locale) {
    noStore(response);
    Map<String, List<String>> answers = SurveyForms.answers(request);
    try {
      requireSameOrigin(request);
      kiosks.answer(cookie(request), key(clientKey), answers);
      return "redirect:" + PATH + "/thanks";
    } catch (InvalidFields invalid) {
      Optional<Kiosks.Device> device = kiosks.device(cookie(request));
      if (device.isPresent()) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return survey(
            device.get(),
            answers,
            SurveyForms.errors(invalid, messages, locale),
            model,
            response,
            locale);
      }
      return refused(response, model, NOT_REGISTERED, NONE, HttpStatus.FORBIDDEN, locale);
    } catch (DomainException e) {
      if (e instanceof TooManyRequestsException tooMany) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
      }
      return refused(
          response, model, e.messageKey(), e.messageArguments(), Problems.statusOf(e), locale);
    }
  }

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> answerJson(
      HttpServletRequest request,
      @RequestParam(name = "clientKey", required = false) @Nullable String clientKey,
      Locale locale) {
    try {
      requireSameOrigin(request);
      Kiosks.Answered answered =
          kiosks.answer(cookie(request), key(clientKey), SurveyForms.answers(request));
      return ResponseEntity.status(answered.stored() ? HttpStatus.CREATED : HttpStatus.OK)
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(Map.of("stored", answered.stored()));
    } catch (DomainException e) {
      HttpStatus status = Problems.statusOf(e);
      ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
      if (e instanceof TooManyRequestsException tooMany) {
        answer.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
      }
      return answer
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.forException(e, status, locale));
    }
  }

  @GetMapping(PATH + "/thanks")
  String thanks(HttpServletRequest request, HttpServletResponse response, Model model) {
    noStore(response);
    // The header, not a meta element: the same timed return to a blank survey, which a shared
    // kiosk needs for the next person (the page says when it happens and offers a button).
    response.setHeader(
        "Refresh", THANKS_SECONDS + ";url=" + request.getContextPath() + PATH + "?lang=zh-TW");
    model.addAttribute("thanksSeconds", THANKS_SECONDS);
    return "surveys/kiosk-thanks";
  }

  @GetMapping(ACTIVATE_PREFIX + "/{token}")
  String activation(
      @PathVariable String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    noStore(response);
    Optional<Kiosk> waiting = kiosks.waiting(token, request.getRemoteAddr());
    if (waiting.isEmpty()) {
      return refused(response, model, LINK_INVALID, NONE, HttpStatus.NOT_FOUND, locale);
    }
    model.addAttribute("kiosk", waiting.get());
    model.addAttribute("token", token);
    return "surveys/kiosk-activate";
  }

  @PostMapping(ACTIVATE_PREFIX + "/{token}")
  String activate(
      @PathVariable String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    noStore(response);
    Optional<Kiosks.Activated> activated = kiosks.activate(token, request.getRemoteAddr());
    if (activated.isEmpty()) {
      return refused(response, model, LINK_INVALID, NONE, HttpStatus.NOT_FOUND, locale);
    }
    setCookie(request, response, activated.get().deviceToken());
    return "redirect:" + PATH;
  }

  private String survey(
      Kiosks.Device device,
      Map<String, List<String>> values,
      Map<String, String> errors,
      Model model,
      HttpServletResponse response,
      Locale locale) {
    if (!device.open()) {
      return refused(response, model, "surveys.not-open", NONE, HttpStatus.CONFLICT, locale);
    }
    model.addAttribute("kiosk", device.kiosk());
    model.addAttribute("questionnaire", device.questionnaire());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("clientKey", UUID.randomUUID().toString());
    model.addAttribute("idleSeconds", settings.kioskIdleSeconds());
    model.addAttribute("thanksSeconds", THANKS_SECONDS);
    return VIEW;
  }

  private String refused(
      HttpServletResponse response,
      Model model,
      String messageKey,
      Object[] arguments,
      HttpStatus status,
      Locale locale) {
    response.setStatus(status.value());
    model.addAttribute("detail", messages.getMessage(messageKey, arguments, locale));
    return REFUSED;
  }

  /**
   * The kiosk's answers come from its own page only. Its cookie is SameSite=Strict, so a page of
   * another site cannot post with it; browsers that say where a request comes from ({@code
   * Sec-Fetch-Site}) are also held to the same origin, which keeps out a sibling site of the same
   * domain. The answer form therefore carries no CSRF token, which a kiosk standing idle past its
   * session would lose.
   */
  private static void requireSameOrigin(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new Kiosks.DeviceRefused();
    }
  }

  private static @Nullable UUID key(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie c : cookies) {
      if (COOKIE.equals(c.getName())) {
        return c.getValue();
      }
    }
    return null;
  }

  private static void setCookie(
      HttpServletRequest request, HttpServletResponse response, @Nullable String token) {
    if (token == null) {
      return;
    }
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, token)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Strict")
            .path(request.getContextPath() + PATH)
            .maxAge(COOKIE_LIFE)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
