// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;

/**
 * The OpenAPI description is public, lists the API and no console page, and is written to {@code
 * target/openapi.json} for the linter that {@code .ci/run} runs after the tests.
 */
@IntegrationTest
class OpenApiTests {

  @Autowired MockMvc mvc;

  @Test
  void theOpenApiDescriptionListsTheApiAndIsSavedForTheLinter() throws Exception {
    String json =
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
            .andExpect(
                jsonPath("$.paths['/api/v1/agencies'].get.operationId").value("listAgencies"))
            .andExpect(jsonPath("$.paths['/console']").doesNotExist())
            .andExpect(
                jsonPath(
                        "$.paths['/api/v1/surveys/{code}/responses'].post.responses['429']"
                            + ".content['application/problem+json'].schema['$ref']")
                    .value("#/components/schemas/ProblemDetail"))
            .andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.type").exists())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Path target = Path.of("target", "openapi.json");
    Files.createDirectories(target.getParent());
    Files.writeString(target, json);
    assertThat(Files.size(target)).isPositive();
  }
}
