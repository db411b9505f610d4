// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of a request: {@code ?lang=zh-TW} or {@code ?lang=en} on any page switches it and
 * a cookie remembers the choice for a year; without either, the browser's Accept-Language decides
 * between English and Traditional Chinese (the default). Any other value falls back to zh-TW.
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
      setDefaultLocaleFunction(request -> request.getHeader("Accept-Language") == null
          ? Languages.ZH_TW : Languages.normalise(request.getLocale()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return Languages.normalise(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
        @Nullable Locale locale) {
      super.setLocale(request, response, locale == null ? null : Languages.normalise(locale));
    }
  }
}
