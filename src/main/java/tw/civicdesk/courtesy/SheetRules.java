// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.civicdesk.courtesy.Sheet.Band;
import tw.civicdesk.courtesy.Sheet.Content;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.courtesy.Sheet.Kind;
import tw.civicdesk.courtesy.Sheet.Step;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * What a sheet version must be (ADR 0054): at least one part with items; every item named and worth
 * more than 0 points; the items adding up to exactly 100; a mark item's scale 1 to 10; a speed
 * item's steps getting slower and worth less, the first worth no more than the item; and bands with
 * distinct codes and minimums from 0 to 100, one of them 0. Field names are those of the sheet
 * form: {@code items[i].points}, {@code bands[j].min}, {@code total}.
 */
final class SheetRules {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SheetRules() {}

  static void check(Content content) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Item> items = content.items();
    for (int i = 0; i < items.size(); i++) {
      checkItem("items[" + i + "]", items.get(i), problems);
    }
    if (items.isEmpty() || content.max().compareTo(HUNDRED) != 0) {
      problems.add(new FieldProblem("total", "courtesy.sheet.total", List.of(content.max())));
    }
    Set<String> codes = new HashSet<>();
    boolean zero = false;
    for (int j = 0; j < content.bands().size(); j++) {
      Band b = content.bands().get(j);
      if (b.min().signum() < 0 || b.min().compareTo(HUNDRED) > 0 || !codes.add(b.code())) {
        problems.add(
            new FieldProblem("bands[" + j + "].min", "courtesy.sheet.band-min", List.of()));
      }
      if (b.zh().isBlank()) {
        problems.add(
            new FieldProblem("bands[" + j + "].zh", "courtesy.sheet.name-required", List.of()));
      }
      zero |= b.min().signum() == 0;
    }
    if (!zero) {
      problems.add(new FieldProblem("bands", "courtesy.sheet.band-zero", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private static void checkItem(String field, Item item, List<FieldProblem> problems) {
    if (item.zh().isBlank()) {
      problems.add(new FieldProblem(field + ".zh", "courtesy.sheet.name-required", List.of()));
    }
    if (item.points().signum() <= 0 || item.points().compareTo(HUNDRED) > 0) {
      problems.add(new FieldProblem(field + ".points", "courtesy.sheet.points", List.of()));
    }
    if (item.kind() == Kind.MARK && (item.scale() < 1 || item.scale() > 10)) {
      problems.add(new FieldProblem(field + ".scale", "courtesy.sheet.scale", List.of()));
    }
    if (item.kind() == Kind.SPEED && !stepsValid(item)) {
      problems.add(new FieldProblem(field + ".steps", "courtesy.sheet.steps", List.of()));
    }
  }

  private static boolean stepsValid(Item item) {
    List<Step> steps = item.speedSteps();
    if (steps.isEmpty() || steps.get(0).points().compareTo(item.points()) > 0) {
      return false;
    }
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      if (step.rings() < 1 || step.seconds() < 1 || step.points().signum() < 0) {
        return false;
      }
      if (s > 0) {
        Step before = steps.get(s - 1);
        if (step.rings() <= before.rings()
            || step.seconds() <= before.seconds()
            || step.points().compareTo(before.points()) >= 0) {
          return false;
        }
      }
    }
    return true;
  }
}
