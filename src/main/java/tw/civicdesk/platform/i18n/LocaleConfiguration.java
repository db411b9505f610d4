// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request: {@code ?lang=zh-TW} or {@code ?lang=en} on any page switches it and a
 * cookie remembers the choice for a year; without either, the browser's Accept-Language decides
 * between English and Traditional Chinese (the default). Any other value falls back to zh-TW. The
 * cookie is HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS (directly, or
 * through a reverse proxy Tomcat trusts, see {@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final String COOKIE = "civicdesk-lang";

  @Bean
  LocaleResolver localeResolver() {
    return new SupportedLocaleResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }

  /** A cookie resolver that only ever yields one of {@link Languages#SUPPORTED}. */
  static final class SupportedLocaleResolver extends CookieLocaleResolver {

    SupportedLocaleResolver() {
      super(COOKIE);
      setCookieMaxAge(Duration.ofDays(365));
      setCookieSameSite("Lax");
      setCookieHttpOnly(true);
      setDefaultLocaleFunction(
          request ->
              request.getHeader("Accept-Language") == null
                  ? Languages.ZH_TW
                  : Languages.normalise(request.getLocale()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return Languages.normalise(super.resolveLocale(request));
    }

    @Override
    public void setLocale(
        HttpServletRequest request,
        @Nullable HttpServletResponse response,
        @Nullable Locale locale) {
      HttpServletResponse target =
          response != null && request.isSecure() ? new SecureCookies(response) : response;
      super.setLocale(request, target, locale == null ? null : Languages.normalise(locale));
    }
  }

  /** Marks every cookie set through it Secure (the resolver's own flag is one for all requests). */
  static final class SecureCookies extends HttpServletResponseWrapper {

    SecureCookies(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      boolean insecureCookie =
          HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
              && !value.toLowerCase(Locale.ROOT).contains("; secure");
      super.addHeader(name, insecureCookie ? value + "; Secure" : value);
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookie.setSecure(true);
      super.addCookie(cookie);
    }
  }
}
