// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;

/**
 * The three indicators against a brute-force recount of the tests recorded: two agencies with tests
 * spread over 2026, spans of the year, a quarter, a month, one day, a span with no test and a span
 * that ends before it starts.
 */
@IntegrationTest
class CourtesyIndicatorTests {

  @Autowired ApplicationContext context;
  @Autowired Courtesy courtesy;
  @Autowired List<IndicatorProvider> providers;

  IndicatorProvider provider(String code) {
    return providers.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
  }

  List<CourtesyTest> seed(TestOrganisation.Setup a, int[][] plan) {
    List<CourtesyTest> made = new ArrayList<>();
    for (int[] t : plan) {
      LocalDateTime at = LocalDateTime.of(2026, t[0], t[1], 10, 0);
      made.add(
          courtesy.record(
              a.as(Role.QUALITY_OFFICER),
              a.code(),
              CourtesyFixtures.test(context, a, at, CourtesyFixtures.both(t[2], t[3]))));
    }
    return made;
  }

  static List<CourtesyTest> in(List<CourtesyTest> tests, LocalDate from, LocalDate to) {
    return tests.stream()
        .filter(t -> !t.calledOn().isBefore(from) && !t.calledOn().isAfter(to))
        .toList();
  }

  static Optional<BigDecimal> mean(List<CourtesyTest> tests) {
    if (tests.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (CourtesyTest t : tests) {
      sum = sum.add(t.total());
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(tests.size()), 1, RoundingMode.HALF_UP));
  }

  static Optional<BigDecimal> excellentShare(List<CourtesyTest> tests) {
    if (tests.isEmpty()) {
      return Optional.empty();
    }
    long excellent =
        tests.stream().filter(t -> t.total().compareTo(BigDecimal.valueOf(90)) >= 0).count();
    return Optional.of(
        BigDecimal.valueOf(excellent * 100)
            .divide(BigDecimal.valueOf(tests.size()), 1, RoundingMode.HALF_UP));
  }

  @Test
  void eachIndicatorIsTheRecountOfTheTestsInTheSpan() {
    TestOrganisation.Setup a = TestOrganisation.from(context).agency("CIN", null);
    TestOrganisation.Setup b = TestOrganisation.from(context).agency("CIN", null);
    // month, day, rings, mark: 4 rings & 5 = 100, 4 & 4 = 88, 6 & 5 = 84, 4 & 3 = 76, 9 & 2 = 24
    List<CourtesyTest> ta =
        seed(
            a,
            new int[][] {
              {1, 15, 4, 5},
              {2, 3, 4, 4},
              {3, 31, 6, 5},
              {4, 1, 4, 3},
              {6, 30, 4, 5},
              {7, 1, 9, 2},
              {11, 20, 4, 4}
            });
    List<CourtesyTest> tb = seed(b, new int[][] {{3, 31, 4, 5}, {5, 5, 4, 3}, {5, 6, 4, 3}});
    List<LocalDate[]> spans =
        List.of(
            span("2026-01-01", "2026-12-31"),
            span("2026-01-01", "2026-03-31"),
            span("2026-04-01", "2026-06-30"),
            span("2026-03-31", "2026-03-31"),
            span("2026-05-01", "2026-05-31"),
            span("2026-08-01", "2026-10-31"),
            span("2026-06-30", "2026-01-01"));
    for (TestOrganisation.Setup agency : List.of(a, b)) {
      List<CourtesyTest> tests = agency == a ? ta : tb;
      for (LocalDate[] s : spans) {
        check(agency, s, "courtesy.score", t -> mean(t), tests);
        check(agency, s, "courtesy.excellent-share", t -> excellentShare(t), tests);
        Optional<BigDecimal> count =
            s[0].isAfter(s[1])
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(in(tests, s[0], s[1]).size()));
        assertThat(provider("courtesy.tests").value(agency.code().value(), s[0], s[1]))
            .as("tests %s %s", agency.code(), s[0])
            .isEqualTo(count);
      }
    }
    assertThat(provider("courtesy.score").value(a.code().value(), spans.get(0)[0], spans.get(0)[1]))
        .contains(new BigDecimal("80.0"));
    assertThat(provider("courtesy.tests").value(a.code().value(), spans.get(0)[0], spans.get(0)[1]))
        .contains(BigDecimal.valueOf(7));
  }

  void check(
      TestOrganisation.Setup agency,
      LocalDate[] s,
      String code,
      Function<List<CourtesyTest>, Optional<BigDecimal>> recount,
      List<CourtesyTest> tests) {
    Optional<BigDecimal> expected =
        s[0].isAfter(s[1]) ? Optional.empty() : recount.apply(in(tests, s[0], s[1]));
    Optional<BigDecimal> actual = provider(code).value(agency.code().value(), s[0], s[1]);
    assertThat(actual.map(BigDecimal::stripTrailingZeros))
        .as("%s %s %s..%s", code, agency.code(), s[0], s[1])
        .isEqualTo(expected.map(BigDecimal::stripTrailingZeros));
  }

  static LocalDate[] span(String from, String to) {
    return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
  }

  @Test
  void everyIndicatorSaysWhatItIsComputedFrom() {
    for (String code : List.of("courtesy.score", "courtesy.excellent-share", "courtesy.tests")) {
      IndicatorProvider p = provider(code);
      assertThat(p.source().zh()).contains("電話禮貌測試");
      assertThat(p.higherIsBetter()).isTrue();
    }
    assertThat(provider("courtesy.score").measure()).isEqualTo("分");
    assertThat(provider("courtesy.excellent-share").measure()).isEqualTo("%");
    assertThat(provider("courtesy.tests").measure()).isEqualTo("次");
  }
}
