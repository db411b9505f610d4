// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves out of a POST of the builder's form ({@code /console/surveys/new}, {@code
 * /console/surveys/{code}/build}) every parameter whose list index is {@link BuilderPage#ROWS} or
 * more, or no number at all ({@code questions[5000].text.zh}): the data binder would otherwise fail
 * the request with a 500 when it cannot grow a list that far. No form of the pages has that many
 * rows (a questionnaire has at most 60 questions of at most 20 choices), so nothing real is lost.
 */
@Component
class BuilderRowLimit extends OncePerRequestFilter {

  private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !(path.equals("/console/surveys/new")
            || (path.startsWith("/console/surveys/") && path.endsWith("/build")));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String[]> kept = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (withinRows(name)) {
                kept.put(name, values);
              }
            });
    if (kept.size() == request.getParameterMap().size()) {
      chain.doFilter(request, response);
    } else {
      chain.doFilter(new Kept(request, Collections.unmodifiableMap(kept)), response);
    }
  }

  /** Whether every list index in the parameter's name is below {@link BuilderPage#ROWS}. */
  static boolean withinRows(String name) {
    Matcher m = INDEX.matcher(name);
    while (m.find()) {
      String digits = m.group(1);
      if (!digits.matches("\\d{1,4}") || Integer.parseInt(digits) >= BuilderPage.ROWS) {
        return false;
      }
    }
    return true;
  }

  /** The request with only the parameters kept. */
  private static final class Kept extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    Kept(HttpServletRequest request, Map<String, String[]> parameters) {
      super(request);
      this.parameters = parameters;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public @Nullable String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }
  }
}
