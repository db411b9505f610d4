// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Counts every anonymous request to a handler marked {@link AnonymousLimit} against its client
 * address ({@code request.getRemoteAddr()}, which is the forwarded address only behind a trusted
 * proxy) and refuses it, before the handler runs, once the door's hourly limit ({@link
 * AnonymousDoor}) is reached.
 */
@Component
class AnonymousLimitInterceptor implements HandlerInterceptor {

  static final String MESSAGE = "throttle.anonymous.too-many";

  private final Throttle throttle;
  private final Map<String, Limit> limits;

  AnonymousLimitInterceptor(Throttle throttle, List<AnonymousDoor> doors) {
    this.throttle = throttle;
    this.limits =
        doors.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    AnonymousDoor::name,
                    door ->
                        new Limit(
                            "anonymous-" + door.name(),
                            door.perHour(),
                            Duration.ofHours(1),
                            MESSAGE)));
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method && request.getUserPrincipal() == null) {
      AnonymousLimit marked = annotation(method);
      if (marked != null) {
        throttle.take(limit(marked), List.of(Throttle.address(request.getRemoteAddr())));
      }
    }
    return true;
  }

  /**
   * Finds every marked handler's door when the application starts, so that a door nobody publishes
   * stops the start instead of failing the first request.
   */
  @EventListener
  void resolveEveryLimit(ContextRefreshedEvent event) {
    event
        .getApplicationContext()
        .getBeansOfType(RequestMappingHandlerMapping.class)
        .values()
        .forEach(
            mapping ->
                mapping
                    .getHandlerMethods()
                    .values()
                    .forEach(
                        method -> {
                          AnonymousLimit marked = annotation(method);
                          if (marked != null) {
                            limit(marked);
                          }
                        }));
  }

  private static @Nullable AnonymousLimit annotation(HandlerMethod method) {
    AnonymousLimit onMethod = method.getMethodAnnotation(AnonymousLimit.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AnonymousLimit.class);
  }

  private Limit limit(AnonymousLimit marked) {
    Limit limit = limits.get(marked.door());
    if (limit == null) {
      throw new IllegalStateException(
          "No AnonymousDoor bean publishes the limit of door " + marked.door());
    }
    return limit;
  }
}
