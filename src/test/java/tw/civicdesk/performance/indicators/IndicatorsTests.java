// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.civicdesk.ManualClock;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.IndicatorProvider.Sample;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.indicators.Indicators.PeriodValue;
import tw.civicdesk.performance.indicators.Indicators.Reading;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.performance.monitoring.PracticeProgress;
import tw.civicdesk.performance.monitoring.ProgressSource;
import tw.civicdesk.performance.monitoring.ProgressStatus;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Deadline;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;
import tw.civicdesk.platform.i18n.BilingualText;

/** Target, actual and trend of a plan's indicators, computed and hand-entered, on a fixed day. */
class IndicatorsTests {

  /** Answers the number of days in the span, and records the spans it was asked for. */
  static final class DaysProvider implements IndicatorProvider {
    final List<String> asked = new ArrayList<>();

    @Override
    public String code() {
      return "test.days";
    }

    @Override
    public BilingualText name() {
      return new BilingualText("天數", "Days");
    }

    @Override
    public String measure() {
      return "天";
    }

    @Override
    public boolean higherIsBetter() {
      return true;
    }

    @Override
    public Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to) {
      asked.add(from + "/" + to);
      return Optional.of(BigDecimal.valueOf(to.toEpochDay() - from.toEpochDay() + 1));
    }
  }

  private static Plan plan(IndicatorTarget... indicators) {
    Practice practice =
        new Practice("p1", "推動線上申辦", Deadline.ONGOING, List.of("*"), null, List.of(indicators));
    PlanNode node =
        new PlanNode("n1", NodeKind.HEADING, "便民", null, null, null, List.of(), List.of(practice));
    PlanContent content =
        new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(node), List.of());
    return new Plan(
        7,
        "AG",
        2026,
        PlanKind.PLAN,
        null,
        null,
        "計畫",
        PlanStatus.IN_EXECUTION,
        0,
        content,
        null,
        null,
        null,
        null,
        0);
  }

  private static Indicators indicators(IndicatorProvider provider, ProgressSource source) {
    MonitoringSettings quarters =
        new MonitoringSettings(
            ReportingPeriod.Length.QUARTER,
            new MonitoringSettings.Evidence(
                org.springframework.util.unit.DataSize.ofMegabytes(10), 10),
            "-");
    return new Indicators(List.of(provider), source, quarters, ManualClock.on("2026-05-10"));
  }

  @Test
  void aComputedIndicatorHasAValuePerBegunQuarterAndAnActualFromJanuaryToToday() {
    DaysProvider days = new DaysProvider();
    IndicatorTarget target =
        new IndicatorTarget("i1", "天數", "天", BigDecimal.valueOf(100), true, "test.days");
    Reading reading = indicators(days, id -> List.of()).readingsOf(plan(target)).get(0);

    assertThat(reading.computed()).isTrue();
    assertThat(reading.trend())
        .extracting(PeriodValue::period, PeriodValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-Q1", BigDecimal.valueOf(90)),
            org.assertj.core.groups.Tuple.tuple("2026-Q2", BigDecimal.valueOf(40)),
            org.assertj.core.groups.Tuple.tuple("2026-Q3", null),
            org.assertj.core.groups.Tuple.tuple("2026-Q4", null));
    assertThat(reading.actual()).isEqualByComparingTo("130"); // 1 January to 10 May
    assertThat(reading.met()).isTrue();
    assertThat(days.asked).contains("2026-04-01/2026-05-10", "2026-01-01/2026-05-10");
  }

  @Test
  void aHandEnteredIndicatorSumsTheUnitsFiguresPerPeriodAndTheLastPeriodIsTheActual() {
    IndicatorTarget target =
        new IndicatorTarget("i2", "宣導場次", "場", BigDecimal.valueOf(10), true, null);
    ProgressSource reports =
        id ->
            List.of(
                new PracticeProgress(
                    "p1",
                    "CIVIL",
                    "2026-Q1",
                    ProgressStatus.ON_TRACK,
                    "",
                    Map.of("i2", BigDecimal.valueOf(3)),
                    true),
                new PracticeProgress(
                    "p1",
                    "SOCIAL",
                    "2026-Q1",
                    ProgressStatus.ON_TRACK,
                    "",
                    Map.of("i2", BigDecimal.valueOf(2)),
                    false),
                new PracticeProgress(
                    "p1",
                    "CIVIL",
                    "2026-Q2",
                    ProgressStatus.ON_TRACK,
                    "",
                    Map.of("i2", BigDecimal.valueOf(4)),
                    false));
    Reading reading = indicators(new DaysProvider(), reports).readingsOf(plan(target)).get(0);

    assertThat(reading.computed()).isFalse();
    assertThat(reading.trend())
        .extracting(PeriodValue::value)
        .containsExactly(BigDecimal.valueOf(5), BigDecimal.valueOf(4), null, null);
    assertThat(reading.actual()).isEqualByComparingTo("4");
    assertThat(reading.met()).isFalse();
  }

  @Test
  void aSampledIndicatorCarriesTheSampleOfItsActualAndNoOtherReadingHasOne() {
    List<String> sampled = new ArrayList<>();
    IndicatorProvider survey =
        new ComputedIndicator(
            "test.survey",
            new BilingualText("滿意度", "Satisfaction"),
            "%",
            true,
            (agency, from, to) -> Optional.of(new BigDecimal("87.4")),
            (agency, from, to) -> {
              sampled.add(agency + " " + from + "/" + to);
              return Optional.of(new Sample(412, new BigDecimal("4.8")));
            });
    IndicatorTarget surveyed =
        new IndicatorTarget("i3", "滿意度", "%", BigDecimal.valueOf(85), true, "test.survey");
    IndicatorTarget byHand = new IndicatorTarget("i4", "場次", "場", null, true, null);

    List<Reading> readings = indicators(survey, id -> List.of()).readingsOf(plan(surveyed, byHand));

    assertThat(readings.get(0).sample()).isEqualTo(new Sample(412, new BigDecimal("4.8")));
    assertThat(readings.get(0).met()).isTrue();
    assertThat(sampled).containsExactly("AG 2026-01-01/2026-05-10"); // the actual's span only
    assertThat(readings.get(1).sample()).isNull();
    Reading counted =
        indicators(new DaysProvider(), id -> List.of())
            .readingsOf(plan(new IndicatorTarget("i1", "天數", "天", null, true, "test.days")))
            .get(0);
    assertThat(counted.actual()).isNotNull();
    assertThat(counted.sample()).as("a provider without a sample").isNull();
  }

  @Test
  void anEmptyValueAsksForNoSample() {
    List<String> sampled = new ArrayList<>();
    IndicatorProvider none =
        new ComputedIndicator(
            "test.none",
            new BilingualText("滿意度", "Satisfaction"),
            "%",
            true,
            (agency, from, to) -> Optional.empty(),
            (agency, from, to) -> {
              sampled.add(from + "/" + to);
              return Optional.of(new Sample(1, BigDecimal.TEN));
            });
    Reading reading =
        indicators(none, id -> List.of())
            .readingsOf(plan(new IndicatorTarget("i5", "滿意度", "%", null, true, "test.none")))
            .get(0);

    assertThat(reading.actual()).isNull();
    assertThat(reading.sample()).isNull();
    assertThat(sampled).isEmpty();
  }

  @Test
  void reportingPeriodsDivideTheYearAndParseBack() {
    assertThat(ReportingPeriod.of(2026, ReportingPeriod.Length.QUARTER))
        .extracting(ReportingPeriod::code)
        .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    ReportingPeriod june = ReportingPeriod.parse("2026-M06");
    assertThat(june.first()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(june.last()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(ReportingPeriod.parse("2026-H2").contains(LocalDate.of(2026, 7, 1))).isTrue();
  }
}
