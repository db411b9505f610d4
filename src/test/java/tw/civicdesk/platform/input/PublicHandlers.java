// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every public handler of the application, read from the handler mappings, with the inputs it
 * takes: path variables, request parameters and headers, the properties of its form objects and the
 * fields of its JSON body. Public means every handler of CivicDesk's own controllers except the
 * staff console ({@code /console}), the staff API ({@code /api/v1/staff}, one case's API under
 * {@code /api/v1/cases/{number}}), the error page and the benchmark endpoint.
 */
final class PublicHandlers {

  /** Where an input goes in a request. */
  enum Kind {
    PATH,
    PARAM,
    HEADER,
    JSON
  }

  /**
   * One input of a handler.
   *
   * @param name its name: a parameter name ({@code fields[purpose]}), a header, a path variable or
   *     a JSON path ({@code applicant.name})
   * @param map whether it is a map whose keys are inputs too
   */
  record Input(Kind kind, String name, boolean map) {}

  /** One handler: {@code "POST /services/{code}/apply"} and its inputs. */
  record Handler(String key, RequestMethod method, String pattern, List<Input> inputs) {}

  private PublicHandlers() {}

  static Map<String, Handler> of(RequestMappingHandlerMapping mapping) {
    Map<String, Handler> handlers = new TreeMap<>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (!method.getBeanType().getPackageName().startsWith("tw.civicdesk")) {
                return;
              }
              for (String pattern : info.getPatternValues()) {
                if (isPublic(pattern)) {
                  for (RequestMethod verb : verbs(info)) {
                    String key = verb + " " + pattern;
                    handlers.put(key, new Handler(key, verb, pattern, inputs(method)));
                  }
                }
              }
            });
    return handlers;
  }

  static boolean isPublic(String pattern) {
    return !(pattern.startsWith("/console")
        || pattern.startsWith("/api/v1/staff")
        || pattern.startsWith("/api/v1/cases/{")
        || pattern.equals("/error")
        || pattern.startsWith("/bench/"));
  }

  private static List<RequestMethod> verbs(RequestMappingInfo info) {
    var methods = info.getMethodsCondition().getMethods();
    return methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
  }

  /** Every input of {@code method}, in order; multipart files are not text and left out. */
  static List<Input> inputs(HandlerMethod method) {
    List<Input> inputs = new ArrayList<>();
    MethodParameter[] parameters = method.getMethodParameters();
    for (int i = 0; i < parameters.length; i++) {
      MethodParameter p = parameters[i].withContainingClass(method.getBeanType());
      p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
      PathVariable v = p.getParameterAnnotation(PathVariable.class);
      RequestParam r = p.getParameterAnnotation(RequestParam.class);
      RequestHeader h = p.getParameterAnnotation(RequestHeader.class);
      if (v != null) {
        inputs.add(new Input(Kind.PATH, name(v.name(), p), false));
      } else if (r != null) {
        if (!mentionsMultipart(p.getGenericParameterType())) {
          inputs.add(new Input(Kind.PARAM, name(r.name(), p), false));
        }
      } else if (h != null) {
        inputs.add(new Input(Kind.HEADER, name(h.name(), p), false));
      } else if (p.hasParameterAnnotation(RequestBody.class)) {
        jsonFields(p.getParameterType(), "", inputs, 0);
      } else if (i + 1 < parameters.length
          && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType())) {
        formProperties(p.getParameterType(), inputs);
      }
    }
    return inputs;
  }

  private static String name(String declared, MethodParameter p) {
    return declared.isEmpty() ? p.getParameterName() : declared;
  }

  private static boolean mentionsMultipart(Type type) {
    return type.getTypeName().contains(MultipartFile.class.getName());
  }

  private static void formProperties(Class<?> type, List<Input> inputs) {
    for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
      if (property.getWriteMethod() != null) {
        inputs.add(
            new Input(
                Kind.PARAM,
                property.getName(),
                Map.class.isAssignableFrom(property.getPropertyType())));
      }
    }
  }

  private static void jsonFields(Class<?> type, String prefix, List<Input> inputs, int depth) {
    if (!type.isRecord() || depth > 3) {
      return;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      String path = prefix + c.getName();
      if (c.getType().isRecord()) {
        jsonFields(c.getType(), path + ".", inputs, depth + 1);
      } else {
        inputs.add(
            new Input(
                Kind.JSON,
                path,
                Map.class.isAssignableFrom(c.getType())
                    && c.getGenericType() instanceof ParameterizedType));
      }
    }
  }
}
