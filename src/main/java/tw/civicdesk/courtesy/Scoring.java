// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.courtesy.Sheet.Band;
import tw.civicdesk.courtesy.Sheet.Content;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.courtesy.Sheet.Kind;
import tw.civicdesk.courtesy.Sheet.Part;
import tw.civicdesk.courtesy.Sheet.Step;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Scores a test with its sheet (ADR 0054); the server's only way to a total, whatever a client
 * sends. A MARK item scores points × mark ÷ scale; a SPEED item the points of the first step whose
 * rings or seconds the answer was within (0 beyond the last). The parts tested are scaled to 100:
 * total = their points × 100 ÷ their maximum (a switchboard-only test ×100/45 ≈ 2.22, a unit-only
 * test ×100/55 ≈ 1.82, both parts ×1), rounded half up to one decimal; the band is read from that
 * rounded total.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * What a tester entered.
   *
   * @param parts the codes of the parts tested (at least one)
   * @param rings per part of the sheet, in order: rings before the answer, or {@code null}
   * @param seconds per part: seconds before the answer, or {@code null}
   * @param marks per item of the sheet ({@link Content#items()} order): the mark of a MARK item
   */
  public record Inputs(
      Set<String> parts,
      List<@Nullable Integer> rings,
      List<@Nullable Integer> seconds,
      List<@Nullable Integer> marks) {
    public Inputs {
      parts = Set.copyOf(parts);
      rings = new ArrayList<>(rings);
      seconds = new ArrayList<>(seconds);
      marks = new ArrayList<>(marks);
    }

    static @Nullable Integer at(List<@Nullable Integer> values, int index) {
      return index < values.size() ? values.get(index) : null;
    }
  }

  /** The score: points per item code of the parts tested, the total out of 100 and its band. */
  public record Scored(Map<String, BigDecimal> points, BigDecimal total, Band band) {}

  /**
   * Scores {@code inputs} with {@code content}.
   *
   * @throws InvalidFields naming each wrong field ({@code parts}, {@code rings[i]}, {@code
   *     marks[i]}) when a part is missing, a speed is missing or negative, or a mark is missing or
   *     outside 0 to the item's scale
   */
  public static Scored score(Content content, Inputs inputs) {
    check(content, inputs);
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    BigDecimal got = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    int index = 0;
    for (int p = 0; p < content.parts().size(); p++) {
      Part part = content.parts().get(p);
      boolean tested = inputs.parts().contains(part.code());
      for (Item item : part.items()) {
        if (tested) {
          BigDecimal scored =
              item.kind() == Kind.SPEED
                  ? speed(item, Inputs.at(inputs.rings(), p), Inputs.at(inputs.seconds(), p))
                  : mark(item, Inputs.at(inputs.marks(), index));
          points.put(item.code(), scored);
          got = got.add(scored);
        }
        index++;
      }
      if (tested) {
        max = max.add(part.max());
      }
    }
    BigDecimal total = got.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
    return new Scored(points, total, content.band(total));
  }

  static BigDecimal mark(Item item, @Nullable Integer mark) {
    int m = mark == null ? 0 : mark;
    return item.points()
        .multiply(BigDecimal.valueOf(m))
        .divide(BigDecimal.valueOf(item.scale()), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal speed(Item item, @Nullable Integer rings, @Nullable Integer seconds) {
    for (Step step : item.speedSteps()) {
      if ((rings != null && rings <= step.rings())
          || (seconds != null && seconds <= step.seconds())) {
        return step.points();
      }
    }
    return BigDecimal.ZERO;
  }

  private static void check(Content content, Inputs inputs) {
    List<FieldProblem> problems = new ArrayList<>();
    if (content.parts().stream().noneMatch(p -> inputs.parts().contains(p.code()))) {
      problems.add(new FieldProblem("parts", "courtesy.test.no-part", List.of()));
    }
    int index = 0;
    for (int p = 0; p < content.parts().size(); p++) {
      Part part = content.parts().get(p);
      boolean tested = inputs.parts().contains(part.code());
      if (tested && part.speed() != null) {
        checkSpeed(p, inputs, problems);
      }
      for (Item item : part.items()) {
        if (tested && item.kind() == Kind.MARK) {
          checkMark(item, index, Inputs.at(inputs.marks(), index), problems);
        }
        index++;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private static void checkSpeed(int p, Inputs inputs, List<FieldProblem> problems) {
    Integer rings = Inputs.at(inputs.rings(), p);
    Integer seconds = Inputs.at(inputs.seconds(), p);
    if (rings == null && seconds == null) {
      problems.add(new FieldProblem("rings[" + p + "]", "courtesy.test.speed-required", List.of()));
    } else if ((rings != null && (rings < 0 || rings > 99))
        || (seconds != null && (seconds < 0 || seconds > 600))) {
      problems.add(new FieldProblem("rings[" + p + "]", "courtesy.test.speed-range", List.of()));
    }
  }

  private static void checkMark(
      Item item, int index, @Nullable Integer mark, List<FieldProblem> problems) {
    if (mark == null) {
      problems.add(
          new FieldProblem("marks[" + index + "]", "courtesy.test.mark-required", List.of()));
    } else if (mark < 0 || mark > item.scale()) {
      problems.add(
          new FieldProblem(
              "marks[" + index + "]", "courtesy.test.mark-range", List.of(item.scale())));
    }
  }
}
