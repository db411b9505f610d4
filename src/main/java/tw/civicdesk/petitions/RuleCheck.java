// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.petitions.RuleDrafts.CategoryDraft;
import tw.civicdesk.petitions.RuleDrafts.KindDraft;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The checks of an administrator's edits, every problem at once ({@link InvalidFields}, fields
 * named as the console forms name them); nothing is stored when one fails.
 */
final class RuleCheck {

  /** The longest category name in Chinese. */
  static final int NAME_ZH_MAX = 60;

  /** The longest category name in English. */
  static final int NAME_EN_MAX = 120;

  /** The longest district or village name. */
  static final int PLACE_MAX = 30;

  /** The last position a category may take. */
  static final int POSITION_MAX = 999;

  /** The amounts a time limit may have, by unit: whole numbers from the first to the second. */
  static final Map<TimeLimit.Unit, int[]> LIMITS =
      Map.of(
          TimeLimit.Unit.WORKING_DAYS, new int[] {1, 250},
          TimeLimit.Unit.CALENDAR_DAYS, new int[] {1, 365},
          TimeLimit.Unit.MONTHS, new int[] {1, 24},
          TimeLimit.Unit.HOURS, new int[] {1, 720});

  private static final Pattern PLACE = Pattern.compile("[^\\p{Cntrl}|/]+");

  private final List<FieldProblem> problems = new ArrayList<>();

  private RuleCheck() {}

  /** The kind's rules {@code draft} gives, when its unit is one of {@code units}. */
  static KindRule kind(KindDraft draft, Set<Long> units) {
    RuleCheck check = new RuleCheck();
    if (draft.kind() == CaseKind.APPLICATION) {
      check.problem("kind", "petition-admin.error.kind");
    }
    TimeLimit limit = check.limit(draft.limitAmount(), draft.limitUnit(), true);
    Long unit = draft.defaultUnitId();
    if (unit == null || !units.contains(unit)) {
      check.problem("defaultUnitId", "petition-admin.error.unit");
    }
    check.done();
    return new KindRule(
        draft.agency(),
        draft.kind(),
        java.util.Objects.requireNonNull(limit),
        draft.anonymousAllowed(),
        draft.extensionAllowed(),
        draft.replyRequires(),
        java.util.Objects.requireNonNull(unit));
  }

  /** The category {@code draft} gives; {@code existing} is the stored one when it is an edit. */
  static Category category(CategoryDraft draft, @Nullable Category existing) {
    RuleCheck check = new RuleCheck();
    String code = existing != null ? existing.code() : strip(draft.code());
    CaseKind kind = existing != null ? existing.kind() : draft.kind();
    if (existing == null && !Category.isCode(code)) {
      check.problem("code", "petition-admin.error.code");
    }
    if (kind == null || kind == CaseKind.APPLICATION) {
      check.problem("kind", "petition-admin.error.kind");
    }
    String zh = check.text("nameZh", draft.nameZh(), NAME_ZH_MAX);
    String en = check.text("nameEn", draft.nameEn(), NAME_EN_MAX);
    TimeLimit limit = check.limit(draft.limitAmount(), draft.limitUnit(), false);
    if (draft.position() < 0 || draft.position() > POSITION_MAX) {
      check.problem("position", "petition-admin.error.position", POSITION_MAX);
    }
    check.done();
    return new Category(
        draft.agency(),
        java.util.Objects.requireNonNull(code),
        java.util.Objects.requireNonNull(kind),
        new BilingualText(zh, en),
        limit,
        draft.position(),
        draft.active());
  }

  /** The place named by {@code district} and {@code village} ("" or {@code null}: the district). */
  static Route.Where place(@Nullable String district, @Nullable String village) {
    RuleCheck check = new RuleCheck();
    String d = strip(district);
    String v = strip(village);
    if (d == null || d.length() > PLACE_MAX || !PLACE.matcher(d).matches()) {
      check.problem("district", "petition-admin.error.place", PLACE_MAX);
    }
    if (v != null && (v.length() > PLACE_MAX || !PLACE.matcher(v).matches())) {
      check.problem("village", "petition-admin.error.place", PLACE_MAX);
    }
    check.done();
    return new Route.Where(d, v == null ? "" : v);
  }

  /** Fails with one problem on {@code field}. */
  static InvalidFields refusal(String field, String key, Object... arguments) {
    return new InvalidFields(List.of(new FieldProblem(field, key, List.of(arguments))));
  }

  private @Nullable TimeLimit limit(
      @Nullable Integer amount, TimeLimit.@Nullable Unit unit, boolean required) {
    if (amount == null && unit == null && !required) {
      return null;
    }
    if (unit == null) {
      problem("limitUnit", "petition-admin.error.limit-unit");
    }
    int[] range = unit == null ? new int[] {1, 365} : LIMITS.get(unit);
    if (amount == null || amount < range[0] || amount > range[1]) {
      problem("limitAmount", "petition-admin.error.limit-amount", range[0], range[1]);
    }
    return unit == null || amount == null ? null : new TimeLimit(amount, unit);
  }

  private String text(String field, @Nullable String value, int max) {
    String stripped = strip(value);
    if (stripped == null) {
      problem(field, "form.error.required");
      return "";
    }
    if (stripped.length() > max) {
      problem(field, "petition-admin.error.too-long", max);
    }
    return stripped;
  }

  private static @Nullable String strip(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private void problem(String field, String key, Object... arguments) {
    problems.add(new FieldProblem(field, key, List.of(arguments)));
  }

  private void done() {
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }
}
