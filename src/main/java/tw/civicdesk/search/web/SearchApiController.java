// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.search.SearchHit;
import tw.civicdesk.search.SiteSearch;

/** The public site search as JSON (C15): services, FAQ entries and plans, ranked. */
@RestController
@Tag(name = "search")
@SecurityRequirements
class SearchApiController {

  /**
   * One hit.
   *
   * @param type the kind: {@code service}, {@code faq} or {@code plan}
   * @param id the thing's id within its kind (a service or FAQ code, a plan's number)
   * @param title the title in the requested language
   * @param snippet a passage of the text, HTML-escaped, the matched words in {@code <mark>}
   * @param url the public page, a path on this site
   */
  record Hit(String type, String id, String title, String snippet, String url) {

    static Hit of(SearchHit h) {
      return new Hit(h.kind(), h.reference(), h.title(), h.snippet(), h.url());
    }
  }

  /**
   * The answer.
   *
   * @param hits ranked hits of the requested type, best first (at most 50)
   * @param counts hits per type for the same query and agency, for filters
   */
  record Results(List<Hit> hits, Map<String, Integer> counts) {}

  private final SiteSearch search;

  SearchApiController(SiteSearch search) {
    this.search = search;
  }

  @AnonymousLimit(door = SiteSearch.DOOR)
  @GetMapping(path = "/api/v1/search", produces = "application/json")
  @Operation(
      operationId = "search",
      summary = "Search the public site",
      description =
          "Published services, FAQ entries and plans matching the query, best first, with the"
              + " title in the requested language and a highlighted snippet. Traditional Chinese"
              + " is matched by words and by character pairs (one character also works),"
              + " full-width and variant forms (台/臺, 身份/身分) alike; English by word stems.")
  @ApiResponse(responseCode = "200", description = "The ranked hits")
  @ApiResponse(
      responseCode = "400",
      description = "The query is longer than 100 characters or holds a control character",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "422",
      description = "The query is blank, or the type, language or agency is unknown",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = ProblemDetail.class)))
  Results search(
      @Parameter(description = "What to look for, 1-100 characters")
          @RequestParam
          @SingleLine
          @jakarta.validation.constraints.Size(max = SiteSearch.MAX_QUERY)
          String q,
      @Parameter(description = "faq, service, plan or all (the default)")
          @RequestParam(defaultValue = SiteSearch.ALL)
          @SingleLine
          String type,
      @Parameter(description = "zh-TW (the default) or en")
          @RequestParam(defaultValue = "zh-TW")
          @SingleLine
          String lang,
      @Parameter(description = "Only this agency's things (an agency code)")
          @RequestParam(required = false)
          @SingleLine
          @Nullable String agency) {
    SiteSearch.Results found = search.find(q, type, lang, agency);
    return new Results(found.hits().stream().map(Hit::of).toList(), found.counts());
  }
}
