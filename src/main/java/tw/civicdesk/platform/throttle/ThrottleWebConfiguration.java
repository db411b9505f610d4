// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AnonymousLimit} in front of every handler. */
@Configuration(proxyBeanMethods = false)
class ThrottleWebConfiguration implements WebMvcConfigurer {

  private final AnonymousLimitInterceptor anonymousLimits;

  ThrottleWebConfiguration(AnonymousLimitInterceptor anonymousLimits) {
    this.anonymousLimits = anonymousLimits;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(anonymousLimits);
  }
}
