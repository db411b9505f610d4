// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

/**
 * Wires the checks of incoming input (ADR 0027): the body limit as the first servlet filter, the
 * text check at data binding (a converter), in the JSON reader (a Jackson module) and before every
 * handler (an interceptor).
 */
@Configuration(proxyBeanMethods = false)
class InputConfiguration implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(new TextConverter());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new TextGuardInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
  }

  @Bean
  JacksonModule textCheckModule() {
    return new TextJsonModule();
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(WebSettings settings) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(settings.maxBodySize().toBytes()));
    // Before Spring Security and everything else that might read the body.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
