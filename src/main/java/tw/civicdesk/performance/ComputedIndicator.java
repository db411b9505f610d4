// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * An {@link IndicatorProvider} made of its description and a function that computes its value, so
 * that a module registers a provider as one bean method: {@code new ComputedIndicator("x.rate",
 * name, "%", true, (agency, from, to) -> Percent.of(part, whole))}. Where the value rests on a
 * sample (a survey), {@code sampling} gives that sample; without it the provider has none.
 *
 * @param code the stable code, as {@link IndicatorProvider#code()}
 * @param name the indicator's name in both languages
 * @param measure the unit of measure, e.g. {@code %}
 * @param higherIsBetter whether a higher value is better
 * @param computation the value for an agency and a span (inclusive), empty when there is nothing to
 *     compute it from
 * @param sampling the sample behind that value, empty where there is none
 * @param source what the value is computed from ({@link IndicatorProvider#source()}); {@code null}
 *     takes the default, which names the code
 */
public record ComputedIndicator(
    String code,
    BilingualText name,
    String measure,
    boolean higherIsBetter,
    Computation computation,
    Sampling sampling,
    @Nullable BilingualText source)
    implements IndicatorProvider {

  /** A provider whose value may rest on a sample, with the default source. */
  public ComputedIndicator(
      String code,
      BilingualText name,
      String measure,
      boolean higherIsBetter,
      Computation computation,
      Sampling sampling) {
    this(code, name, measure, higherIsBetter, computation, sampling, null);
  }

  /** A provider whose value rests on no sample. */
  public ComputedIndicator(
      String code,
      BilingualText name,
      String measure,
      boolean higherIsBetter,
      Computation computation) {
    this(
        code,
        name,
        measure,
        higherIsBetter,
        computation,
        (agency, from, to) -> Optional.empty(),
        null);
  }

  /** This provider with {@code source} as what its value is computed from. */
  public ComputedIndicator from(BilingualText source) {
    return new ComputedIndicator(
        code, name, measure, higherIsBetter, computation, sampling, source);
  }

  @Override
  public BilingualText source() {
    return source == null ? IndicatorProvider.super.source() : source;
  }

  /** How a provider computes its value for an agency (its code) and a span, both days included. */
  @FunctionalInterface
  public interface Computation {

    /** The value, or empty when there is nothing to compute it from. */
    Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to);
  }

  /** The sample behind a provider's value for an agency and a span, both days included. */
  @FunctionalInterface
  public interface Sampling {

    /** The sample, or empty when the value rests on none (or there is no value). */
    Optional<Sample> sample(String agency, LocalDate from, LocalDate to);
  }

  @Override
  public Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to) {
    return computation.value(agency, from, to);
  }

  @Override
  public Optional<Sample> sample(String agency, LocalDate from, LocalDate to) {
    return sampling.sample(agency, from, to);
  }
}
