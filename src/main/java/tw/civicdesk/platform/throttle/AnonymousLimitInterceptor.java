// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Counts every anonymous request to a handler marked {@link AnonymousLimit} against its client
 * address ({@code request.getRemoteAddr()}, which is the forwarded address only behind a trusted
 * proxy) and refuses it, before the handler runs, once the door's hourly limit is reached.
 */
@Component
class AnonymousLimitInterceptor implements HandlerInterceptor {

  static final String MESSAGE = "throttle.anonymous.too-many";

  private final Throttle throttle;
  private final Environment environment;
  private final Map<Method, Limit> limits = new ConcurrentHashMap<>();

  AnonymousLimitInterceptor(Throttle throttle, Environment environment) {
    this.throttle = throttle;
    this.environment = environment;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) {
    if (handler instanceof HandlerMethod method && request.getUserPrincipal() == null) {
      AnonymousLimit marked = annotation(method);
      if (marked != null) {
        throttle.take(limits.computeIfAbsent(method.getMethod(), m -> limit(marked)),
            List.of(Throttle.address(request.getRemoteAddr())));
      }
    }
    return true;
  }

  /**
   * Resolves every marked handler's limit when the application starts, so that a setting that
   * is not a number stops the start instead of failing the first request.
   */
  @EventListener
  void resolveEveryLimit(ContextRefreshedEvent event) {
    event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values()
        .forEach(mapping -> mapping.getHandlerMethods().values().forEach(method -> {
          AnonymousLimit marked = annotation(method);
          if (marked != null) {
            limits.computeIfAbsent(method.getMethod(), m -> limit(marked));
          }
        }));
  }

  private static @Nullable AnonymousLimit annotation(HandlerMethod method) {
    AnonymousLimit onMethod = method.getMethodAnnotation(AnonymousLimit.class);
    return onMethod != null ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AnonymousLimit.class);
  }

  private Limit limit(AnonymousLimit marked) {
    String perHour = environment.resolveRequiredPlaceholders(marked.perHour()).strip();
    try {
      return new Limit("anonymous-" + marked.door(), Integer.parseInt(perHour),
          Duration.ofHours(1), MESSAGE);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The hourly limit of door " + marked.door()
          + " is not a whole number: " + perHour, e);
    }
  }
}
