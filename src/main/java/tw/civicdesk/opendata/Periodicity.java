// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.civicdesk.platform.i18n.BilingualText;

/** How often a dataset's period closes: by month ({@code 2026-11}) or quarter ({@code 2026-Q3}). */
public enum Periodicity {
  /** A calendar month, labelled {@code yyyy-MM}. */
  MONTHLY("http://publications.europa.eu/resource/authority/frequency/MONTHLY", "每月", "monthly"),
  /** A calendar quarter, labelled {@code yyyy-Qn}. */
  QUARTERLY(
      "http://publications.europa.eu/resource/authority/frequency/QUARTERLY", "每季", "quarterly");

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private final String euFrequency;
  private final BilingualText label;

  Periodicity(String euFrequency, String zh, String en) {
    this.euFrequency = euFrequency;
    this.label = new BilingualText(zh, en);
  }

  /** The EU frequency vocabulary's IRI, for {@code dct:accrualPeriodicity}. */
  public String euFrequency() {
    return euFrequency;
  }

  /** 每月 / monthly. */
  public BilingualText label() {
    return label;
  }

  /** The period field's description. */
  BilingualText fieldDescription() {
    return this == MONTHLY
        ? new BilingualText("統計月份（西元年-月，例：2026-03）", "The month counted (yyyy-MM, e.g. 2026-03)")
        : new BilingualText(
            "統計季別（西元年-Q季，例：2026-Q1 為 1 至 3 月）",
            "The quarter counted (yyyy-Qn, e.g. 2026-Q1 for January to March)");
  }

  /** The period that contains {@code day}. */
  public Period containing(LocalDate day) {
    if (this == MONTHLY) {
      YearMonth m = YearMonth.from(day);
      return new Period(this, m.atDay(1), m.atEndOfMonth(), m.toString());
    }
    int q = (day.getMonthValue() - 1) / 3;
    LocalDate from = LocalDate.of(day.getYear(), q * 3 + 1, 1);
    LocalDate to = from.plusMonths(3).minusDays(1);
    return new Period(this, from, to, day.getYear() + "-Q" + (q + 1));
  }

  /** The last period closed on {@code today}: the one before today's. */
  public Period lastClosed(LocalDate today) {
    return containing(containing(today).from().minusDays(1));
  }

  /** The period labelled {@code label}, or empty when it is not one of this periodicity. */
  public Optional<Period> parse(String label) {
    if (this == MONTHLY) {
      try {
        return Optional.of(containing(YearMonth.parse(label).atDay(1)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher m = QUARTER.matcher(label);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
    return Optional.of(containing(LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
  }
}
