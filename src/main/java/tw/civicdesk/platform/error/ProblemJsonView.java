// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail as {@code application/problem+json} from an HTML error path. */
final class ProblemJsonView implements View {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ProblemDetail problem;

  ProblemJsonView(ProblemDetail problem) {
    this.problem = problem;
  }

  @Override
  public String getContentType() {
    return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(), problem);
  }
}
