// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (springdoc). Operations describe
 * themselves with a few annotations in their {@code *ApiController}; this adds what the whole API
 * shares. Errors are RFC 9457 problem details whose {@code type} starts with {@code
 * urn:civicdesk:problem:}: every 4xx and 5xx response a {@code /api/} operation declares is
 * described as {@code application/problem+json} here ({@link #problemResponses()}), so controllers
 * name only the status and when it happens.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  private static final String PROBLEM_JSON = "application/problem+json";

  /** Name of the security scheme of staff endpoints; public ones declare no security. */
  static final String STAFF_SESSION = "staffSession";

  /** Name of the HTTP Basic scheme staff API clients may use instead of a session. */
  static final String STAFF_BASIC = "staffBasic";

  /** The tags of the operations (name, description), in the order the description lists them. */
  private static final List<Map.Entry<String, String>> TAGS =
      List.of(
          Map.entry("agencies", "Agencies (機關) and their public profiles"),
          Map.entry("services", "The service catalogue (服務項目): published services of every agency"),
          Map.entry(
              "cases",
              "Cases (案件): filing an application, and a case's history and steps"
                  + " (staff of its agency only)"),
          Map.entry(
              "tracking",
              "Tracking (進度查詢): a case's public timeline for the holder of its"
                  + " receipt, and the staff look-up by number"),
          Map.entry(
              "notifications",
              "Notifications (通知): delivery receipts from an SMS gateway or" + " mail provider"),
          Map.entry(
              "figures",
              "Figures (績效數據): on-time rate and counts of cases, aggregates only" + " (staff)"),
          Map.entry(
              "plans",
              "Service-quality plans (提升服務品質執行計畫): an agency's plan with its"
                  + " tree and practices; public once published"),
          Map.entry(
              "search",
              "Site search (全站搜尋): services, FAQ entries and plans in Traditional Chinese and"
                  + " English, ranked and highlighted"));

  @Bean
  OpenAPI civicDeskOpenApi() {
    OpenAPI api =
        new OpenAPI()
            .info(info())
            .components(securitySchemes())
            .addSecurityItem(new SecurityRequirement().addList(STAFF_SESSION))
            .addSecurityItem(new SecurityRequirement().addList(STAFF_BASIC))
            .addServersItem(new Server().url("/").description("This CivicDesk instance"));
    TAGS.forEach(tag -> api.addTagsItem(new Tag().name(tag.getKey()).description(tag.getValue())));
    return api;
  }

  /**
   * Describes every declared 4xx and 5xx response of the JSON API ({@code /api/…}) as the
   * problem-detail body (springdoc would otherwise give it the operation's own return type), and
   * adds the {@code ProblemDetail} schema it refers to. Open311's errors keep their own format.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      Map<String, Schema> schemas =
          ModelConverters.getInstance().readAll(new AnnotatedType(ProblemDetail.class));
      schemas.forEach(api.getComponents()::addSchemas);
      Content problem =
          new Content()
              .addMediaType(
                  PROBLEM_JSON,
                  new MediaType()
                      .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths().entrySet().stream()
          .filter(path -> path.getKey().startsWith("/api/"))
          .flatMap(path -> path.getValue().readOperations().stream())
          .filter(operation -> operation.getResponses() != null)
          .flatMap(operation -> operation.getResponses().entrySet().stream())
          .filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5"))
          .forEach(r -> r.getValue().setContent(problem));
    };
  }

  /** What the API is, its licence and its maintainers. */
  private static Info info() {
    return new Info()
        .title("CivicDesk API")
        .version("v1")
        .description(
            "Public and staff JSON API of CivicDesk, the one-stop citizen-service"
                + " platform. Errors are RFC 9457 problem details (application/problem+json)"
                + " with a stable type urn:civicdesk:problem:<code>. Texts come in Traditional"
                + " Chinese (zh-TW) and English (en), chosen by Accept-Language or ?lang=.")
        .license(
            new License()
                .name("EUPL-1.2")
                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"))
        .contact(new Contact().name("CivicDesk maintainers"));
  }

  /** How staff prove who they are: a signed-in session, or HTTP Basic for API clients. */
  private static Components securitySchemes() {
    return new Components()
        .addSecuritySchemes(
            STAFF_SESSION,
            new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name("JSESSIONID")
                .description("The session of a staff member signed in at /sign-in"))
        .addSecuritySchemes(
            STAFF_BASIC,
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("A staff member's username and password, for API clients"));
  }
}
