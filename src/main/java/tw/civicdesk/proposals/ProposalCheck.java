// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.proposals.ProposalViews.Benefit;

/**
 * Checks a proposal's fields all at once: title (≤ {@value #TITLE}), problem and idea (≤ {@value
 * #TEXT}) required; benefit text ≤ {@value #TEXT}; hours (one decimal), NT$ and documents saved
 * whole numbers from 0; the services published services of the agency; the unit and the meeting the
 * agency's own. Internal.
 */
final class ProposalCheck {

  static final int TITLE = 120;
  static final int TEXT = 4000;
  static final int NAME = 60;
  static final int CONTACT = 120;
  private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1_000_000);
  private static final long MAX_MONEY = 10_000_000_000L;
  private static final long MAX_DOCUMENTS = 10_000_000L;

  /** What the agency has: its units, meetings and published services. */
  record Known(Predicate<Long> unit, Predicate<Long> meeting, Predicate<String> service) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  ProposalCheck() {}

  /**
   * The content to store.
   *
   * @param unitRequired whether a proposing unit must be named (staff)
   * @throws InvalidFields listing every problem
   */
  static ProposalStore.Content check(ProposalCommands.Submit s, boolean unitRequired, Known known) {
    ProposalCheck c = new ProposalCheck();
    String titleZh = c.text("titleZh", s.titleZh(), TITLE, true);
    String titleEn = c.text("titleEn", s.titleEn(), TITLE, false);
    String problem = c.text("problem", s.problem(), TEXT, true);
    String idea = c.text("idea", s.idea(), TEXT, true);
    String benefit = c.text("benefit", s.benefit(), TEXT, false);
    BigDecimal hours = c.hours(s.hoursSaved());
    long money = c.whole("moneySaved", s.moneySaved(), MAX_MONEY);
    long documents = c.whole("documentsSaved", s.documentsSaved(), MAX_DOCUMENTS);
    if (unitRequired && (s.unitId() == null || !known.unit().test(s.unitId()))) {
      c.problem("unitId", "proposals.field.unit");
    }
    if (s.meetingId() != null && !known.meeting().test(s.meetingId())) {
      c.problem("meetingId", "proposals.field.meeting");
    }
    List<String> services = c.services(s.services(), known.service());
    c.done();
    return new ProposalStore.Content(
        unitRequired ? s.unitId() : null,
        s.meetingId(),
        new BilingualText(titleZh, titleEn),
        problem,
        idea,
        new Benefit(hours, money, (int) documents, benefit),
        services);
  }

  /** The citizen's name and contact, both optional and short. */
  static ProposalCommands.Citizen citizen(ProposalCommands.Citizen given) {
    ProposalCheck c = new ProposalCheck();
    String name = c.text("citizenName", given.name(), NAME, false);
    String contact = c.text("citizenContact", given.contact(), CONTACT, false);
    c.done();
    return new ProposalCommands.Citizen(name, contact);
  }

  /** A required or optional text of at most {@code max} characters, stripped. */
  String text(String field, @Nullable String raw, int max, boolean required) {
    String s = raw == null ? "" : raw.strip();
    if (required && s.isEmpty()) {
      problem(field, "proposals.field.required");
    } else if (s.codePointCount(0, s.length()) > max) {
      problem(field, "proposals.field.too-long", max);
    }
    return s;
  }

  void problem(String field, String key, Object... arguments) {
    problems.add(new FieldProblem(field, key, List.of(arguments)));
  }

  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private BigDecimal hours(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal v = new BigDecimal(raw.strip());
      if (v.signum() < 0 || v.compareTo(MAX_HOURS) > 0 || v.stripTrailingZeros().scale() > 1) {
        problem("hoursSaved", "proposals.field.hours");
        return BigDecimal.ZERO;
      }
      return v.setScale(1, java.math.RoundingMode.UNNECESSARY);
    } catch (NumberFormatException e) {
      problem("hoursSaved", "proposals.field.hours");
      return BigDecimal.ZERO;
    }
  }

  private long whole(String field, @Nullable String raw, long max) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    try {
      long v = Long.parseLong(raw.strip().replace(",", ""));
      if (v >= 0 && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    problem(field, "proposals.field.whole");
    return 0;
  }

  private List<String> services(List<String> raw, Predicate<String> published) {
    Set<String> codes = new LinkedHashSet<>();
    for (String line : raw) {
      String code = line.strip();
      if (code.isEmpty()) {
        continue;
      }
      if (!published.test(code)) {
        problem("services", "proposals.field.service", code.length() > 40 ? "…" : code);
      } else {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }
}
