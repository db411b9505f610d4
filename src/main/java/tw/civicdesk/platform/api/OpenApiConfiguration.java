// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (springdoc). Operations describe
 * themselves with a few annotations in their {@code *ApiController}; this adds what the whole API
 * shares. Errors are RFC 9457 problem details whose {@code type} starts with {@code
 * urn:civicdesk:problem:}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
