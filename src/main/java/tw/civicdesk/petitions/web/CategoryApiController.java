// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** Public JSON API of the categories a petition or report form may use. */
@RestController
@Tag(name = "cases")
@SecurityRequirements
class CategoryApiController {

  private final PetitionRules rules;

  CategoryApiController(PetitionRules rules) {
    this.rules = rules;
  }

  /**
   * One category.
   *
   * @param name the name by language tag, {@code zh-TW} and {@code en}
   * @param timeLimit the time limit of a case of this category
   * @param anonymousAllowed whether its kind may be filed without a name at this agency
   */
  record CategoryView(
      String code,
      Map<String, String> name,
      String kind,
      LimitView timeLimit,
      boolean anonymousAllowed) {}

  /** A time limit: an amount of HOURS, WORKING_DAYS, CALENDAR_DAYS or MONTHS. */
  record LimitView(int amount, String unit) {
    static LimitView of(TimeLimit limit) {
      return new LimitView(limit.amount(), limit.unit().name());
    }
  }

  @GetMapping(path = "/api/v1/categories", produces = "application/json")
  @Operation(
      operationId = "listCategories",
      summary = "List the categories of a kind at an agency",
      description =
          "The active categories a petition or report of this kind may be filed under at this"
              + " agency, in the agency's order; empty when the agency does not take this kind.")
  @ApiResponse(responseCode = "200", description = "The categories")
  @ApiResponse(responseCode = "422", description = "The agency code or the kind is malformed")
  List<CategoryView> list(
      @Parameter(description = "Agency code") @RequestParam(required = false)
          @Nullable String agency,
      @Parameter(description = "PETITION, MAILBOX, COMPLAINT, FACILITY_REPORT or MEDIA_ITEM")
          @RequestParam(required = false)
          @Nullable String kind) {
    List<FieldProblem> problems = new ArrayList<>();
    if (agency == null || !AgencyCode.isValid(agency)) {
      problems.add(new FieldProblem("agency", "petitions.api.agency", List.of()));
    }
    CaseKind parsed = kind(kind);
    if (parsed == null) {
      problems.add(new FieldProblem("kind", "petitions.api.kind", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    AgencyCode code = AgencyCode.of(agency);
    KindRule rule = rules.rule(code, parsed).orElse(null);
    if (rule == null) {
      return List.of();
    }
    return rules.categories(code, parsed).stream().map(c -> view(rule, c)).toList();
  }

  private CategoryView view(KindRule rule, Category c) {
    return new CategoryView(
        c.code(),
        Map.of("zh-TW", c.name().zh(), "en", c.name().en()),
        c.kind().name(),
        LimitView.of(rules.limit(rule, c)),
        rule.anonymousAllowed());
  }

  private static @Nullable CaseKind kind(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    try {
      CaseKind kind = CaseKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
      return kind == CaseKind.APPLICATION ? null : kind;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
