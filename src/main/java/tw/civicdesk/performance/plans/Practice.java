// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A practice of a plan (具體作法 / 執行方法): what will be done, by when, by which units, to what end.
 *
 * @param id stable within the plan, kept across revisions; progress reports refer to it
 * @param units the responsible units (承辦單位) by unit code; {@link #ALL_UNITS} for 各單位
 * @param outcome the expected outcome (預期目標), if the document gives one
 * @param indicators quantitative indicators with targets, if any
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Practice(
    String id,
    String text,
    Deadline deadline,
    List<String> units,
    @Nullable String outcome,
    List<IndicatorTarget> indicators) {

  /** The unit code that stands for every unit of the agency (各單位). */
  public static final String ALL_UNITS = "*";

  public Practice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(deadline, "deadline");
    units = units == null ? List.of() : List.copyOf(units);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  /** Whether unit {@code code} is responsible for this practice. */
  public boolean assignedTo(String code) {
    return units.contains(ALL_UNITS) || units.contains(code);
  }

  /**
   * A quantitative indicator of a practice with its target.
   *
   * @param id stable within the plan
   * @param name e.g. 線上申辦比率
   * @param measure the unit of measure, e.g. {@code %} or 件
   * @param target the value aimed at, if one is set
   * @param higherIsBetter whether a value above the target is better (false for e.g. waiting time)
   * @param provider the code of the provider that computes the actual value (see {@code
   *     IndicatorProvider}), or {@code null} when it is entered by hand
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IndicatorTarget(
      String id,
      String name,
      @Nullable String measure,
      @Nullable BigDecimal target,
      boolean higherIsBetter,
      @Nullable String provider) {}
}
