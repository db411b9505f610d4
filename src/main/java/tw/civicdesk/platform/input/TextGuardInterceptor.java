// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The last line of the text check, for values that data binding would never see: before any handler
 * runs, every request parameter (name and values) and path variable is checked, so that a handler
 * reading parameters raw (a {@code MultiValueMap}, the servlet request) gets no refused text
 * either. Parameters that a form object with a {@code BindingResult} binds are left to binding,
 * which shows the refusal as a field error on the page; all others are refused here with 400.
 */
final class TextGuardInterceptor implements HandlerInterceptor {

  private final Map<HandlerMethod, Set<String>> formProperties = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getDispatcherType() != DispatcherType.REQUEST) {
      return true;
    }
    Set<String> bound =
        handler instanceof HandlerMethod method
            ? formProperties.computeIfAbsent(method, TextGuardInterceptor::formProperties)
            : Set.of();
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = TextRules.LINE.check(parameter.getKey(), null);
      if (bound.contains(root(name))) {
        continue;
      }
      for (String value : parameter.getValue()) {
        TextRules.DEFAULT.check(value, name);
      }
    }
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      variables.forEach((name, value) -> TextRules.LINE.check((String) value, (String) name));
    }
    return true;
  }

  /** {@code applicant.name} → {@code applicant}; {@code fields[purpose]} → {@code fields}. */
  static String root(String parameter) {
    int end = parameter.length();
    for (int i = 0; i < parameter.length(); i++) {
      char c = parameter.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return parameter.substring(0, end);
  }

  /** The properties of the handler's form objects whose binding errors the handler receives. */
  static Set<String> formProperties(HandlerMethod method) {
    Set<String> names = new HashSet<>();
    MethodParameter[] parameters = method.getMethodParameters();
    for (int i = 0; i + 1 < parameters.length; i++) {
      MethodParameter form = parameters[i];
      if (Errors.class.isAssignableFrom(parameters[i + 1].getParameterType())
          && !form.hasParameterAnnotation(RequestBody.class)
          && !form.hasParameterAnnotation(RequestPart.class)) {
        names.addAll(properties(form.getParameterType()));
      }
    }
    return Set.copyOf(names);
  }

  private static Set<String> properties(Class<?> type) {
    Set<String> names = new HashSet<>();
    if (type.isRecord()) {
      for (var component : type.getRecordComponents()) {
        names.add(component.getName());
      }
      return names;
    }
    for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
      if (property.getWriteMethod() != null) {
        names.add(property.getName());
      }
    }
    return names;
  }
}
